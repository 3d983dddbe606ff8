import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { tblSum005 } from './tbl-sum-005.rule';

describe('TBL-SUM-005 收入总计等于支出总计', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(tblSum005, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 收支总表“支出总计”填1001.00，收入总计为1000.00。', () => {
    expect(findingsOf(tblSum005, RULE_EXAMPLES['TBL-SUM-005'].document())).toEqual([
      {
        ruleId: 'TBL-SUM-005',
        severity: 'error',
        message: '「部门预算收支总表」收支不平衡：「收入总计」为1000.00，「支出总计」为1001.00。',
        location: {
          table: 'budgetSummary',
          row: 'expenditureTotal',
          column: 'expenditureAmount',
          path: '/tables/0/rows/11/amounts/expenditureAmount',
        },
        expected: '1000.00',
        actual: '1001.00',
      },
    ]);
  });
});
