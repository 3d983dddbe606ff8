import type { ProjectTarget } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';

const isFilled = (text: string | undefined): boolean => text !== undefined && text.trim() !== '';

/** Any of 绩效目标, 项目总目标, 年度绩效目标 filled (a loop, not a new list: this runs per project). */
const hasGoal = (project: ProjectTarget): boolean => {
  for (const goal of project.goals) if (isFilled(goal)) return true;
  return isFilled(project.overallGoal) || isFilled(project.annualGoal);
};

export const prfTbl002 = defineRule({
  id: 'PRF-TBL-002',
  severity: 'error',
  category: 'performance',
  title: '项目绩效目标表有目标和指标',
  checks: '每个项目绩效目标表填写了绩效目标（或项目总目标、年度绩效目标），并至少有一个三级指标。',
  why: '没有目标或指标的目标表不能用于绩效监控和评价，等于未编报。',
  check(_document, context, report) {
    for (const { project, pointer, label, indicators } of context.projects()) {
      if (!hasGoal(project)) {
        report({
          message: `${label}未填写绩效目标。`,
          location: { project: project.name, path: `${pointer}/goals` },
          expected: '绩效目标',
          actual: '空白',
        });
      }
      if (indicators.length === 0) {
        report({
          message: `${label}没有任何绩效指标。`,
          location: { project: project.name, path: `${pointer}/indicators` },
          expected: '至少一个三级指标',
          actual: '无',
        });
      }
    }
  },
});
