import { validStandardBudget } from '../../testing/standard-budget.mother';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { prvNam001 } from './prv-nam-001.rule';

describe('PRV-NAM-001 公开的项目表不载个人姓名', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(prvNam001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 项目负责人栏填写个人姓名（济源2020年各项目表即如此）。', () => {
    expect(findingsOf(prvNam001, RULE_EXAMPLES['PRV-NAM-001'].document())).toEqual([
      {
        ruleId: 'PRV-NAM-001',
        severity: 'warning',
        message:
          '第1个项目「执法办案业务经费」“项目负责人”栏为个人姓名“张五星”，公开前请确认是否应公开，或改填责任部门。',
        location: {
          project: '执法办案业务经费',
          path: '/performance/projects/0/details/manager',
        },
        expected: '责任部门或职务',
        actual: '张五星',
      },
    ]);
  });

  it.each(['财务科', '办公室主任', '装备财务处'])('accepts an office or post: %p', (manager) => {
    const document = validStandardBudget();
    document.performance!.projects[0].details = { manager };
    expect(findingsOf(prvNam001, document)).toEqual([]);
  });
});
