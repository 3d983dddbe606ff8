import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfCst002 } from './prf-cst-002.rule';

describe('PRF-CST-002 成本指标设上限', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfCst002, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 成本指标填“≥280.00万元”（邯郸2022年“人均成本 ≥45054.96 元”）。', () => {
    expect(findingsOf(prfCst002, RULE_EXAMPLES['PRF-CST-002'].document())).toEqual([
      {
        ruleId: 'PRF-CST-002',
        severity: 'error',
        message:
          '第1个项目「执法办案业务经费」的成本指标“项目总成本”指标值为“≥280.00万元”，只设了下限，成本指标应设上限。',
        location: {
          project: '执法办案业务经费',
          indicator: '产出指标/成本指标/项目总成本',
          path: '/performance/projects/0/indicators/0/groups/3/indicators/0/target',
        },
        expected: '≤280.00万元',
        actual: '≥280.00万元',
      },
    ]);
  });
});
