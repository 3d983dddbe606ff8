import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { xtbExp003 } from './xtb-exp-003.rule';

describe('XTB-EXP-003 收支总表支出与部门支出总表一致', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(xtbExp003, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 收支总表“四、公共安全支出”填790.00，支出总表204类为800.00。', () => {
    expect(findingsOf(xtbExp003, RULE_EXAMPLES['XTB-EXP-003'].document())).toEqual([
      {
        ruleId: 'XTB-EXP-003',
        severity: 'error',
        message:
          '「部门预算收支总表」「204 四、公共安全支出」行「支出·预算数」栏为790.00，「部门预算支出总表」204类合计为800.00，两表不一致。',
        location: {
          table: 'budgetSummary',
          code: '204',
          column: 'expenditureAmount',
          path: '/tables/0/rows/3/amounts/expenditureAmount',
        },
        expected: '800.00',
        actual: '790.00',
      },
    ]);
  });
});
