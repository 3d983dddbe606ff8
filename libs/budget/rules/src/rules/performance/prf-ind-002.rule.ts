import { defineRule } from '../../framework/rule';
import type { IndicatorList } from '../../framework/project-index';
import { templateOf } from './indicator-templates';

const hasBasis = (indicators: IndicatorList): boolean => {
  for (let i = 0; i < indicators.length; i++) if (indicators.hasBasis(i)) return true;
  return false;
};

export const prfInd002 = defineRule({
  id: 'PRF-IND-002',
  severity: 'warning',
  category: 'performance',
  title: '指标值有确定依据',
  checks:
    '目标表设有“指标值确定依据”栏时（全国项目支出绩效目标表样式设有该栏；其他样式在文件中有项目填写了依据时视为设有），每个指标都填写了依据，包括整张表依据栏全部空白的项目。（河南2020样式没有该栏，不检查。）',
  why: '依据说明指标值从何而来（标准、计划、历史数据），没有依据的指标值难以判断是否合理。',
  check(_document, context, report) {
    const projects = context.projects();
    // A template without the column still has it when the document's own tables fill it.
    let documentFillsBasis: boolean | undefined;
    const fillsBasis = (): boolean =>
      (documentFillsBasis ??= projects.some(({ indicators }) => hasBasis(indicators)));
    for (const { project, label, indicators } of projects) {
      if (project.classified || indicators.length === 0) continue;
      if (!templateOf(project).basisColumn && !fillsBasis()) continue;
      for (let i = 0; i < indicators.length; i++) {
        if (indicators.basisFilled(i)) continue;
        const indicator = indicators.indicator(i);
        report({
          message: `${label}的指标“${indicator.name}”未填写指标值确定依据。`,
          location: {
            project: project.name,
            indicator: indicators.label(i),
            path: `${indicators.pointer(i)}/basis`,
          },
          expected: '指标值确定依据',
          actual: '空白',
        });
      }
    }
  },
});
