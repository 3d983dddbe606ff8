import { amountText, orZero } from '../../framework/amount-text';
import { cellLabel, tableLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';
import { rowLocation } from '../../framework/sum-check';

/** 收入总表 by function = 支出总表 by function, row by row (a balanced budget, classified alike). */
export const xtbInc001 = defineRule({
  id: 'XTB-INC-001',
  severity: 'warning',
  category: 'cross-table',
  title: '收入总表与支出总表按科目一致',
  checks: '部门预算收入总表每个功能分类科目行及合计行的“合计”栏，等于部门预算支出总表同一科目的“合计”栏。',
  why: '标准格式中收入总表按资金用途的功能分类列示，收支平衡时两表逐科目相等；个别地区收入按来源另行归类，故为警告，请核实。',
  check(_document, context, report) {
    const income = context.tables.table('incomeSummary');
    const expenditure = context.tables.table('expenditureSummary');
    if (!income || !expenditure || income.table.rows.length === 0 || expenditure.table.rows.length === 0)
      return;
    for (const entry of income.entries) {
      const row = entry.row;
      const match = expenditure.counterpart(row);
      if (row.code === undefined && !match) continue;
      const printed = income.cell(entry, 'total');
      const expected = match ? expenditure.cell(match, 'total') : undefined;
      if (context.sameAmount(orZero(printed), orZero(expected))) continue;
      report({
        message: `${cellLabel(income, entry, 'total')}为${amountText(printed)}，${tableLabel(expenditure)}同一科目合计为${amountText(expected)}，收入与支出按科目不一致。`,
        location: {
          ...rowLocation(income, entry),
          column: 'total',
          path: income.cellPointer(entry, 'total'),
        },
        expected: amountText(expected),
        actual: amountText(printed),
      });
    }
  },
});
