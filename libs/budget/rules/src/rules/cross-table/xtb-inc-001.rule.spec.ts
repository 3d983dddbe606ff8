import { withTwoUnits } from '../../testing/multi-unit.mother';
import { validStandardBudget } from '../../testing/standard-budget.mother';
import { findingsOf, tableOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { xtbInc001 } from './xtb-inc-001.rule';

describe('XTB-INC-001 收入总表与支出总表按科目一致', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(xtbInc001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 收入总表2040220执法办案合计填270.00，支出总表为280.00。', () => {
    expect(findingsOf(xtbInc001, RULE_EXAMPLES['XTB-INC-001'].document())).toEqual([
      {
        ruleId: 'XTB-INC-001',
        severity: 'warning',
        message:
          '「部门预算收入总表」「2040220 执法办案」行「合计」栏为270.00，「部门预算支出总表」同一科目合计为280.00，收入与支出按科目不一致。',
        location: {
          table: 'incomeSummary',
          code: '2040220',
          column: 'total',
          path: '/tables/1/rows/4/amounts/total',
        },
        expected: '280.00',
        actual: '270.00',
      },
    ]);
  });
});

describe('XTB-INC-001 on tables printed per 所属单位', () => {
  const twoUnits = () => withTwoUnits(validStandardBudget(), ['incomeSummary', 'expenditureSummary']);

  it('compares each unit’s total with the same unit’s total', () => {
    expect(findingsOf(xtbInc001, twoUnits())).toEqual([]);
  });

  it('reports a unit total that differs from that unit’s expenditure total', () => {
    const document = twoUnits();
    const unit = tableOf(document, 'incomeSummary').rows.find(
      (row) => row.line === 'unitTotal' && row.unitCode === '002',
    )!;
    unit.amounts['total'] = '1999.00';
    expect(findingsOf(xtbInc001, document)).toMatchObject([
      {
        location: { table: 'incomeSummary', row: 'unitTotal', path: '/tables/1/rows/12/amounts/total' },
        expected: '2000.00',
        actual: '1999.00',
      },
    ]);
  });
});
