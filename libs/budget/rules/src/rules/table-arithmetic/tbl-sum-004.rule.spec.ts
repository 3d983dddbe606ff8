import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { tblSum004 } from './tbl-sum-004.rule';

describe('TBL-SUM-004 收支总表各合计行正确', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(tblSum004, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 收支总表“本年收入合计”填999.00，各项收入之和为1000.00。', () => {
    expect(findingsOf(tblSum004, RULE_EXAMPLES['TBL-SUM-004'].document())).toEqual([
      {
        ruleId: 'TBL-SUM-004',
        severity: 'error',
        message:
          '「部门预算收支总表」「本年收入合计」行「收入·预算数」栏为999.00，各项收入合计为1000.00，两者不符。',
        location: {
          table: 'budgetSummary',
          row: 'incomeThisYear',
          column: 'incomeAmount',
          path: '/tables/0/rows/6/amounts/incomeAmount',
        },
        expected: '1000.00',
        actual: '999.00',
      },
      {
        ruleId: 'TBL-SUM-004',
        severity: 'error',
        message:
          '「部门预算收支总表」「收入总计」行「收入·预算数」栏为1000.00，本年收入合计与上年结转结余合计为999.00，两者不符。',
        location: {
          table: 'budgetSummary',
          row: 'incomeTotal',
          column: 'incomeAmount',
          path: '/tables/0/rows/10/amounts/incomeAmount',
        },
        expected: '999.00',
        actual: '1000.00',
      },
    ]);
  });
});
