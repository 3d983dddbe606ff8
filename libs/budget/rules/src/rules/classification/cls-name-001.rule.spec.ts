import { rowOf } from '../../testing/rule-test.helpers';
import { validStandardBudget } from '../../testing/standard-budget.mother';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { clsName001 } from './cls-name-001.rule';

describe('CLS-NAME-001 科目名称与编码相符', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(clsName001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 支出总表科目2040220印作“执法勤务”。', () => {
    expect(findingsOf(clsName001, RULE_EXAMPLES['CLS-NAME-001'].document())).toEqual([
      {
        ruleId: 'CLS-NAME-001',
        severity: 'error',
        message:
          '「部门预算支出总表」科目2040220印作“执法勤务”，与科目名称不符；2022年政府收支分类科目为“执法办案”。',
        location: {
          table: 'expenditureSummary',
          code: '2040220',
          path: '/tables/2/rows/4/name',
        },
        expected: '执法办案',
        actual: '执法勤务',
      },
    ]);
  });

  it('accepts a name that differs only in bracket width or spaces', () => {
    const document = validStandardBudget();
    rowOf(document, 'generalBudgetBasicExpenditure', '30101').name = '基本工资 ';
    expect(findingsOf(clsName001, document)).toEqual([]);
  });
});
