import { validHenanBudget } from '../../testing/henan-budget.mother';
import { findingsOf, tableOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { cmpTbl002 } from './cmp-tbl-002.rule';

describe('CMP-TBL-002 空表附有说明', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(cmpTbl002, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 政府性基金预算财政拨款支出表为空表，未注明原因（济源2020年四张空表均如此）。', () => {
    expect(findingsOf(cmpTbl002, RULE_EXAMPLES['CMP-TBL-002'].document())).toEqual([
      {
        ruleId: 'CMP-TBL-002',
        severity: 'warning',
        message: '「部门预算政府基金预算财政拨款支出表」为空表，但未注明原因（如“注：无…，空表列示。”）。',
        location: {
          table: 'govFundExpenditure',
          path: '/tables/6/notes',
        },
        expected: '空表说明',
        actual: '无',
      },
    ]);
  });

  it('leaves a table other tables say must hold amounts to CMP-TBL-003 (济源2020年收入总表)', () => {
    const document = validHenanBudget();
    const income = tableOf(document, 'incomeSummary');
    income.rows = [];
    income.notes = [];
    expect(findingsOf(cmpTbl002, document)).toEqual([]);
  });

  it('still asks for the note on a fund table when no fund money is shown (济源2020年政府性基金表)', () => {
    const document = validHenanBudget();
    tableOf(document, 'govFundExpenditure').notes = [];
    expect(findingsOf(cmpTbl002, document)).toMatchObject([
      { location: { table: 'govFundExpenditure', path: '/tables/6/notes' } },
    ]);
  });
});
