import { validStandardBudget } from '../../testing/standard-budget.mother';
import { findingsOf, rowOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { narFig001 } from './nar-fig-001.rule';

describe('NAR-FIG-001 情况说明数字与报表一致', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(narFig001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 情况说明称“三公”经费50.00万元，“三公”经费表小计为40.00（邯郸2022年：906.49对726.08）。', () => {
    expect(findingsOf(narFig001, RULE_EXAMPLES['NAR-FIG-001'].document())).toEqual([
      {
        ruleId: 'NAR-FIG-001',
        severity: 'error',
        message:
          '情况说明「四、财政拨款“三公”经费预算情况及增减变化原因」称““三公”经费预算安排50.00万元”，「部门预算财政拨款“三公”经费支出表」「“三公”经费小计」行「合计」栏为40.00，两者不符。',
        location: {
          table: 'threePublicExpenditure',
          row: 'threePublicSubtotal',
          column: 'total',
          path: '/narrative/sections/6/figures/0/amount',
        },
        expected: '40.00',
        actual: '50.00',
      },
    ]);
  });

  it('does not compare a figure stated in another unit', () => {
    const document = validStandardBudget();
    const figure = document
      .narrative!.sections.flatMap((s) => s.figures)
      .find((f) => f.key === 'expenditure.project')!;
    figure.amount = '3000000';
    figure.unit = '元';
    expect(findingsOf(narFig001, document)).toEqual([]);
  });

  it('says a blank cell is blank and expects no value from it (邯郸2022年“三公”表第二行)', () => {
    const document = validStandardBudget();
    rowOf(document, 'threePublicExpenditure', 'vehicles').amounts = {};
    expect(findingsOf(narFig001, document)).toEqual([
      {
        ruleId: 'NAR-FIG-001',
        severity: 'error',
        message:
          '情况说明「四、财政拨款“三公”经费预算情况及增减变化原因」称“公务用车购置及运维费30.00万元”，「部门预算财政拨款“三公”经费支出表」「二、公务用车购置及运维费」行「合计」栏为空白，两者不符。',
        location: {
          table: 'threePublicExpenditure',
          row: 'vehicles',
          column: 'total',
          path: '/narrative/sections/6/figures/2/amount',
        },
        actual: '30.00',
      },
    ]);
  });
});
