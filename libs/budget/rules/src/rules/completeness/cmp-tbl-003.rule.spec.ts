import { validHenanBudget } from '../../testing/henan-budget.mother';
import { validStandardBudget } from '../../testing/standard-budget.mother';
import { findingsOf, rowOf, tableOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { cmpTbl003 } from './cmp-tbl-003.rule';

describe('CMP-TBL-003 有数据的表不得空表列示', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(cmpTbl003, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 河南样式部门收入总体情况表未列数据，收支总表收入合计为300.0。', () => {
    expect(findingsOf(cmpTbl003, RULE_EXAMPLES['CMP-TBL-003'].document())).toEqual([
      {
        ruleId: 'CMP-TBL-003',
        severity: 'error',
        message:
          '「2020年部门收入总体情况表」未列数据，但「2020年部门收支总体情况表」「收入合计」为300.0万元，该表应列出其构成。',
        location: { table: 'incomeSummary', path: '/tables/1/rows' },
        expected: '列出300.0万元的构成',
        actual: '空表',
      },
    ]);
  });

  it('reports an empty basic-expenditure table even when it carries an empty-table note', () => {
    const document = validHenanBudget();
    const basic = tableOf(document, 'generalBudgetBasicExpenditure');
    basic.rows = [];
    basic.notes = ['注：空表列示。'];
    expect(findingsOf(cmpTbl003, document)).toEqual([
      expect.objectContaining({
        message:
          '「2020年一般公共预算基本支出情况表」未列数据，但「2020年一般公共预算支出情况表」「合计」行「基本支出·小计」栏为200.0万元，该表应列出其构成。',
        location: { table: 'generalBudgetBasicExpenditure', path: '/tables/5/rows' },
      }),
    ]);
  });

  it('falls back to 收支总表 when the general-budget table does not state basic spending', () => {
    const document = validHenanBudget();
    tableOf(document, 'generalBudgetBasicExpenditure').rows = [];
    tableOf(document, 'generalBudgetExpenditure').rows = [];
    expect(findingsOf(cmpTbl003, document).map((finding) => finding.message)).toEqual([
      '「2020年一般公共预算支出情况表」未列数据，但「2020年财政拨款收支总体情况表」「支出合计」行「支出·本年支出小计·一般公共预算·小计」栏为300.0万元，该表应列出其构成。',
      '「2020年一般公共预算基本支出情况表」未列数据，但「2020年部门收支总体情况表」「一、基本支出」行「支出·本年支出小计·一般公共预算·小计」栏为200.0万元，该表应列出其构成。',
    ]);
  });

  it('accepts an empty fund table when no fund money is shown, and reports it when there is', () => {
    const document = validStandardBudget();
    expect(findingsOf(cmpTbl003, document)).toEqual([]);
    rowOf(document, 'fiscalAppropriationSummary', 'govFundBudget', 'income').amounts['incomeAmount'] = '5.00';
    expect(findingsOf(cmpTbl003, document)).toMatchObject([
      { location: { table: 'govFundExpenditure' }, expected: '列出5.00万元的构成' },
    ]);
  });
});
