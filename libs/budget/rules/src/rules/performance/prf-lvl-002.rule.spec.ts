import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfLvl002 } from './prf-lvl-002.rule';

describe('PRF-LVL-002 二级指标名称规范且归属正确', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfLvl002, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: “效益指标”被错填在二级指标栏、列于产出指标下（邯郸2022年第51个项目即如此）。', () => {
    expect(findingsOf(prfLvl002, RULE_EXAMPLES['PRF-LVL-002'].document())).toEqual([
      {
        ruleId: 'PRF-LVL-002',
        severity: 'error',
        message:
          '第1个项目「执法办案业务经费」把一级指标名称“效益指标”填在了“产出指标”下的二级指标栏，表格错列。',
        location: {
          project: '执法办案业务经费',
          indicator: '产出指标/效益指标',
          path: '/performance/projects/0/indicators/0/groups/4/name',
        },
        expected: '数量指标、质量指标、时效指标、成本指标',
        actual: '效益指标',
      },
    ]);
  });
});
