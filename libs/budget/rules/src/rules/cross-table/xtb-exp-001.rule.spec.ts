import { rowOf } from '../../testing/rule-test.helpers';
import { validStandardBudget } from '../../testing/standard-budget.mother';
import { withTwoUnits } from '../../testing/multi-unit.mother';
import { findingsOf, tableOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { xtbExp001 } from './xtb-exp-001.rule';

describe('XTB-EXP-001 一般公共预算支出表与部门支出总表一致', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(xtbExp001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 只有一般公共预算拨款的部门，一般公共预算支出表2040201行政运行基本支出填499.00，支出总表为500.00。', () => {
    expect(findingsOf(xtbExp001, RULE_EXAMPLES['XTB-EXP-001'].document())).toEqual([
      {
        ruleId: 'XTB-EXP-001',
        severity: 'error',
        message:
          '「部门预算一般公共预算财政拨款支出表」「2040201 行政运行」行「基本支出」栏为499.00，「部门预算支出总表」同一栏为500.00；部门只有一般公共预算拨款，两表应一致。',
        location: {
          table: 'generalBudgetExpenditure',
          code: '2040201',
          column: 'basic',
          path: '/tables/4/rows/3/amounts/basic',
        },
        expected: '500.00',
        actual: '499.00',
      },
    ]);
  });

  describe('when the department also has other money (上年结转)', () => {
    const withCarryover = () => {
      const document = validStandardBudget();
      rowOf(document, 'budgetSummary', 'priorYearCarryover', 'income').amounts['incomeAmount'] = '10.00';
      const row = rowOf(document, 'expenditureSummary', '2040220');
      row.amounts['total'] = '290.00';
      row.amounts['project'] = '290.00';
      return document;
    };

    it('accepts a 支出总表 row larger than the general-budget row', () => {
      expect(findingsOf(xtbExp001, withCarryover())).toEqual([]);
    });

    it('still reports a general-budget row larger than the 支出总表 row', () => {
      const document = withCarryover();
      rowOf(document, 'generalBudgetExpenditure', '2040201').amounts['basic'] = '510.00';
      expect(findingsOf(xtbExp001, document)).toMatchObject([
        { location: { code: '2040201', column: 'basic' }, expected: '≤500.00', actual: '510.00' },
      ]);
    });
  });
});

describe('XTB-EXP-001 on tables printed per 所属单位', () => {
  const twoUnits = () =>
    withTwoUnits(validStandardBudget(), ['expenditureSummary', 'generalBudgetExpenditure']);

  it('compares each unit’s total with the same unit’s total', () => {
    expect(findingsOf(xtbExp001, twoUnits())).toEqual([]);
  });

  it('reports a unit total that differs from that unit’s total in 支出总表', () => {
    const document = twoUnits();
    const unit = tableOf(document, 'generalBudgetExpenditure').rows.find(
      (row) => row.line === 'unitTotal' && row.unitCode === '002',
    )!;
    unit.amounts['basic'] = '1399.00';
    expect(findingsOf(xtbExp001, document)).toMatchObject([
      {
        location: { table: 'generalBudgetExpenditure', row: 'unitTotal', column: 'basic' },
        expected: '1400.00',
        actual: '1399.00',
      },
    ]);
  });
});
