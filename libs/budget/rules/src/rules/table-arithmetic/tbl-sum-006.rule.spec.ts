import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { tblSum006 } from './tbl-sum-006.rule';

describe('TBL-SUM-006 “三公”经费表各项相加等于合计', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(tblSum006, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: “三公”经费表“公务用车购置及运维费”留空，其下运行维护费为30.00（邯郸2022年原表即如此）。', () => {
    expect(findingsOf(tblSum006, RULE_EXAMPLES['TBL-SUM-006'].document())).toEqual([
      {
        ruleId: 'TBL-SUM-006',
        severity: 'error',
        message:
          '「部门预算财政拨款“三公”经费支出表」「二、公务用车购置及运维费」行「一般公共预算财政拨款」栏为空白，公务用车购置费、公务用车运行维护费合计为30.00，两者不符。',
        location: {
          table: 'threePublicExpenditure',
          row: 'vehicles',
          column: 'generalPublicBudget',
          path: '/tables/8/rows/3/amounts/generalPublicBudget',
        },
        expected: '30.00',
        actual: '空白',
      },
      {
        ruleId: 'TBL-SUM-006',
        severity: 'error',
        message:
          '「部门预算财政拨款“三公”经费支出表」「二、公务用车购置及运维费」行「合计」栏为空白，公务用车购置费、公务用车运行维护费合计为30.00，两者不符。',
        location: {
          table: 'threePublicExpenditure',
          row: 'vehicles',
          column: 'total',
          path: '/tables/8/rows/3/amounts/total',
        },
        expected: '30.00',
        actual: '空白',
      },
    ]);
  });
});
