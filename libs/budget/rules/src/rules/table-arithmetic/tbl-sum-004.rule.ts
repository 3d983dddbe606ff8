import { defineRule } from '../../framework/rule';
import { BALANCE_FORMULAS, checkLineFormulas } from './line-formulas';

export const tblSum004 = defineRule({
  id: 'TBL-SUM-004',
  severity: 'error',
  category: 'table-arithmetic',
  title: '收支总表各合计行正确',
  checks:
    '部门预算收支总表和财政拨款收支总表中：本年收入合计＝各项收入之和，收入总计＝本年收入合计＋上年结转；本年支出合计＝各功能分类支出之和，支出总计＝本年支出合计＋年终结转结余；河南样式还核对一般公共预算、政府性基金收入小计，以及基本支出、项目支出按性质的分项。',
  why: '收支总表是整套预算的总纲，其合计行与明细不符时，其余各表的勾稽都失去依据。',
  check(_document, context, report) {
    for (const kind of ['budgetSummary', 'fiscalAppropriationSummary'] as const) {
      const table = context.tables.table(kind);
      const formulas = table ? BALANCE_FORMULAS[kind]?.[table.table.layout] : undefined;
      if (table && formulas) checkLineFormulas(context, table, formulas, report);
    }
  },
});
