import { validStandardBudget } from '../../testing/standard-budget.mother';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfCst001 } from './prf-cst-001.rule';

describe('PRF-CST-001 成本指标以金额表示', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfCst001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 成本指标“项目总成本”指标值填“≥90%”（邯郸2022年多个项目“资金成本 ≥90 百分比”）。', () => {
    expect(findingsOf(prfCst001, RULE_EXAMPLES['PRF-CST-001'].document())).toEqual([
      {
        ruleId: 'PRF-CST-001',
        severity: 'error',
        message: '第1个项目「执法办案业务经费」的成本指标“项目总成本”指标值为“≥90%”，不是金额。',
        location: {
          project: '执法办案业务经费',
          indicator: '产出指标/成本指标/项目总成本',
          path: '/performance/projects/0/indicators/0/groups/3/indicators/0/target',
        },
        expected: '金额（如“≤48万元”“≤3000元/人”）',
        actual: '≥90%',
      },
    ]);
  });

  it.each(['≤3000 元/人', '=85.14万元', '45054.96 元'])('accepts the money target %p', (target) => {
    const document = validStandardBudget();
    document.performance!.projects[0].indicators[0].groups[3].indicators[0].target = target;
    expect(findingsOf(prfCst001, document)).toEqual([]);
  });
});
