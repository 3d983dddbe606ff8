import { Amount } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';
import { figureQuote, narrativeFigures } from './narrative-figures';

/** 实行绩效目标管理的项目 count and amount agree with the project target tables published. */
export const narFig007 = defineRule({
  id: 'NAR-FIG-007',
  severity: 'warning',
  category: 'narrative',
  title: '绩效目标项目数和金额与目标表一致',
  checks:
    '情况说明所称实行绩效目标管理的项目个数等于公开的项目绩效目标表个数；所称金额在各表均列金额时等于其合计。',
  why: '文字称有多少项目编报了绩效目标，公开的目标表就应有多少张；有的地区只公开重点项目目标表，故为警告。',
  check(document, context, report) {
    const projects = context.projects();
    for (const located of narrativeFigures(document, context)) {
      let expected: Amount | undefined;
      if (located.figure.key === 'performance.projects.count') {
        expected = Amount.parse(String(projects.length));
      } else if (located.figure.key === 'performance.projects.amount') {
        if (projects.length === 0 || projects.some(({ project }) => project.amount === undefined)) continue;
        expected = Amount.sum(projects.map(({ project }) => Amount.parse(project.amount ?? '0')));
      }
      if (!expected || context.sameAmount(located.amount, expected)) continue;
      report({
        message: `${figureQuote(located)}，公开的项目绩效目标表${located.figure.key.endsWith('count') ? '个数' : '金额合计'}为${expected.toString()}。`,
        location: { path: located.path },
        expected: expected.toString(),
        actual: located.amount.toString(),
      });
    }
  },
});
