import type { Amount } from '@budgetflow/budget-domain';
import { amountText, orZero } from '../../framework/amount-text';
import { cellLabel, tableLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';
import { rowLocation } from '../../framework/sum-check';
import type { IndexedRow } from '../../framework/table-index';
import { classTotals } from './class-totals';

/** 收支总表 expenditure side = 部门预算支出总表, by function class and in total. */
export const xtbExp003 = defineRule({
  id: 'XTB-EXP-003',
  severity: 'error',
  category: 'cross-table',
  title: '收支总表支出与部门支出总表一致',
  checks:
    '部门预算收支总表支出方各功能分类（类）的金额等于部门预算支出总表该类合计，本年支出合计等于支出总表合计；河南样式中收支总表的基本支出、项目支出和支出合计等于支出总表合计行的对应栏。',
  why: '收支总表的支出方就是支出总表的汇总，两处数字不同，公众将无从判断哪个是真实预算。',
  check(_document, context, report) {
    const summary = context.tables.table('budgetSummary');
    const detail = context.tables.table('expenditureSummary');
    if (!summary || !detail || detail.table.rows.length === 0) return;
    const detailTotal = detail.line('total');
    const compare = (entry: IndexedRow, column: string, expected: Amount | undefined, what: string) => {
      const expectedText = amountText(expected);
      const printed = summary.cell(entry, column);
      if (context.sameAmount(orZero(printed), orZero(expected))) return;
      report({
        message: `${cellLabel(summary, entry, column)}为${amountText(printed)}，${tableLabel(detail)}${what}为${expectedText}，两表不一致。`,
        location: { ...rowLocation(summary, entry), column, path: summary.cellPointer(entry, column) },
        expected: expectedText,
        actual: amountText(printed),
      });
    };
    if (summary.hasColumn('expenditureAmount')) {
      const classes = classTotals(detail, 'total');
      for (const entry of summary.codeRows('expenditure')) {
        const expected = classes.get(entry.row.code ?? '');
        compare(entry, 'expenditureAmount', expected, `${entry.row.code}类合计`);
      }
      const thisYear = summary.line('expenditureThisYear', 'expenditure');
      const total = detailTotal ? detail.cell(detailTotal, 'total') : undefined;
      if (thisYear && detailTotal) compare(thisYear, 'expenditureAmount', total, '合计');
      return;
    }
    if (!detailTotal) return;
    for (const [line, column] of [
      ['basic', 'basic'],
      ['project', 'project'],
      ['expenditureTotal', 'total'],
    ] as const) {
      const entry = summary.line(line, 'expenditure');
      const expected = detail.cell(detailTotal, column);
      if (entry) compare(entry, 'total', expected, `合计行「${detail.columnLabel(column)}」`);
    }
  },
});
