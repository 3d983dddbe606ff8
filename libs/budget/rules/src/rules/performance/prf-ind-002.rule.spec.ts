import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfInd002 } from './prf-ind-002.rule';

describe('PRF-IND-002 指标值有确定依据', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfInd002, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 数量指标未填写指标值确定依据。', () => {
    expect(findingsOf(prfInd002, RULE_EXAMPLES['PRF-IND-002'].document())).toEqual([
      {
        ruleId: 'PRF-IND-002',
        severity: 'warning',
        message: '第1个项目「执法办案业务经费」的指标“办理案件数量”未填写指标值确定依据。',
        location: {
          project: '执法办案业务经费',
          indicator: '产出指标/数量指标/办理案件数量',
          path: '/performance/projects/0/indicators/0/groups/0/indicators/0/basis',
        },
        expected: '指标值确定依据',
        actual: '空白',
      },
    ]);
  });
});
