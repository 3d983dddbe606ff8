import { isAmount } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';
import { isCostGroup } from './indicator-templates';

export const prfCst002 = defineRule({
  id: 'PRF-CST-002',
  severity: 'error',
  category: 'performance',
  title: '成本指标设上限',
  checks: '金额形式的成本指标用“≤”“<”或确定值表示，不用“≥”“>”。',
  why: '成本指标是支出的上限；“≥45054.96元”只规定了下限，等于不控制成本。',
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
        if (!cost || !isAmount(target) || (target.comparator !== '≥' && target.comparator !== '>')) continue;
        report({
          message: `${label}的成本指标“${indicators.indicator(i).name}”指标值为“${target.raw}”，只设了下限，成本指标应设上限。`,
          location: {
            project: project.name,
            indicator: indicators.label(i),
            path: `${indicators.pointer(i)}/target`,
          },
          expected: `≤${target.value}${target.unit}`,
          actual: target.raw,
        });
      }
    }
  },
});
