import { rowOf } from '../../testing/rule-test.helpers';
import { validStandardBudget } from '../../testing/standard-budget.mother';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { clsName003 } from './cls-name-003.rule';

describe('CLS-NAME-003 科目名称的简写和加注', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(clsName003, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 财政拨款收支总表204类印作“四、公共安全”（济源2020年即如此）。', () => {
    expect(findingsOf(clsName003, RULE_EXAMPLES['CLS-NAME-003'].document())).toEqual([
      {
        ruleId: 'CLS-NAME-003',
        severity: 'info',
        message:
          '「部门预算财政拨款收支总表」科目204印作“四、公共安全”，省略了“支出”二字；2022年政府收支分类科目为“公共安全支出”。',
        location: {
          table: 'fiscalAppropriationSummary',
          code: '204',
          path: '/tables/3/rows/4/name',
        },
        expected: '公共安全支出',
        actual: '四、公共安全',
      },
    ]);
  });

  it('notes a name annotated with its parent, Henan style', () => {
    const document = validStandardBudget();
    rowOf(document, 'expenditureSummary', '2040201').name = '行政运行（公安）';
    expect(findingsOf(clsName003, document)).toMatchObject([{ severity: 'info', expected: '行政运行' }]);
  });
});
