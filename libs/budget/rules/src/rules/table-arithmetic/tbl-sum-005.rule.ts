import { amountText, orZero } from '../../framework/amount-text';
import { tableLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';

/** A budget balances: 收入总计 = 支出总计, 本年收入合计 = 本年支出合计, in both two-sided tables. */
export const tblSum005 = defineRule({
  id: 'TBL-SUM-005',
  severity: 'error',
  category: 'table-arithmetic',
  title: '收入总计等于支出总计',
  checks: '部门预算收支总表、财政拨款收支总表中，收入总计等于支出总计，本年收入合计等于本年支出合计。',
  why: '《预算法》要求部门预算收支平衡；收支不等即预算不平衡。',
  check(_document, context, report) {
    const pairs = [
      ['incomeTotal', 'expenditureTotal'],
      ['incomeThisYear', 'expenditureThisYear'],
    ] as const;
    for (const kind of ['budgetSummary', 'fiscalAppropriationSummary'] as const) {
      const table = context.tables.table(kind);
      if (!table) continue;
      const expenditureColumn = table.hasColumn('expenditureAmount') ? 'expenditureAmount' : 'total';
      for (const [incomeLine, expenditureLine] of pairs) {
        const incomeRow = table.line(incomeLine, 'income');
        const expenditureRow = table.line(expenditureLine, 'expenditure');
        if (!incomeRow || !expenditureRow) continue;
        const incomeAmount = table.cell(incomeRow, 'incomeAmount');
        const expenditureAmount = table.cell(expenditureRow, expenditureColumn);
        if (context.sameAmount(orZero(incomeAmount), orZero(expenditureAmount))) continue;
        report({
          message: `${tableLabel(table)}收支不平衡：「${incomeRow.row.name}」为${amountText(incomeAmount)}，「${expenditureRow.row.name}」为${amountText(expenditureAmount)}。`,
          location: {
            table: kind,
            row: expenditureLine,
            column: expenditureColumn,
            path: table.cellPointer(expenditureRow, expenditureColumn),
          },
          expected: amountText(incomeAmount),
          actual: amountText(expenditureAmount),
        });
      }
    }
  },
});
