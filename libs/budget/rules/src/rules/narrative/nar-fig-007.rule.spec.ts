import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { narFig007 } from './nar-fig-007.rule';

describe('NAR-FIG-007 绩效目标项目数和金额与目标表一致', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(narFig007, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 情况说明称3个项目实行绩效目标管理，公开的项目绩效目标表只有2张。', () => {
    expect(findingsOf(narFig007, RULE_EXAMPLES['NAR-FIG-007'].document())).toEqual([
      {
        ruleId: 'NAR-FIG-007',
        severity: 'warning',
        message: '情况说明「五、预算绩效信息」称“3个项目实行绩效目标管理”，公开的项目绩效目标表个数为2。',
        location: {
          path: '/narrative/sections/7/figures/0/amount',
        },
        expected: '2',
        actual: '3',
      },
    ]);
  });
});
