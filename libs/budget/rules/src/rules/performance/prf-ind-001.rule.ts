import { defineRule } from '../../framework/rule';
import { isQuantitativeOutputGroup } from './indicator-templates';

export const prfInd001 = defineRule({
  id: 'PRF-IND-001',
  severity: 'warning',
  category: 'performance',
  title: '数量、质量、时效指标有可衡量的指标值',
  checks: '产出类的数量、质量、时效指标的指标值是数值或日期（如“≥95%”“66人”“2024年12月底前”），而不是文字。',
  why: '产出指标要可衡量、可考核；“及时”“设备资产总值占比”之类的文字无法在年终判断是否完成。效益和满意度允许定性表述，不检查。',
  check(_document, context, report) {
    for (const { project, label, indicators } of context.projects()) {
      if (project.classified) continue;
      let lastGroup: string | undefined;
      let quantitative = false;
      for (let i = 0; i < indicators.length; i++) {
        const target = indicators.target(i);
        if (target.kind !== 'qualitative') continue;
        const group = indicators.group(i);
        if (group !== lastGroup) {
          lastGroup = group;
          quantitative = isQuantitativeOutputGroup(group);
        }
        if (!quantitative) continue;
        const indicator = indicators.label(i);
        report({
          message: `${label}的${group}“${indicator.split('/').pop() ?? ''}”指标值为“${target.raw}”，不是可衡量的数值或日期。`,
          location: { project: project.name, indicator, path: `${indicators.pointer(i)}/target` },
          expected: '数值或日期',
          actual: target.raw,
        });
      }
    }
  },
});
