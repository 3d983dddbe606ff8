import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfLvl003 } from './prf-lvl-003.rule';

describe('PRF-LVL-003 必备的一级指标齐全', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfLvl003, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 项目目标表没有效益指标。', () => {
    expect(findingsOf(prfLvl003, RULE_EXAMPLES['PRF-LVL-003'].document())).toEqual([
      {
        ruleId: 'PRF-LVL-003',
        severity: 'error',
        message: '第1个项目「执法办案业务经费」缺少一级指标“效益指标”。',
        location: {
          project: '执法办案业务经费',
          path: '/performance/projects/0/indicators',
        },
        expected: '效益指标',
        actual: '缺失',
      },
    ]);
  });
});
