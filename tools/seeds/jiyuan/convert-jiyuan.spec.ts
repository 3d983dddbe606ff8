import { findTable, parseBudgetDocument, type BudgetDocument } from '@budgetflow/budget-domain';
import { LAYOUT_CORRECTIONS } from './corrections';
import { convertJiyuan } from './convert-jiyuan';
import { readJiyuanSource, sourceLine } from './jiyuan-source.test-helper';

/**
 * The whole 济源市公安局 2020 document. Expected values are the figures printed in the source
 * (line numbers in the test names), never sums or counts derived from the converter's output.
 */
describe('convertJiyuan', () => {
  const source = readJiyuanSource();
  const document: BudgetDocument = convertJiyuan(source);

  it('produces a document parseBudgetDocument accepts', () => {
    const result = parseBudgetDocument(document);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('gives the identical JSON when run twice', () => {
    expect(JSON.stringify(convertJiyuan(source), null, 2)).toBe(JSON.stringify(document, null, 2));
  });

  it('survives a JSON round trip unchanged (no undefined, no numbers where strings belong)', () => {
    expect(JSON.parse(JSON.stringify(document))).toStrictEqual(document);
  });

  it('fails loudly on a malformed amount or a moved correction anchor', () => {
    expect(() => convertJiyuan(source.replace('24,979.8', '24,97.98'))).toThrow(/not an amount/);
    expect(() => convertJiyuan(source.replace('------\t---', '-----\t---'))).toThrow(/line 3169/);
  });

  it('identifies unit 419001-020 济源市公安局 and the three sub-units named on the project sheets', () => {
    expect(document.fiscalYear).toBe(2020);
    expect(document.unit).toEqual({
      id: '419001-020',
      division: { code: '419001', name: '济源市' },
      code: '020',
      name: '济源市公安局',
      subUnits: [
        { code: '020001001', name: '济源市公安局' },
        { code: '020007', name: '济源市公安局特警支队' },
        { code: '020002001', name: '济源市交通管理支队' },
      ],
      duties: [],
    });
  });

  it('stores the nine printed tables in printed order, the four empty ones with no rows and no note', () => {
    expect(document.tables.map((t) => [t.kind, t.title, t.rows.length, t.notes.length])).toEqual([
      ['budgetSummary', '2020年部门收支总体情况表', 27 + 17, 0],
      ['incomeSummary', '2020年部门收入总体情况表', 0, 0],
      ['expenditureSummary', '2020年部门支出总体情况表', 12, 0],
      ['fiscalAppropriationSummary', '2020年财政拨款收支总体情况表', 20 + 30, 0],
      ['generalBudgetExpenditure', '2020年一般公共预算支出情况表', 11, 0],
      ['economicClassSummary', '2020年支出经济分类汇总表', 0, 0],
      ['generalBudgetBasicExpenditure', '2020年一般公共预算基本支出情况表', 0, 0],
      ['threePublicExpenditure', '2020年一般公共预算“三公”经费支出情况表', 6, 1],
      ['govFundExpenditure', '2020年政府性基金预算支出情况表', 0, 0],
    ]);
    expect(document.tables.every((t) => t.layout === 'henan-2020' && t.unitOfMeasure === '万元')).toBe(true);
    expect(findTable(document, 'govFundExpenditure')?.sheetLabel).toBe('预算09表');
    expect(findTable(document, 'stateCapitalExpenditure')).toBeUndefined();
  });

  it('has 70 project sheets: 51 of 济源市公安局, 1 of the 特警支队, 18 of the 交通管理支队', () => {
    const owners = document.performance?.projects.map((p) => p.owner?.code) ?? [];
    expect(owners).toHaveLength(70);
    expect(owners.filter((code) => code === '020001001')).toHaveLength(51);
    expect(owners.filter((code) => code === '020007')).toHaveLength(1);
    expect(owners.filter((code) => code === '020002001')).toHaveLength(18);
    expect(document.performance?.specialFunds).toEqual([]);
  });

  it('has 1178 printed indicator rows in 1214 二级 groups over the 70 sheets', () => {
    const projects = document.performance?.projects ?? [];
    const groups = projects.flatMap((p) => p.indicators.flatMap((c) => c.groups));
    expect(groups).toHaveLength(1214);
    expect(groups.flatMap((g) => g.indicators)).toHaveLength(1178);
    expect(
      projects.every(
        (p) => p.indicators.map((c) => c.name).join() === '投入与目标管理,产出目标,效果目标,影响力目标',
      ),
    ).toBe(true);
  });

  describe('layout corrections', () => {
    it.each(LAYOUT_CORRECTIONS.filter((c) => c.lines.length > 0).map((c) => [c.id, c] as const))(
      '%s: the anchor is still printed on its lines',
      (_, correction) => {
        for (const no of correction.lines) {
          const text = sourceLine(source, no);
          expect(correction.action === 'drop' ? text : text.includes(correction.anchor)).toBe(
            correction.action === 'drop' ? correction.anchor : true,
          );
        }
      },
    );

    it('says what was wrong and what was done for every entry, with unique ids', () => {
      expect(new Set(LAYOUT_CORRECTIONS.map((c) => c.id)).size).toBe(LAYOUT_CORRECTIONS.length);
      expect(LAYOUT_CORRECTIONS.every((c) => c.damage.length > 0 && c.repair.length > 0)).toBe(true);
    });

    it('drops the stray table-rule lines 3169 and 3178 and nothing else of their sheet', () => {
      const sheet = document.performance?.projects.find((p) => p.name === '道路交通管理专项-电子警察维护');
      expect(JSON.stringify(sheet)).not.toMatch(/---/);
      expect(sheet?.details?.basis).toBe(sourceLine(source, 3171).split('\t')[1]);
      expect(sheet?.details?.remarks).toBeUndefined();
    });
  });
});
