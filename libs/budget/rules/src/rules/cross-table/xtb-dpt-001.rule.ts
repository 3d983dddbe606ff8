import type { Amount } from '@budgetflow/budget-domain';
import { amountOf, amountText, orZero, sumOf } from '../../framework/amount-text';
import { defineRule } from '../../framework/rule';

/** 部门(单位)绩效目标表 预算情况 agrees with the tables and adds up. */
export const xtbDpt001 = defineRule({
  id: 'XTB-DPT-001',
  severity: 'error',
  category: 'cross-table',
  title: '部门整体绩效目标表预算情况与报表一致',
  checks:
    '部门（单位）绩效目标表“预算情况”中：部门预算总额、基本支出、项目支出分别等于部门预算支出总表合计行的合计、基本支出、项目支出；财政性资金＋其他资金＝总额；基本支出＋项目支出＝总额。',
  why: '整体绩效目标表的资金规模必须与同一份预算的报表一致，否则绩效目标对应的不是批复的预算。',
  check(document, context, report) {
    const targetTable = document.performance?.department?.targetTable;
    if (!targetTable) return;
    const { budget } = targetTable;
    const path = '/performance/department/targetTable/budget';
    const check = (
      field: keyof typeof budget,
      label: string,
      expected: Amount | undefined,
      source: string,
    ) => {
      const printed = amountOf(budget[field]);
      if (printed === undefined || expected === undefined || context.sameAmount(printed, expected)) return;
      report({
        message: `部门绩效目标表“${label}”为${printed.toString()}，${source}为${expected.toString()}，两者不符。`,
        location: { path: `${path}/${field}` },
        expected: expected.toString(),
        actual: amountText(printed),
      });
    };
    const table = context.tables.table('expenditureSummary');
    const total = table?.line('total');
    if (table && total) {
      const title = `「${table.table.title}」合计行`;
      check('total', '部门预算总额', table.cell(total, 'total'), `${title}合计`);
      check('basic', '基本支出', table.cell(total, 'basic'), `${title}基本支出`);
      check('project', '项目支出', table.cell(total, 'project'), `${title}项目支出`);
    }
    if (budget.fiscalFunds !== undefined || budget.otherFunds !== undefined) {
      check(
        'total',
        '部门预算总额',
        sumOf([amountOf(budget.fiscalFunds), amountOf(budget.otherFunds)]),
        '财政性资金与其他资金合计',
      );
    }
    if (budget.basic !== undefined || budget.project !== undefined) {
      check(
        'total',
        '部门预算总额',
        orZero(amountOf(budget.basic)).plus(orZero(amountOf(budget.project))),
        '基本支出与项目支出合计',
      );
    }
  },
});
