import type { Amount, TableKind, TableSide } from '@budgetflow/budget-domain';
import type { RuleContext } from '../../framework/rule-context';
import { cellLabel, tableLabel } from '../../framework/labels';

/** A cell of another table that states an amount the table in question must break down. */
interface Source {
  readonly table: TableKind;
  readonly line: string;
  readonly side?: TableSide;
  /** First column present is read (standard and Henan layouts name them differently). */
  readonly columns: readonly string[];
}

const INCOME_TOTAL: Source = {
  table: 'budgetSummary',
  line: 'incomeTotal',
  side: 'income',
  columns: ['incomeAmount'],
};
const EXPENDITURE_TOTAL: Source = {
  table: 'budgetSummary',
  line: 'expenditureTotal',
  side: 'expenditure',
  columns: ['expenditureAmount', 'total'],
};

/**
 * For each table that breaks down an amount another table states, where that amount is printed, in
 * the order a reviewer would look. The "三公" table has no such source: zero "三公" is possible.
 */
const SOURCES: Partial<Record<TableKind, readonly Source[]>> = {
  incomeSummary: [INCOME_TOTAL],
  expenditureSummary: [EXPENDITURE_TOTAL],
  economicClassSummary: [
    EXPENDITURE_TOTAL,
    { table: 'expenditureSummary', line: 'total', columns: ['total'] },
  ],
  generalBudgetExpenditure: [
    {
      table: 'fiscalAppropriationSummary',
      line: 'expenditureTotal',
      side: 'expenditure',
      columns: ['generalPublicBudget'],
    },
    { table: 'budgetSummary', line: 'generalPublicBudget', side: 'income', columns: ['incomeAmount'] },
  ],
  generalBudgetBasicExpenditure: [
    { table: 'generalBudgetExpenditure', line: 'total', columns: ['basic'] },
    { table: 'budgetSummary', line: 'basic', side: 'expenditure', columns: ['generalPublicBudget'] },
  ],
  govFundExpenditure: [
    { table: 'fiscalAppropriationSummary', line: 'govFundBudget', side: 'income', columns: ['incomeAmount'] },
    { table: 'fiscalAppropriationSummary', line: 'fund.subtotal', side: 'income', columns: ['incomeAmount'] },
    { table: 'budgetSummary', line: 'govFundBudget', side: 'income', columns: ['incomeAmount'] },
  ],
  stateCapitalExpenditure: [
    {
      table: 'fiscalAppropriationSummary',
      line: 'stateCapitalBudget',
      side: 'income',
      columns: ['incomeAmount'],
    },
    { table: 'budgetSummary', line: 'stateCapitalBudget', side: 'income', columns: ['incomeAmount'] },
  ],
};

export interface ExpectedContent {
  readonly amount: Amount;
  /** `「2020年部门收支总体情况表」「收入合计」`, with the column where the row has several. */
  readonly where: string;
}

/**
 * The first non-zero amount another table states that this table must break down into rows, or
 * undefined when no table says it should hold anything.
 */
export const expectedContent = (context: RuleContext, kind: TableKind): ExpectedContent | undefined => {
  for (const source of SOURCES[kind] ?? []) {
    const table = context.tables.table(source.table);
    const entry = table?.line(source.line, source.side);
    if (!table || !entry) continue;
    for (const column of source.columns) {
      const amount = table.cell(entry, column);
      if (!amount) continue;
      if (amount.isZero()) break;
      // Name the column only where the row has more than one.
      const where =
        table.columns(source.side).length > 1
          ? cellLabel(table, entry, column)
          : `${tableLabel(table)}「${entry.row.name}」`;
      return { amount, where };
    }
  }
  return undefined;
};
