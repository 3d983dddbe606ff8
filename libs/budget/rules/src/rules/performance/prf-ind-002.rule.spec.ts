import { validHenanBudget } from '../../testing/henan-budget.mother';
import { validStandardBudget } from '../../testing/standard-budget.mother';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prfInd002 } from './prf-ind-002.rule';

describe('PRF-IND-002 指标值有确定依据', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prfInd002, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 数量指标未填写指标值确定依据。', () => {
    expect(findingsOf(prfInd002, RULE_EXAMPLES['PRF-IND-002'].document())).toEqual([
      {
        ruleId: 'PRF-IND-002',
        severity: 'warning',
        message: '第1个项目「执法办案业务经费」的指标“办理案件数量”未填写指标值确定依据。',
        location: {
          project: '执法办案业务经费',
          indicator: '产出指标/数量指标/办理案件数量',
          path: '/performance/projects/0/indicators/0/groups/0/indicators/0/basis',
        },
        expected: '指标值确定依据',
        actual: '空白',
      },
    ]);
  });

  const clearBasis = (project: { indicators: { groups: { indicators: { basis?: string }[] }[] }[] }) => {
    for (const category of project.indicators)
      for (const group of category.groups) for (const indicator of group.indicators) delete indicator.basis;
  };

  it('reports every indicator of a project whose whole 依据 column is empty (邯郸2022年第22个项目)', () => {
    const document = validStandardBudget();
    const project = document.performance!.projects[1];
    project.name = '反电信诈骗中心维护费';
    clearBasis(project);
    const findings = findingsOf(prfInd002, document);
    expect(findings).toHaveLength(6);
    expect(findings[0]).toEqual({
      ruleId: 'PRF-IND-002',
      severity: 'warning',
      message: '第2个项目「反电信诈骗中心维护费」的指标“办理案件数量”未填写指标值确定依据。',
      location: {
        project: '反电信诈骗中心维护费',
        indicator: '产出指标/数量指标/办理案件数量',
        path: '/performance/projects/1/indicators/0/groups/0/indicators/0/basis',
      },
      expected: '指标值确定依据',
      actual: '空白',
    });
  });

  it('reports a national-template document that fills no basis at all: the template prints the column', () => {
    const document = validStandardBudget();
    for (const project of document.performance!.projects) clearBasis(project);
    expect(findingsOf(prfInd002, document)).toHaveLength(12);
  });

  it('checks Henan sheets, which print no 依据 column, only when the document fills it elsewhere', () => {
    const document = validHenanBudget();
    expect(findingsOf(prfInd002, document)).toEqual([]);
    const [first] = document.performance!.projects;
    first.indicators[0].groups[0].indicators[0].basis = '年度工作计划';
    expect(findingsOf(prfInd002, document).map((finding) => finding.location.project)).toEqual([
      ...Array<string>(6).fill('办案业务费'),
      ...Array<string>(7).fill('电子政务专项'),
    ]);
  });
});
