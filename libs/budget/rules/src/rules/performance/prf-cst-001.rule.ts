import { isAmount } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';
import { costIndicators, costTargetIssue } from './cost-indicators';
import { isBareWan } from './indicator-templates';

export const prfCst001 = defineRule({
  id: 'PRF-CST-001',
  severity: 'error',
  category: 'performance',
  title: '成本指标以金额表示',
  checks:
    '成本指标的指标值是金额（元、万元，或“元/人”之类的单位成本），不是百分比、数量或文字。只写“万”的（如“15 万”）按万元理解，不报告。',
  why: '成本指标用来控制花多少钱；“≥90%”“压缩办案成本”不是成本，无法据以控制支出。',
  check(_document, context, report) {
    for (const cost of costIndicators(context)) {
      const { target } = cost;
      if (
        target.kind === 'empty' ||
        target.kind === 'classified' ||
        (target.kind === 'quantity' && isBareWan(target.unit)) ||
        isAmount(target)
      )
        continue;
      report(costTargetIssue(cost, `指标值为“${target.raw}”，不是金额。`, '金额（如“≤48万元”“≤3000元/人”）'));
    }
  },
});
