import { Amount } from '@budgetflow/budget-domain';
import { sumOf, amountOf } from '../../framework/amount-text';
import { defineRule } from '../../framework/rule';

export const prfFnd001 = defineRule({
  id: 'PRF-FND-001',
  severity: 'error',
  category: 'performance',
  title: '资金来源之和等于项目金额',
  checks: '项目绩效目标表列出资金来源金额时，各来源金额之和等于项目本年度金额。',
  why: '资金来源是对项目金额的拆分，合计不符说明来源或总额填错。',
  check(_document, context, report) {
    for (const { project, pointer, label } of context.projects()) {
      if (project.amount === undefined || !project.fundSources.some((source) => source.amount !== undefined))
        continue;
      const amount = Amount.parse(project.amount);
      const sum = sumOf(project.fundSources.map((source) => amountOf(source.amount)));
      if (context.sameAmount(sum, amount)) continue;
      report({
        message: `${label}各资金来源合计${sum.toString()}万元，与项目金额${amount.toString()}万元不符。`,
        location: { project: project.name, path: `${pointer}/fundSources` },
        expected: amount.toString(),
        actual: sum.toString(),
      });
    }
  },
});
