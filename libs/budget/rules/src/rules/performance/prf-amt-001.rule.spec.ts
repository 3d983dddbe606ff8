import { validHenanBudget } from '../../testing/henan-budget.mother';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfAmt001 } from './prf-amt-001.rule';

describe('PRF-AMT-001 年度金额不超过项目总金额', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfAmt001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 河南项目表“项目本年度金额”60.0大于“项目总金额”50.0。', () => {
    expect(findingsOf(prfAmt001, RULE_EXAMPLES['PRF-AMT-001'].document())).toEqual([
      {
        ruleId: 'PRF-AMT-001',
        severity: 'error',
        message: '第1个项目「办案业务费」项目本年度金额60.0万元，大于项目总金额50.0万元。',
        location: {
          project: '办案业务费',
          path: '/performance/projects/0/amount',
        },
        expected: '≤50.0',
        actual: '60.0',
      },
    ]);
  });

  it('reports a 项目总金额 left at 0.00 as not filled in, at the total (济源2020年十一个项目)', () => {
    const document = validHenanBudget();
    document.performance!.projects[1].totalAmount = '0.00';
    expect(findingsOf(prfAmt001, document)).toEqual([
      {
        ruleId: 'PRF-AMT-001',
        severity: 'error',
        message: '第2个项目「电子政务专项」项目总金额填为0.00（疑似漏填），项目本年度金额为40.0万元。',
        location: { project: '电子政务专项', path: '/performance/projects/1/totalAmount' },
        expected: '≥40.0',
        actual: '0.00',
      },
    ]);
  });
});
