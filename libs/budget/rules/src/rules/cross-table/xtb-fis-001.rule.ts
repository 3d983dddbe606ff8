import type { Amount } from '@budgetflow/budget-domain';
import { amountText, orZero } from '../../framework/amount-text';
import { cellLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';
import { rowLocation } from '../../framework/sum-check';
import type { IndexedRow, IndexedTable } from '../../framework/table-index';
import { classTotals } from './class-totals';

const SOURCES = [
  { column: 'generalPublicBudget', kind: 'generalBudgetExpenditure', incomeLine: 'generalPublicBudget' },
  { column: 'govFundBudget', kind: 'govFundExpenditure', incomeLine: 'govFundBudget' },
  { column: 'stateCapitalBudget', kind: 'stateCapitalExpenditure', incomeLine: 'stateCapitalBudget' },
] as const;

/**
 * 财政拨款收支总表 = 一般公共预算 + 政府性基金 + 国有资本经营预算: each of its source columns
 * equals the table of that source, by class and in total; its income lines equal 收支总表's.
 */
export const xtbFis001 = defineRule({
  id: 'XTB-FIS-001',
  severity: 'error',
  category: 'cross-table',
  title: '财政拨款收支总表与分资金来源支出表一致',
  checks:
    '财政拨款收支总表支出方“一般公共预算”“政府性基金”“国有资本经营预算”各栏，按功能分类（类）和合计，分别等于一般公共预算财政拨款支出表、政府性基金预算财政拨款支出表、国有资本经营预算财政拨款支出表（空表按0）；标准样式中其各项财政拨款收入等于部门预算收支总表的对应收入。',
  why: '财政拨款收支总表是三本预算拨款支出表的汇总，任何一栏不一致都说明汇总或分表有误。',
  check(_document, context, report) {
    const fiscal = context.tables.table('fiscalAppropriationSummary');
    if (!fiscal) return;
    const mismatch = (entry: IndexedRow, column: string, expected: Amount | undefined, source: string) => {
      const printed = fiscal.cell(entry, column);
      if (context.sameAmount(orZero(printed), orZero(expected))) return;
      report({
        message: `${cellLabel(fiscal, entry, column)}为${amountText(printed)}，${source}为${amountText(expected)}，两表不一致。`,
        location: { ...rowLocation(fiscal, entry), column, path: fiscal.cellPointer(entry, column) },
        expected: amountText(expected),
        actual: amountText(printed),
      });
    };
    const totalLine =
      fiscal.line('expenditureThisYear', 'expenditure') ?? fiscal.line('expenditureTotal', 'expenditure');
    for (const { column, kind } of SOURCES) {
      const source: IndexedTable | undefined = context.tables.table(kind);
      if (!source || !fiscal.hasColumn(column)) continue;
      const classes = classTotals(source, 'total');
      const sourceName = `「${source.table.title}」`;
      for (const entry of fiscal.codeRows('expenditure')) {
        mismatch(entry, column, classes.get(entry.row.code ?? ''), `${sourceName}${entry.row.code}类合计`);
      }
      const sourceTotal = source.line('total');
      if (totalLine)
        mismatch(
          totalLine,
          column,
          sourceTotal ? source.cell(sourceTotal, 'total') : undefined,
          `${sourceName}合计`,
        );
    }
    const summary = context.tables.table('budgetSummary');
    if (!summary || fiscal.table.layout !== 'standard' || summary.table.layout !== 'standard') return;
    for (const { incomeLine } of SOURCES) {
      const entry = fiscal.line(incomeLine, 'income');
      const other = summary.line(incomeLine, 'income');
      if (!entry || !other) continue;
      mismatch(
        entry,
        'incomeAmount',
        summary.cell(other, 'incomeAmount'),
        `「${summary.table.title}」「${other.row.name}」`,
      );
    }
  },
});
