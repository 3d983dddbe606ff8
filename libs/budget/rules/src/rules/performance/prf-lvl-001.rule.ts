import { defineRule } from '../../framework/rule';
import { normalizeLevelName, templateOf } from './indicator-templates';

export const prfLvl001 = defineRule({
  id: 'PRF-LVL-001',
  severity: 'error',
  category: 'performance',
  title: '一级指标名称规范',
  checks:
    '项目绩效目标表的一级指标名称是模板规定的名称（全国：产出指标、效益指标、满意度指标；河南2020：投入与目标管理、产出目标、效果目标、影响力目标）。',
  why: '一级指标是绩效目标的统一框架，名称不规范说明表格错位或自行设计，无法汇总和评价。',
  check(_document, context, report) {
    for (const { project, pointer, label } of context.projects()) {
      const template = templateOf(project);
      project.indicators.forEach((category, c) => {
        if (normalizeLevelName(category.name) in template.levels) return;
        report({
          message: `${label}的一级指标“${category.name || '（空白）'}”不是${template.name}的一级指标。`,
          location: {
            project: project.name,
            indicator: category.name,
            path: `${pointer}/indicators/${c}/name`,
          },
          expected: Object.keys(template.levels).join('、'),
          actual: category.name,
        });
      });
    }
  },
});
