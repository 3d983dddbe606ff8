import { rowOf } from '../../testing/rule-test.helpers';
import { validStandardBudget } from '../../testing/standard-budget.mother';
import { findingsOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { xtb3pb001 } from './xtb-3pb-001.rule';

describe('XTB-3PB-001 “三公”经费不小于基本支出中的对应经济科目', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(xtb3pb001, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: “三公”经费表公务接待费填8.00，基本支出表30217公务接待费为10.00（邯郸2022年：45.01对46.46）。', () => {
    expect(findingsOf(xtb3pb001, RULE_EXAMPLES['XTB-3PB-001'].document())).toEqual([
      {
        ruleId: 'XTB-3PB-001',
        severity: 'error',
        message:
          '「部门预算财政拨款“三公”经费支出表」「三、公务接待费」行「一般公共预算财政拨款」栏为8.00，小于「部门预算一般公共预算财政拨款基本支出表」中30217 公务接待费的10.00；“三公”经费包含基本支出，不应小于基本支出中的该项。',
        location: {
          table: 'threePublicExpenditure',
          row: 'reception',
          column: 'generalPublicBudget',
          path: '/tables/8/rows/6/amounts/generalPublicBudget',
        },
        expected: '≥10.00',
        actual: '8.00',
      },
    ]);
  });

  it('accepts "三公" larger than the basic economic line, because project spending counts too', () => {
    const document = validStandardBudget();
    rowOf(document, 'threePublicExpenditure', 'training').amounts = {
      total: '25.00',
      generalPublicBudget: '25.00',
    };
    expect(findingsOf(xtb3pb001, document)).toEqual([]);
  });
});
