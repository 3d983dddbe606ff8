import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfTbl002 } from './prf-tbl-002.rule';

describe('PRF-TBL-002 项目绩效目标表有目标和指标', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfTbl002, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 项目目标表的绩效目标为空（邯郸2022年第25、53个项目即如此）。', () => {
    expect(findingsOf(prfTbl002, RULE_EXAMPLES['PRF-TBL-002'].document())).toEqual([
      {
        ruleId: 'PRF-TBL-002',
        severity: 'error',
        message: '第1个项目「执法办案业务经费」未填写绩效目标。',
        location: {
          project: '执法办案业务经费',
          path: '/performance/projects/0/goals',
        },
        expected: '绩效目标',
        actual: '空白',
      },
    ]);
  });
});
