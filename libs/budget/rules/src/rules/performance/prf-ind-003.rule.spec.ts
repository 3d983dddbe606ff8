import { validStandardBudget } from '../../testing/standard-budget.mother';
import { validHenanBudget } from '../../testing/henan-budget.mother';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfInd003 } from './prf-ind-003.rule';

describe('PRF-IND-003 指标值不是空白或“≥0”之类的占位值', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfInd003, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 质量指标值填“≥0%”。', () => {
    expect(findingsOf(prfInd003, RULE_EXAMPLES['PRF-IND-003'].document())).toEqual([
      {
        ruleId: 'PRF-IND-003',
        severity: 'error',
        message: '第1个项目「执法办案业务经费」的指标“案件办结率”指标值为“≥0%”，没有设定实际目标。',
        location: {
          project: '执法办案业务经费',
          indicator: '产出指标/质量指标/案件办结率',
          path: '/performance/projects/0/indicators/0/groups/1/indicators/0/target',
        },
        expected: '可考核的指标值',
        actual: '≥0%',
      },
    ]);
  });

  const withQualityTarget = (name: string, target: string) => {
    const document = validStandardBudget();
    const indicator = document.performance!.projects[0].indicators[0].groups[1].indicators[0];
    indicator.name = name;
    indicator.target = target;
    return document;
  };

  it.each([
    ['监所管理无事故', '0'],
    ['安保无事故', '=0起'],
    ['群众投诉', '0'],
  ])(
    'accepts %p %p: zero is the target when the indicator counts something that must not happen',
    (name, target) => {
      expect(findingsOf(prfInd003, withQualityTarget(name, target))).toEqual([]);
    },
  );

  it.each(['', '0%', '≥0', '≥ 0%'])('reports the placeholder target %p', (target) => {
    expect(findingsOf(prfInd003, withQualityTarget('案件办结率', target))).toHaveLength(1);
  });

  it('checks the department target table too', () => {
    const document = validHenanBudget();
    document.performance!.department!.targetTable!.indicators[0].groups[0].indicators[0].target = '≥0%';
    expect(findingsOf(prfInd003, document)).toMatchObject([
      { location: { path: '/performance/department/targetTable/indicators/0/groups/0/indicators/0/target' } },
    ]);
  });
});
