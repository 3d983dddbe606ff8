import { defineRule } from '../../framework/rule';

export const prfInd002 = defineRule({
  id: 'PRF-IND-002',
  severity: 'warning',
  category: 'performance',
  title: '指标值有确定依据',
  checks: '目标表设有“指标值确定依据”栏时，每个指标都填写了依据。（河南2020样式没有该栏，不检查。）',
  why: '依据说明指标值从何而来（标准、计划、历史数据），没有依据的指标值难以判断是否合理。',
  check(_document, context, report) {
    for (const { project, label, indicators } of context.projects()) {
      if (project.classified || !indicators.some(({ indicator }) => indicator.basis !== undefined)) continue;
      for (const item of indicators) {
        const indicator = item.indicator;
        if ((indicator.basis ?? '').trim() !== '') continue;
        report({
          message: `${label}的指标“${indicator.name}”未填写指标值确定依据。`,
          location: { project: project.name, indicator: item.label, path: `${item.pointer}/basis` },
          expected: '指标值确定依据',
          actual: '空白',
        });
      }
    }
  },
});
