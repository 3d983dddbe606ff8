import type { BudgetUnit } from '@budgetflow/budget-domain';

/**
 * What the document does not print about its unit. The division and agency code are also in every
 * project code (`130529` 24 `P…`) and owner code (`312`001); the names come from the unit
 * registry, because the document names only its sub-units.
 */
export const JULU_DIVISION = { code: '130529', name: '巨鹿县' } as const;
export const JULU_UNIT_CODE = '312';
export const JULU_UNIT_NAME = '巨鹿县公安局';

export const juluUnit = (subUnits: BudgetUnit['subUnits']): BudgetUnit => ({
  id: `${JULU_DIVISION.code}-${JULU_UNIT_CODE}`,
  division: { ...JULU_DIVISION },
  code: JULU_UNIT_CODE,
  name: JULU_UNIT_NAME,
  subUnits,
  duties: [],
});
