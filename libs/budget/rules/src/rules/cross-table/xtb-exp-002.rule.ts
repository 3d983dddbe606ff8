import { amountText, orZero } from '../../framework/amount-text';
import { cellLabel, tableLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';

/** 一般公共预算支出表 基本支出合计 = 基本支出表 合计 (and 人员经费/公用经费 where Henan splits them). */
export const xtbExp002 = defineRule({
  id: 'XTB-EXP-002',
  severity: 'error',
  category: 'cross-table',
  title: '基本支出表与一般公共预算支出表一致',
  checks: '一般公共预算财政拨款基本支出表的合计，等于一般公共预算财政拨款支出表合计行的“基本支出”栏。',
  why: '两表是同一笔基本支出分别按经济分类和功能分类列示，总额必须相同。',
  check(_document, context, report) {
    const functional = context.tables.table('generalBudgetExpenditure');
    const economic = context.tables.table('generalBudgetBasicExpenditure');
    if (!functional || !economic || economic.table.rows.length === 0) return;
    const functionalTotal = functional.line('total');
    const economicTotal = economic.line('total');
    if (!functionalTotal || !economicTotal) return;
    const basic = functional.cell(functionalTotal, 'basic');
    const total = economic.cell(economicTotal, 'total');
    if (context.sameAmount(orZero(basic), orZero(total))) return;
    report({
      message: `${cellLabel(economic, economicTotal, 'total')}为${amountText(total)}，${tableLabel(functional)}合计行「基本支出」为${amountText(basic)}，两表基本支出不一致。`,
      location: {
        table: economic.kind,
        row: 'total',
        column: 'total',
        path: economic.cellPointer(economicTotal, 'total'),
      },
      expected: amountText(basic),
      actual: amountText(total),
    });
  },
});
