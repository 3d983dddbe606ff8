import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { tblSum003 } from './tbl-sum-003.rule';

describe('TBL-SUM-003 每行合计等于各组成栏之和', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(tblSum003, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 基本支出表30101基本工资“合计”填401.00，人员经费为400.00。', () => {
    expect(findingsOf(tblSum003, RULE_EXAMPLES['TBL-SUM-003'].document())).toEqual([
      {
        ruleId: 'TBL-SUM-003',
        severity: 'error',
        message:
          '「部门预算一般公共预算财政拨款基本支出表」「30101 基本工资」行「合计」栏为401.00，「人员经费」、「公用经费」各栏合计为400.00，两者不符。',
        location: {
          table: 'generalBudgetBasicExpenditure',
          code: '30101',
          column: 'total',
          path: '/tables/5/rows/2/amounts/total',
        },
        expected: '400.00',
        actual: '401.00',
      },
    ]);
  });
});
