import { validStandardBudget } from '../../testing/standard-budget.mother';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfTim001 } from './prf-tim-001.rule';

describe('PRF-TIM-001 时间类指标值在预算年度内', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfTim001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 2022年预算的时效指标填“2021年12月底前”（巨鹿2024年多个项目写2023年）。', () => {
    expect(findingsOf(prfTim001, RULE_EXAMPLES['PRF-TIM-001'].document())).toEqual([
      {
        ruleId: 'PRF-TIM-001',
        severity: 'error',
        message:
          '第1个项目「执法办案业务经费」的指标“资金支付完成时间”指标值为“2021年12月底前”，不在2022预算年度内。',
        location: {
          project: '执法办案业务经费',
          indicator: '产出指标/时效指标/资金支付完成时间',
          path: '/performance/projects/0/indicators/0/groups/2/indicators/0/target',
        },
        expected: '2022年内的日期',
        actual: '2021年12月底前',
      },
    ]);
  });

  const withTimeliness = (target: string, endDate?: string) => {
    const document = validStandardBudget();
    const project = document.performance!.projects[0];
    project.indicators[0].groups[2].indicators[0].target = target;
    if (endDate) project.details = { endDate };
    return document;
  };

  it('accepts a later year when the project runs until then', () => {
    expect(findingsOf(prfTim001, withTimeliness('2023年6月底前', '2023-12-31'))).toEqual([]);
  });

  it('accepts a date without a year', () => {
    expect(findingsOf(prfTim001, withTimeliness('12月底前'))).toEqual([]);
  });

  it('reports a later year for a project of this year only', () => {
    expect(findingsOf(prfTim001, withTimeliness('2023年6月底前'))).toHaveLength(1);
  });
});
