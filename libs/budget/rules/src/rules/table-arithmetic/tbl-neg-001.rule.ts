import { Amount } from '@budgetflow/budget-domain';
import { cellLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';
import { rowLocation } from '../../framework/sum-check';

/**
 * No negative amounts in the standard tables. A budget appropriates money; a negative cell can
 * keep every total right (another cell raised by as much) and so slip past the arithmetic checks.
 */
export const tblNeg001 = defineRule({
  id: 'TBL-NEG-001',
  severity: 'error',
  category: 'table-arithmetic',
  title: '预算表金额不得为负数',
  checks: '标准预算表中任何金额栏均不得为负数。',
  why: '部门预算安排的是支出和收入的数额，负数没有含义；负数可以与另一栏同时调整而使各项合计仍然相符，只有逐格检查才能发现。',
  check(_document, context, report) {
    for (const table of context.tables.tables) {
      for (const entry of table.entries) {
        for (const column of table.columns(entry.row.side)) {
          const amount = table.cell(entry, column);
          if (!amount || amount.compare(Amount.ZERO) >= 0) continue;
          report({
            message: `${cellLabel(table, entry, column)}为${amount.toString()}，预算表金额不得为负数。`,
            location: { ...rowLocation(table, entry), column, path: table.cellPointer(entry, column) },
            expected: '≥0',
            actual: amount.toString(),
          });
        }
      }
    }
  },
});
