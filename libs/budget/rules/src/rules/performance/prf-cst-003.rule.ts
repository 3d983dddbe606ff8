import { Amount, amountInWanYuan } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';
import { isCostGroup } from './indicator-templates';

export const prfCst003 = defineRule({
  id: 'PRF-CST-003',
  severity: 'error',
  category: 'performance',
  title: '总成本不超过项目金额',
  checks: '以总额（元、万元，非单位成本）表示的成本指标不超过该项目本年度金额。',
  why: '成本上限高于项目预算，说明指标值或预算金额之一填错（常见为元、万元混淆）。',
  check(_document, context, report) {
    for (const { project, label, indicators } of context.projects()) {
      const budget = project.amount === undefined ? undefined : Amount.parse(project.amount);
      if (project.classified || !budget) continue;
      let lastGroup: string | undefined;
      let costGroup = false;
      for (let i = 0; i < indicators.length; i++) {
        const group = indicators.group(i);
        const target = indicators.target(i);
        if (group !== lastGroup) {
          lastGroup = group;
          costGroup = isCostGroup(group);
        }
        const money = costGroup ? amountInWanYuan(target) : undefined;
        if (!money || money.unit !== '万元') continue;
        const cost = Amount.parse(money.value);
        if (cost.minus(budget).compare(context.config.amountTolerance) <= 0) continue;
        report({
          message: `${label}的成本指标“${indicators.indicator(i).name}”为“${target.raw}”（${cost.toString()}万元），超过项目本年度金额${budget.toString()}万元。`,
          location: {
            project: project.name,
            indicator: indicators.label(i),
            path: `${indicators.pointer(i)}/target`,
          },
          expected: `≤${budget.toString()}万元`,
          actual: target.raw,
        });
      }
    }
  },
});
