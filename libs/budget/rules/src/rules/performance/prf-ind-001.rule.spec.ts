import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfInd001 } from './prf-ind-001.rule';

describe('PRF-IND-001 数量、质量、时效指标有可衡量的指标值', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfInd001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 时效指标值填“及时”（济源2020年常见）。', () => {
    expect(findingsOf(prfInd001, RULE_EXAMPLES['PRF-IND-001'].document())).toEqual([
      {
        ruleId: 'PRF-IND-001',
        severity: 'warning',
        message:
          '第1个项目「执法办案业务经费」的时效指标“资金支付完成时间”指标值为“及时”，不是可衡量的数值或日期。',
        location: {
          project: '执法办案业务经费',
          indicator: '产出指标/时效指标/资金支付完成时间',
          path: '/performance/projects/0/indicators/0/groups/2/indicators/0/target',
        },
        expected: '数值或日期',
        actual: '及时',
      },
    ]);
  });
});
