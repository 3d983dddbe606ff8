import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { tblSum007 } from './tbl-sum-007.rule';

describe('TBL-SUM-007 “其中”栏不大于所属栏', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(tblSum007, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 河南样式收支总表基本支出“其中：财政拨款”填201.0，大于一般公共预算小计200.0。', () => {
    expect(findingsOf(tblSum007, RULE_EXAMPLES['TBL-SUM-007'].document())).toEqual([
      {
        ruleId: 'TBL-SUM-007',
        severity: 'error',
        message:
          '「2020年部门收支总体情况表」「一、基本支出」行「支出·本年支出小计·一般公共预算·其中：财政拨款」栏为201.0，大于所属「支出·本年支出小计·一般公共预算·小计」栏200.0。',
        location: {
          table: 'budgetSummary',
          row: 'basic',
          column: 'generalPublicBudgetAppropriation',
          path: '/tables/0/rows/1/amounts/generalPublicBudgetAppropriation',
        },
        expected: '≤200.0',
        actual: '201.0',
      },
    ]);
  });
});
