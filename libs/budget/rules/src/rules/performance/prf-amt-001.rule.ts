import { Amount } from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';

const PAIRS = [
  { year: 'amount', total: 'totalAmount', yearLabel: '项目本年度金额', totalLabel: '项目总金额' },
  {
    year: 'previousYearAmount',
    total: 'previousYearTotalAmount',
    yearLabel: '项目上年度金额',
    totalLabel: '上年度项目总金额',
  },
] as const;

export const prfAmt001 = defineRule({
  id: 'PRF-AMT-001',
  severity: 'error',
  category: 'performance',
  title: '年度金额不超过项目总金额',
  checks:
    '项目本年度金额不大于项目总金额；项目上年度金额不大于上年度项目总金额。总金额填为0而年度金额不为0时，按总金额漏填报告。',
  why: '总金额是项目全部年度之和，某一年度金额超过总额在数学上不可能。',
  check(_document, context, report) {
    for (const { project, pointer, label } of context.projects()) {
      for (const pair of PAIRS) {
        const yearText = project[pair.year];
        const totalText = project[pair.total];
        if (yearText === undefined || totalText === undefined) continue;
        const year = Amount.parse(yearText);
        const total = Amount.parse(totalText);
        if (year.minus(total).compare(context.config.amountTolerance) <= 0) continue;
        if (total.isZero()) {
          // A zero total under a non-zero year is a total left at the template's 0.00, not a sum.
          report({
            message: `${label}${pair.totalLabel}填为${totalText}（疑似漏填），${pair.yearLabel}为${yearText}万元。`,
            location: { project: project.name, path: `${pointer}/${pair.total}` },
            expected: `≥${yearText}`,
            actual: totalText,
          });
          continue;
        }
        report({
          message: `${label}${pair.yearLabel}${yearText}万元，大于${pair.totalLabel}${totalText}万元。`,
          location: { project: project.name, path: `${pointer}/${pair.year}` },
          expected: `≤${totalText}`,
          actual: yearText,
        });
      }
    }
  },
});
