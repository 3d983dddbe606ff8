import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfSpd001 } from './prf-spd-001.rule';

describe('PRF-SPD-001 资金支出计划逐期递增至100%', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfSpd001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 资金支出计划6月底20%，低于3月底的25%。', () => {
    expect(findingsOf(prfSpd001, RULE_EXAMPLES['PRF-SPD-001'].document())).toEqual([
      {
        ruleId: 'PRF-SPD-001',
        severity: 'error',
        message: '第1个项目「执法办案业务经费」资金支出计划“6 月底”为20%，低于上一期的25%。',
        location: {
          project: '执法办案业务经费',
          path: '/performance/projects/0/spendPlan/1/percent',
        },
        expected: '25%～100%',
        actual: '20%',
      },
    ]);
  });
});
