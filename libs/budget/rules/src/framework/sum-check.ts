import type { Amount } from '@budgetflow/budget-domain';
import { amountText, orZero, sumOf } from './amount-text';
import type { RuleIssue } from './finding';
import { cellLabel } from './labels';
import type { RuleContext } from './rule-context';
import type { IndexedRow, IndexedTable } from './table-index';

/**
 * Compares one printed cell with the sum of the amounts it should equal and reports a mismatch at
 * that cell. A blank cell counts as zero, so a blank total over blank parts is silent, while a
 * blank total over non-zero parts is reported (expected the sum, actual 空白).
 */
export const checkCellSum = (
  context: RuleContext,
  table: IndexedTable,
  entry: IndexedRow,
  column: string,
  parts: Iterable<Amount | undefined>,
  partsDescription: string,
  report: (issue: RuleIssue) => void,
): void => {
  checkCellTotal(context, table, entry, column, sumOf(parts), partsDescription, report);
};

/** checkCellSum with the parts already added up (no list of parts built per cell). */
export const checkCellTotal = (
  context: RuleContext,
  table: IndexedTable,
  entry: IndexedRow,
  column: string,
  expected: Amount,
  partsDescription: string,
  report: (issue: RuleIssue) => void,
): void => {
  const printed = table.cell(entry, column);
  if (context.sameAmount(orZero(printed), expected)) return;
  report({
    message: `${cellLabel(table, entry, column)}为${amountText(printed)}，${partsDescription}合计为${expected.toString()}，两者不符。`,
    location: {
      ...rowLocation(table, entry),
      column,
      path: table.cellPointer(entry, column),
    },
    expected: expected.toString(),
    actual: amountText(printed),
  });
};

/** Location fields of a row (code or line) for findings that point at a whole row or cell. */
export const rowLocation = (table: IndexedTable, entry: IndexedRow) => ({
  table: table.kind,
  ...(entry.row.code !== undefined ? { code: entry.row.code } : { row: entry.row.line ?? '' }),
});
