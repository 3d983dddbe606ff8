import { Amount, amountInWanYuan } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';
import { costIndicators, costTargetIssue } from './cost-indicators';

export const prfCst003 = defineRule({
  id: 'PRF-CST-003',
  severity: 'error',
  category: 'performance',
  title: '总成本不超过项目金额',
  checks: '以总额（元、万元，非单位成本）表示的成本指标不超过该项目本年度金额。',
  why: '成本上限高于项目预算，说明指标值或预算金额之一填错（常见为元、万元混淆）。',
  check(_document, context, report) {
    for (const cost of costIndicators(context)) {
      const { amount } = cost.entry.project;
      const money = amount === undefined ? undefined : amountInWanYuan(cost.target);
      if (amount === undefined || !money || money.unit !== '万元') continue;
      const budget = Amount.parse(amount);
      const total = Amount.parse(money.value);
      if (total.minus(budget).compare(context.config.amountTolerance) <= 0) continue;
      report(
        costTargetIssue(
          cost,
          `为“${cost.target.raw}”（${total.toString()}万元），超过项目本年度金额${budget.toString()}万元。`,
          `≤${budget.toString()}万元`,
        ),
      );
    }
  },
});
