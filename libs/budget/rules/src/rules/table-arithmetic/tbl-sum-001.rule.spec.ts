import { validHenanBudget } from '../../testing/henan-budget.mother';
import { findingsOf, rowOf } from '../../testing/rule-test.helpers';
import { validStandardBudget } from '../../testing/standard-budget.mother';
import { tblSum001 } from './tbl-sum-001.rule';

describe('TBL-SUM-001 合计行等于各科目之和', () => {
  it('stays silent when every total adds up', () => {
    expect(findingsOf(tblSum001, validStandardBudget())).toEqual([]);
    expect(findingsOf(tblSum001, validHenanBudget())).toEqual([]);
  });

  it('reports a 合计 cell that differs from the sum of the 类 rows, at that cell', () => {
    const document = validStandardBudget();
    rowOf(document, 'expenditureSummary', 'total').amounts['basic'] = '699.00';
    expect(findingsOf(tblSum001, document)).toEqual([
      {
        ruleId: 'TBL-SUM-001',
        severity: 'error',
        message: '「部门预算支出总表」「合计」行「基本支出」栏为699.00，各类科目合计为700.00，两者不符。',
        location: {
          table: 'expenditureSummary',
          row: 'total',
          column: 'basic',
          path: '/tables/2/rows/0/amounts/basic',
        },
        expected: '700.00',
        actual: '699.00',
      },
    ]);
  });

  it('reports a blank 合计 cell over non-zero rows as 空白', () => {
    const document = validStandardBudget();
    delete rowOf(document, 'generalBudgetBasicExpenditure', 'total').amounts['public'];
    expect(findingsOf(tblSum001, document)).toMatchObject([{ expected: '100.00', actual: '空白' }]);
  });

  it('checks a Henan unit row against its rows and 合计 against the unit rows', () => {
    const document = validHenanBudget();
    rowOf(document, 'generalBudgetExpenditure', 'unitTotal').amounts['total'] = '301.0';
    const findings = findingsOf(tblSum001, document);
    expect(findings.map((finding) => [finding.location.row, finding.expected, finding.actual])).toEqual([
      ['total', '301.0', '300.0'],
      ['unitTotal', '300.0', '301.0'],
    ]);
  });

  it('accepts a difference within the configured tolerance', () => {
    const document = validStandardBudget();
    rowOf(document, 'expenditureSummary', 'total').amounts['basic'] = '700.01';
    expect(findingsOf(tblSum001, document, { amountTolerance: '0.01' })).toEqual([]);
    expect(findingsOf(tblSum001, document)).toHaveLength(1);
  });
});
