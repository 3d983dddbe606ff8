import { Amount } from '@budgetflow/budget-domain';
import { cellLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';

/** Σ project amounts in the target tables = this year's 项目支出. */
export const xtbPrj001 = defineRule({
  id: 'XTB-PRJ-001',
  severity: 'warning',
  category: 'cross-table',
  title: '项目绩效目标表金额合计等于本年项目支出',
  checks:
    '当每个项目绩效目标表都列明本年度金额时，各项目金额之和等于本年安排的项目支出：收支总表分列“部门结转”和“本年支出小计”的（河南样式），与“二、项目支出”行的本年支出小计比较（不含上年结转）；否则与部门预算支出总表合计行的“项目支出”比较。有项目未列金额（如涉密项目）时不核对。',
  why: '项目支出应全部编报绩效目标；合计不符说明有项目漏报目标表或金额填错。目标表的本年度金额是当年安排的资金，不含上年结转。部分地区对小额项目不要求目标表，故为警告。',
  check(document, context, report) {
    const projects = context.projects();
    if (projects.length === 0) return;
    if (projects.some(({ project }) => project.amount === undefined)) return;
    const sum = Amount.sum(projects.map(({ project }) => Amount.parse(project.amount ?? '0')));
    const count = `${document.performance?.projects.length ?? 0}个项目绩效目标表的本年度金额合计为${sum.toString()}`;

    // Henan: 收支总表 splits 项目支出 into 部门结转 and this year's money.
    const summary = context.tables.table('budgetSummary');
    const projectLine = summary?.line('project', 'expenditure');
    const thisYear = summary && projectLine ? summary.cell(projectLine, 'currentYear') : undefined;
    if (summary && projectLine && thisYear) {
      if (context.sameAmount(sum, thisYear)) return;
      const total = summary.cell(projectLine, 'total');
      const carryover = summary.cell(projectLine, 'departmentCarryover');
      const breakdown =
        total && carryover && !carryover.isZero()
          ? `（项目支出${total.toString()}，其中部门结转${carryover.toString()}不属本年安排）`
          : '';
      const gap = thisYear.minus(sum);
      const difference = gap.compare(Amount.ZERO) < 0 ? gap.negated() : gap;
      report({
        message: `${count}，${cellLabel(summary, projectLine, 'currentYear')}为${thisYear.toString()}${breakdown}，相差${difference.toString()}。`,
        location: {
          table: summary.kind,
          row: 'project',
          column: 'currentYear',
          path: '/performance/projects',
        },
        expected: thisYear.toString(),
        actual: sum.toString(),
      });
      return;
    }

    const table = context.tables.table('expenditureSummary');
    const total = table?.line('total');
    const projectSpending = table && total ? table.cell(total, 'project') : undefined;
    if (!table || !total || !projectSpending) return;
    if (context.sameAmount(sum, projectSpending)) return;
    report({
      message: `${count}，${cellLabel(table, total, 'project')}为${projectSpending.toString()}，两者不符。`,
      location: { table: table.kind, row: 'total', column: 'project', path: '/performance/projects' },
      expected: projectSpending.toString(),
      actual: sum.toString(),
    });
  },
});
