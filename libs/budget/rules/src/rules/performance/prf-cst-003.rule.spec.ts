import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfCst003 } from './prf-cst-003.rule';

describe('PRF-CST-003 总成本不超过项目金额', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfCst003, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 成本指标填“≤2800万元”，项目金额为280.00万元（元、万元混淆）。', () => {
    expect(findingsOf(prfCst003, RULE_EXAMPLES['PRF-CST-003'].document())).toEqual([
      {
        ruleId: 'PRF-CST-003',
        severity: 'error',
        message:
          '第1个项目「执法办案业务经费」的成本指标“项目总成本”为“≤2800万元”（2800万元），超过项目本年度金额280.00万元。',
        location: {
          project: '执法办案业务经费',
          indicator: '产出指标/成本指标/项目总成本',
          path: '/performance/projects/0/indicators/0/groups/3/indicators/0/target',
        },
        expected: '≤280.00万元',
        actual: '≤2800万元',
      },
    ]);
  });
});
