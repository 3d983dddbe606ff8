import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { xtbExp002 } from './xtb-exp-002.rule';

describe('XTB-EXP-002 基本支出表与一般公共预算支出表一致', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(xtbExp002, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 基本支出表合计填690.00，一般公共预算支出表基本支出为700.00。', () => {
    expect(findingsOf(xtbExp002, RULE_EXAMPLES['XTB-EXP-002'].document())).toEqual([
      {
        ruleId: 'XTB-EXP-002',
        severity: 'error',
        message:
          '「部门预算一般公共预算财政拨款基本支出表」「合计」行「合计」栏为690.00，「部门预算一般公共预算财政拨款支出表」合计行「基本支出」为700.00，两表基本支出不一致。',
        location: {
          table: 'generalBudgetBasicExpenditure',
          row: 'total',
          column: 'total',
          path: '/tables/5/rows/0/amounts/total',
        },
        expected: '700.00',
        actual: '690.00',
      },
    ]);
  });
});
