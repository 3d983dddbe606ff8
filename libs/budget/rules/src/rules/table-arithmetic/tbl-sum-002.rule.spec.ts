import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { tblSum002 } from './tbl-sum-002.rule';

describe('TBL-SUM-002 上级科目等于下级科目之和', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(tblSum002, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 项级科目2040220执法办案改为281.00，款级20402公安仍为800.00。', () => {
    expect(findingsOf(tblSum002, RULE_EXAMPLES['TBL-SUM-002'].document())).toEqual([
      {
        ruleId: 'TBL-SUM-002',
        severity: 'error',
        message:
          '「部门预算支出总表」「20402 公安」行「项目支出」栏为300.00，其下级科目合计为301.00，两者不符。',
        location: {
          table: 'expenditureSummary',
          code: '20402',
          column: 'project',
          path: '/tables/2/rows/2/amounts/project',
        },
        expected: '301.00',
        actual: '300.00',
      },
      {
        ruleId: 'TBL-SUM-002',
        severity: 'error',
        message: '「部门预算支出总表」「20402 公安」行「合计」栏为800.00，其下级科目合计为801.00，两者不符。',
        location: {
          table: 'expenditureSummary',
          code: '20402',
          column: 'total',
          path: '/tables/2/rows/2/amounts/total',
        },
        expected: '801.00',
        actual: '800.00',
      },
    ]);
  });
});
