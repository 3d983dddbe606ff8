import { findingsOf, rowOf } from '../../testing/rule-test.helpers';
import { RULE_EXAMPLES } from '../../testing/rule-examples';
import { VALID_DOCUMENTS } from '../../testing/valid-documents';
import { narFig008 } from './nar-fig-008.rule';

describe('NAR-FIG-008 设备购置支出与拟购置资产、政府采购预算相符', () => {
  it.each(VALID_DOCUMENTS)('stays silent on a %s', (_name, build) => {
    expect(findingsOf(narFig008, build())).toEqual([]);
  });

  it('reports it, at the exact place, when: 基本支出表安排31002办公设备购置10.00万元，情况说明称拟购置固定资产、政府采购预算为0。', () => {
    expect(findingsOf(narFig008, RULE_EXAMPLES['NAR-FIG-008'].document())).toEqual([
      {
        ruleId: 'NAR-FIG-008',
        severity: 'warning',
        message:
          '情况说明「六、政府采购预算情况」称“安排政府采购预算0.00万元”，但「部门预算一般公共预算财政拨款基本支出表」安排设备购置支出10.00万元（31002 办公设备购置10.00），政府采购预算不应少于此数。',
        location: { table: 'generalBudgetBasicExpenditure', path: '/narrative/sections/8/figures/0/amount' },
        expected: '≥10.00',
        actual: '0.00',
      },
      {
        ruleId: 'NAR-FIG-008',
        severity: 'warning',
        message:
          '情况说明「七、国有资产信息」称“本年度拟购置固定资产总额为0.00万元”，但「部门预算一般公共预算财政拨款基本支出表」安排设备购置支出10.00万元（31002 办公设备购置10.00），本年度拟购置固定资产总额不应少于此数。',
        location: { table: 'generalBudgetBasicExpenditure', path: '/narrative/sections/9/figures/1/amount' },
        expected: '≥10.00',
        actual: '0.00',
      },
    ]);
  });

  it('accepts statements that cover the equipment purchases', () => {
    const document = RULE_EXAMPLES['NAR-FIG-008'].document();
    for (const section of document.narrative!.sections)
      for (const figure of section.figures)
        if (figure.key === 'assets.plannedPurchase' || figure.key === 'procurement.total')
          figure.amount = '12.00';
    expect(findingsOf(narFig008, document)).toEqual([]);
  });

  it('says nothing when the narrative states neither figure', () => {
    const document = RULE_EXAMPLES['NAR-FIG-008'].document();
    for (const section of document.narrative!.sections)
      section.figures = section.figures.filter(
        (figure) => figure.key !== 'assets.plannedPurchase' && figure.key !== 'procurement.total',
      );
    expect(findingsOf(narFig008, document)).toEqual([]);
  });

  it('adds up every equipment line it covers', () => {
    const document = RULE_EXAMPLES['NAR-FIG-008'].document();
    rowOf(document, 'generalBudgetBasicExpenditure', '310').amounts = { total: '15.00', public: '15.00' };
    document.tables
      .find((table) => table.kind === 'generalBudgetBasicExpenditure')!
      .rows.push({ code: '31013', name: '公务用车购置', amounts: { total: '5.00', public: '5.00' } });
    expect(findingsOf(narFig008, document).map((finding) => finding.expected)).toEqual(['≥15.00', '≥15.00']);
  });
});
