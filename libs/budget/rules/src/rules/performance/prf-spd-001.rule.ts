import { Amount } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';

const HUNDRED = Amount.parse('100');

export const prfSpd001 = defineRule({
  id: 'PRF-SPD-001',
  severity: 'error',
  category: 'performance',
  title: '资金支出计划逐期递增至100%',
  checks: '资金支出计划的累计百分比在0到100之间、逐期不减少，最后一期为100%。',
  why: '支出计划是累计进度，回落或到年底不足100%都说明计划填错，无法用于执行监控。',
  check(_document, context, report) {
    for (const { project, pointer, label } of context.projects()) {
      const plan = project.spendPlan;
      if (plan.length === 0) continue;
      let previous = Amount.ZERO;
      plan.forEach((point, p) => {
        const percent = Amount.parse(point.percent);
        const path = `${pointer}/spendPlan/${p}/percent`;
        if (percent.compare(previous) < 0 || percent.compare(HUNDRED) > 0) {
          report({
            message: `${label}资金支出计划“${point.period}”为${point.percent}%，${percent.compare(HUNDRED) > 0 ? '超过100%' : `低于上一期的${previous.toString()}%`}。`,
            location: { project: project.name, path },
            expected: `${previous.toString()}%～100%`,
            actual: `${point.percent}%`,
          });
        }
        if (percent.compare(previous) > 0) previous = percent;
      });
      const last = plan[plan.length - 1];
      if (last && !Amount.parse(last.percent).equals(HUNDRED)) {
        report({
          message: `${label}资金支出计划最后一期“${last.period}”为${last.percent}%，年末应支出100%。`,
          location: { project: project.name, path: `${pointer}/spendPlan/${plan.length - 1}/percent` },
          expected: '100%',
          actual: `${last.percent}%`,
        });
      }
    }
  },
});
