import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfLvl004 } from './prf-lvl-004.rule';

describe('PRF-LVL-004 产出指标含数量和质量指标', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfLvl004, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 产出指标下没有质量指标。', () => {
    expect(findingsOf(prfLvl004, RULE_EXAMPLES['PRF-LVL-004'].document())).toEqual([
      {
        ruleId: 'PRF-LVL-004',
        severity: 'warning',
        message: '第1个项目「执法办案业务经费」的“产出指标”下没有质量指标。',
        location: {
          project: '执法办案业务经费',
          indicator: '产出指标',
          path: '/performance/projects/0/indicators/0/groups',
        },
        expected: '质量指标',
        actual: '缺失',
      },
    ]);
  });
});
