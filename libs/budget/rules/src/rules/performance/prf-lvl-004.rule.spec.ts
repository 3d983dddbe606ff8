import { validHenanBudget } from '../../testing/henan-budget.mother';
import { validStandardBudget } from '../../testing/standard-budget.mother';
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

  const outputOf = (document: ReturnType<typeof validStandardBudget>, p = 0) =>
    document.performance!.projects[p].indicators[0];

  it.each([
    ['成本指标', '邯郸2022年第22、43、44、48、53、54个项目'],
    ['时效指标', '邯郸2022年第38、51个项目'],
  ])('reports a national-template project without %s (%s)', (group) => {
    const document = validStandardBudget();
    const output = outputOf(document);
    output.groups = output.groups.filter((candidate) => candidate.name !== group);
    expect(findingsOf(prfLvl004, document)).toEqual([
      expect.objectContaining({
        message: `第1个项目「执法办案业务经费」的“产出指标”下没有${group}。`,
        expected: group,
        actual: '缺失',
      }),
    ]);
  });

  it('says where the quantity indicator sits when it was typed under 质量 (济源2020年第38个项目)', () => {
    const document = validHenanBudget();
    const output = document.performance!.projects[0].indicators[1];
    const quantity = output.groups.find((group) => group.name === '数量')!;
    const quality = output.groups.find((group) => group.name === '质量')!;
    quality.indicators.unshift({ name: '奖励民警数', target: '≥68人' });
    output.groups = output.groups.filter((group) => group !== quantity);
    expect(findingsOf(prfLvl004, document)).toEqual([
      {
        ruleId: 'PRF-LVL-004',
        severity: 'warning',
        message:
          '第1个项目「办案业务费」的“产出目标”下没有数量；数量类指标“奖励民警数”（≥68人）填在了“质量”下。',
        location: {
          project: '办案业务费',
          indicator: '产出目标',
          path: '/performance/projects/0/indicators/1/groups',
        },
        expected: '数量',
        actual: '“奖励民警数”在“质量”下',
      },
    ]);
  });

  it('says where a rate sits when 质量 is missing (济源2020年第13个项目)', () => {
    const document = validHenanBudget();
    const output = document.performance!.projects[0].indicators[1];
    output.groups
      .find((group) => group.name === '数量')!
      .indicators.push({ name: '保安持证上岗率', target: '=100%' });
    output.groups.find((group) => group.name === '质量')!.indicators = [];
    expect(findingsOf(prfLvl004, document).map(({ message, expected }) => [message, expected])).toEqual([
      [
        '第1个项目「办案业务费」的“产出目标”下没有质量；质量类指标“保安持证上岗率”（=100%）填在了“数量”下。',
        '质量',
      ],
    ]);
  });

  it('does not require 时效 and 成本 on Henan 2020 sheets (济源2020年各项目成本栏空白)', () => {
    const document = validHenanBudget();
    for (const project of document.performance!.projects) {
      const output = project.indicators[1];
      output.groups = output.groups.filter((group) => group.name !== '成本' && group.name !== '时效');
    }
    expect(findingsOf(prfLvl004, document)).toEqual([]);
  });
});
