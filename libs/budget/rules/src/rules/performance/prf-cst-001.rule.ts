import { isAmount } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';
import { isBareWan, isCostGroup } from './indicator-templates';

export const prfCst001 = defineRule({
  id: 'PRF-CST-001',
  severity: 'error',
  category: 'performance',
  title: '成本指标以金额表示',
  checks:
    '成本指标的指标值是金额（元、万元，或“元/人”之类的单位成本），不是百分比、数量或文字。只写“万”的（如“15 万”）按万元理解，不报告。',
  why: '成本指标用来控制花多少钱；“≥90%”“压缩办案成本”不是成本，无法据以控制支出。',
  check(_document, context, report) {
    for (const { project, label, indicators } of context.projects()) {
      if (project.classified) continue;
      let lastGroup: string | undefined;
      let cost = false;
      for (let i = 0; i < indicators.length; i++) {
        const group = indicators.group(i);
        const target = indicators.target(i);
        if (group !== lastGroup) {
          lastGroup = group;
          cost = isCostGroup(group);
        }
        if (
          !cost ||
          target.kind === 'empty' ||
          target.kind === 'classified' ||
          (target.kind === 'quantity' && isBareWan(target.unit)) ||
          isAmount(target)
        )
          continue;
        report({
          message: `${label}的成本指标“${indicators.indicator(i).name}”指标值为“${target.raw}”，不是金额。`,
          location: {
            project: project.name,
            indicator: indicators.label(i),
            path: `${indicators.pointer(i)}/target`,
          },
          expected: '金额（如“≤48万元”“≤3000元/人”）',
          actual: target.raw,
        });
      }
    }
  },
});
