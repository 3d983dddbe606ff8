import { isAmount } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';
import { costIndicators, costTargetIssue } from './cost-indicators';

export const prfCst002 = defineRule({
  id: 'PRF-CST-002',
  severity: 'error',
  category: 'performance',
  title: '成本指标设上限',
  checks: '金额形式的成本指标用“≤”“<”或确定值表示，不用“≥”“>”。',
  why: '成本指标是支出的上限；“≥45054.96元”只规定了下限，等于不控制成本。',
  check(_document, context, report) {
    for (const cost of costIndicators(context)) {
      const { target } = cost;
      if (!isAmount(target) || (target.comparator !== '≥' && target.comparator !== '>')) continue;
      report(
        costTargetIssue(
          cost,
          `指标值为“${target.raw}”，只设了下限，成本指标应设上限。`,
          `≤${target.value}${target.unit}`,
        ),
      );
    }
  },
});
