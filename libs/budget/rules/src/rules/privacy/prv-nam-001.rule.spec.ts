import { validHenanBudget } from '../../testing/henan-budget.mother';
import {
  validStandardBudget,
  validStandardBudgetWithClassifiedProject,
} from '../../testing/standard-budget.mother';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prvNam001 } from './prv-nam-001.rule';

describe('PRV-NAM-001 公开的文字不载个人姓名', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prvNam001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 项目用途写有“项目负责人：张五星”。', () => {
    expect(findingsOf(prvNam001, RULE_EXAMPLES['PRV-NAM-001'].document())).toEqual([
      {
        ruleId: 'PRV-NAM-001',
        severity: 'warning',
        message:
          '公开内容中写有个人姓名“张五星”：“用于执法办案。项目负责人：张五星，负责组织实施。”，公开前请确认是否应公开，或改写为责任部门。',
        location: { path: '/performance/projects/0/purpose' },
        expected: '责任部门或职务',
        actual: '张五星',
      },
    ]);
  });

  it('leaves the project sheet’s own 项目负责人 and 联系人 cells alone: the disclosure does not publish them (济源2020年)', () => {
    const document = validHenanBudget();
    document.performance!.projects[0].details = { manager: '张五星', contact: '何小艳', phone: '6855160' };
    expect(findingsOf(prvNam001, document)).toEqual([]);
  });

  it.each([
    ['联系人为何小艳。', '何小艳'],
    ['经办人：阿依古丽·买买提，电话另告', '阿依古丽·买买提'],
    ['责任人 李四', '李四'],
  ])('finds the name in %p', (text, name) => {
    const document = validStandardBudget();
    document.performance!.projects[1].goals = [text];
    expect(findingsOf(prvNam001, document)).toMatchObject([
      { location: { path: '/performance/projects/1/goals/0' }, actual: name },
    ]);
  });

  it.each(['项目负责人：财务科', '负责人为办公室主任。', '联系人：装备财务处', '由项目负责人负责组织实施'])(
    'accepts an office, a post or no name: %p',
    (text) => {
      const document = validStandardBudget();
      document.performance!.projects[0].purpose = text;
      expect(findingsOf(prvNam001, document)).toEqual([]);
    },
  );

  it('does not look into a classified project, which is published as 涉密', () => {
    const document = validStandardBudgetWithClassifiedProject();
    const secret = document.performance!.projects.find((project) => project.classified)!;
    secret.goals = ['负责人：张五星。'];
    expect(findingsOf(prvNam001, document)).toEqual([]);
  });
});
