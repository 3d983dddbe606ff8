import type { Amount } from '@budgetflow/budget-domain';
import type { IndexedTable } from '../../framework/table-index';

/**
 * A functional table's amount per 类 (3-digit class) in one column: the 类 row where printed,
 * otherwise the sum of the top-level rows under it (Henan prints 项 rows only). Summed over units.
 */
export const classTotals = (table: IndexedTable, column: string): Map<string, Amount> => {
  const totals = new Map<string, Amount>();
  for (const group of table.groups) {
    for (const root of group.roots) {
      const code = root.row.code;
      const amount = table.cell(root, column);
      if (code === undefined || !amount) continue;
      const classCode = code.slice(0, 3);
      const previous = totals.get(classCode);
      totals.set(classCode, previous ? previous.plus(amount) : amount);
    }
  }
  return totals;
};
