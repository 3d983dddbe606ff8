import type { ProjectTarget } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';
import { normalizeLevelName, templateOf } from './indicator-templates';

/**
 * Whether the project prints the 一级 `name`, as a 一级 or misplaced into the 二级 column (which
 * PRF-LVL-002 reports, not again here). Loops, not callbacks: this runs for every project.
 */
const hasLevel = (project: ProjectTarget, name: string): boolean => {
  for (const category of project.indicators) {
    if (normalizeLevelName(category.name) === name) return true;
    for (const group of category.groups) if (normalizeLevelName(group.name) === name) return true;
  }
  return false;
};

export const prfLvl003 = defineRule({
  id: 'PRF-LVL-003',
  severity: 'error',
  category: 'performance',
  title: '必备的一级指标齐全',
  checks:
    '有指标的项目绩效目标表包含产出和效益两类一级指标（全国：产出指标、效益指标；河南2020：产出目标、效果目标）。满意度指标按实际设置，不检查。',
  why: '《项目支出绩效评价管理办法》要求绩效目标至少反映产出和效益，缺少任一类则无法评价资金使用效果。',
  check(_document, context, report) {
    for (const { project, pointer, label, indicators } of context.projects()) {
      if (indicators.length === 0) continue;
      const template = templateOf(project);
      for (const required of template.required) {
        if (hasLevel(project, required)) continue;
        report({
          message: `${label}缺少一级指标“${required}”。`,
          location: { project: project.name, path: `${pointer}/indicators` },
          expected: required,
          actual: '缺失',
        });
      }
    }
  },
});
