import { defineRule } from '../../framework/rule';
import { normalizeLevelName, templateOf } from './indicator-templates';

export const prfLvl004 = defineRule({
  id: 'PRF-LVL-004',
  severity: 'warning',
  category: 'performance',
  title: '产出指标含数量和质量指标',
  checks: '项目的产出类一级指标下至少各有一个数量指标和质量指标。',
  why: '数量和质量是衡量产出的基本维度；缺少时绩效目标难以考核。个别项目性质特殊，故为警告。',
  check(_document, context, report) {
    for (const { project, pointer, label } of context.projects()) {
      const template = templateOf(project);
      const c = project.indicators.findIndex(
        (category) => normalizeLevelName(category.name) === template.output.category,
      );
      const output = project.indicators[c];
      if (!output) continue;
      for (const required of template.output.groups) {
        const filled = output.groups.some(
          (group) => normalizeLevelName(group.name) === required && group.indicators.length > 0,
        );
        if (filled) continue;
        report({
          message: `${label}的“${output.name}”下没有${required}。`,
          location: {
            project: project.name,
            indicator: output.name,
            path: `${pointer}/indicators/${c}/groups`,
          },
          expected: required,
          actual: '缺失',
        });
      }
    }
  },
});
