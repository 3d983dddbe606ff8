import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfLvl001 } from './prf-lvl-001.rule';

describe('PRF-LVL-001 一级指标名称规范', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfLvl001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 一级指标写作“产出”以外的“投入指标”。', () => {
    expect(findingsOf(prfLvl001, RULE_EXAMPLES['PRF-LVL-001'].document())).toEqual([
      {
        ruleId: 'PRF-LVL-001',
        severity: 'error',
        message: '第1个项目「执法办案业务经费」的一级指标“投入指标”不是全国项目支出绩效目标表的一级指标。',
        location: {
          project: '执法办案业务经费',
          indicator: '投入指标',
          path: '/performance/projects/0/indicators/0/name',
        },
        expected: '产出指标、效益指标、满意度指标',
        actual: '投入指标',
      },
    ]);
  });
});
