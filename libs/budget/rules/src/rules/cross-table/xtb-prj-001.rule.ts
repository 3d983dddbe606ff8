import { Amount } from '@budgetflow/budget-domain';
import { amountText } from '../../framework/amount-text';
import { cellLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';

/** Σ project amounts in the target tables = 项目支出 of 部门预算支出总表. */
export const xtbPrj001 = defineRule({
  id: 'XTB-PRJ-001',
  severity: 'warning',
  category: 'cross-table',
  title: '项目绩效目标表金额合计等于项目支出',
  checks:
    '当每个项目绩效目标表都列明本年度金额时，各项目金额之和等于部门预算支出总表合计行的“项目支出”。有项目未列金额（如涉密项目）时不核对。',
  why: '项目支出应全部编报绩效目标；合计不符说明有项目漏报目标表或金额填错。部分地区对小额项目不要求目标表，故为警告。',
  check(document, context, report) {
    const projects = context.projects();
    const table = context.tables.table('expenditureSummary');
    const total = table?.line('total');
    const projectSpending = table && total ? table.cell(total, 'project') : undefined;
    if (!table || !total || !projectSpending || projects.length === 0) return;
    if (projects.some(({ project }) => project.amount === undefined)) return;
    const sum = Amount.sum(projects.map(({ project }) => Amount.parse(project.amount ?? '0')));
    if (context.sameAmount(sum, projectSpending)) return;
    report({
      message: `${document.performance?.projects.length ?? 0}个项目绩效目标表的本年度金额合计为${sum.toString()}，${cellLabel(table, total, 'project')}为${projectSpending.toString()}，两者不符。`,
      location: { table: table.kind, row: 'total', column: 'project', path: '/performance/projects' },
      expected: amountText(projectSpending),
      actual: sum.toString(),
    });
  },
});
