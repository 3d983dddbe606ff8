import type { TableKind, TableLayout } from '@budgetflow/budget-domain';

/** A column that equals the sum of other columns in the same row. */
export interface ColumnFormula {
  readonly result: string;
  readonly parts: readonly string[];
}

const HENAN_EXPENDITURE: readonly ColumnFormula[] = [
  { result: 'total', parts: ['basic', 'project'] },
  { result: 'basic', parts: ['basicWages', 'basicPublic', 'basicHousehold'] },
  { result: 'project', parts: ['projectGeneral', 'projectSpecial'] },
];
const TOTAL_BASIC_PROJECT: readonly ColumnFormula[] = [{ result: 'total', parts: ['basic', 'project'] }];
const INCOME: readonly ColumnFormula[] = [
  { result: 'total', parts: ['currentYear', 'priorYearCarryover'] },
  {
    result: 'currentYear',
    parts: [
      'fiscalAppropriation',
      'fiscalSpecialAccount',
      'business',
      'operating',
      'superiorSubsidy',
      'subordinateRemittance',
      'other',
    ],
  },
];
const FISCAL_SOURCES: readonly ColumnFormula[] = [
  { result: 'total', parts: ['generalPublicBudget', 'govFundBudget', 'stateCapitalBudget'] },
];

/**
 * Row arithmetic across columns, per table kind and layout, from the column definitions in
 * standard-table.columns.ts. `其中` columns (a part of one column, not of the total) are not here:
 * they are bounded, not summed (TBL-SUM-007).
 */
export const COLUMN_FORMULAS: Readonly<
  Record<TableKind, Readonly<Record<TableLayout, readonly ColumnFormula[]>>>
> = {
  budgetSummary: {
    standard: [],
    'henan-2020': [
      { result: 'total', parts: ['businessFundMakeup', 'departmentCarryover', 'currentYear'] },
      {
        result: 'currentYear',
        parts: [
          'generalPublicBudget',
          'govFundBudget',
          'educationFees',
          'educationFeesCarryover',
          'stateCapitalBudget',
          'business',
          'operating',
          'businessFund',
        ],
      },
    ],
  },
  incomeSummary: { standard: INCOME, 'henan-2020': INCOME },
  expenditureSummary: {
    standard: [
      {
        result: 'total',
        parts: ['basic', 'project', 'operating', 'remittanceToSuperior', 'subsidyToSubordinate'],
      },
    ],
    'henan-2020': HENAN_EXPENDITURE,
  },
  fiscalAppropriationSummary: {
    standard: FISCAL_SOURCES,
    'henan-2020': [{ result: 'total', parts: ['generalPublicBudget', 'govFundBudget'] }],
  },
  generalBudgetExpenditure: { standard: TOTAL_BASIC_PROJECT, 'henan-2020': HENAN_EXPENDITURE },
  generalBudgetBasicExpenditure: {
    standard: [{ result: 'total', parts: ['personnel', 'public'] }],
    'henan-2020': [{ result: 'total', parts: ['personnel', 'public'] }],
  },
  govFundExpenditure: { standard: TOTAL_BASIC_PROJECT, 'henan-2020': TOTAL_BASIC_PROJECT },
  stateCapitalExpenditure: { standard: TOTAL_BASIC_PROJECT, 'henan-2020': TOTAL_BASIC_PROJECT },
  threePublicExpenditure: { standard: FISCAL_SOURCES, 'henan-2020': [] },
  economicClassSummary: { standard: TOTAL_BASIC_PROJECT, 'henan-2020': TOTAL_BASIC_PROJECT },
};

/** `其中` columns: a part of another column, so never larger than it. */
export const PART_OF_COLUMN: ReadonlyArray<{ readonly part: string; readonly whole: string }> = [
  { part: 'generalPublicBudgetAppropriation', whole: 'generalPublicBudget' },
];
