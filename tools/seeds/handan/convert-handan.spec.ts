import {
  cellText,
  findTable,
  parseBudgetDocument,
  type BudgetDocument,
  type StandardTable,
  type TableKind,
} from '@budgetflow/budget-domain';
import { convertHandan } from './convert-handan';
import { readHandanSource } from './handan-source';
import { HandanSourceError } from './source-lines';

// Every expected value below is read from the printed disclosure, never computed from it.
const source = readHandanSource();
const doc = convertHandan(source);

const table = (kind: TableKind): StandardTable => {
  const found = findTable(doc, kind);
  if (!found) throw new Error(`no table ${kind}`);
  return found;
};

describe('convertHandan: the document as a whole', () => {
  it('produces a document parseBudgetDocument accepts', () => {
    const result = parseBudgetDocument(doc);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('gives the same JSON when converting twice', () => {
    expect(JSON.stringify(convertHandan(source))).toBe(JSON.stringify(doc));
  });

  it('survives a JSON round trip unchanged (no undefined, no non-JSON values)', () => {
    expect(JSON.parse(JSON.stringify(doc)) as BudgetDocument).toStrictEqual(doc);
  });

  it('stops instead of guessing when a correction no longer fits the source', () => {
    expect(() => convertHandan(`\n${source}`)).toThrow(HandanSourceError);
  });
});

describe('convertHandan: unit', () => {
  it('identifies 312 邯郸市公安局 in division 130400 for 2022', () => {
    expect(doc.unit).toMatchObject({ id: '130400-312', code: '312', name: '邯郸市公安局' });
    expect(doc.unit.division).toEqual({ code: '130400', name: '邯郸市' });
    expect(doc.fiscalYear).toBe(2022);
  });

  it('keeps the 16 duties with their printed numbering', () => {
    expect(doc.unit.duties).toHaveLength(16);
    expect(doc.unit.duties[9]).toBe('(十) 监督、指导全市公安机关执法活动；组织全市公安机关的行政复议工作。');
  });

  it('reads the 22 sub-units across the page break', () => {
    expect(doc.unit.subUnits).toHaveLength(22);
    expect(doc.unit.subUnits[5]).toEqual({
      name: '邯郸市公安局特警支队',
      nature: '行政',
      rank: '副处（县）级',
      fundingForm: '财政拨款',
    });
    expect(doc.unit.subUnits[6].name).toBe('邯郸市公安局公共秩序管理警察支队');
    expect(doc.unit.subUnits[21].name).toBe('邯郸市公安局森林分局漳河森林警察大队');
  });
});

describe('convertHandan: the nine tables', () => {
  it('has the nine kinds in printed order with printed titles', () => {
    expect(doc.tables.map((t) => [t.kind, t.title])).toEqual([
      ['budgetSummary', '部门预算收支总表'],
      ['incomeSummary', '部门预算收入总表'],
      ['expenditureSummary', '部门预算支出总表'],
      ['fiscalAppropriationSummary', '部门预算财政拨款收支总表'],
      ['generalBudgetExpenditure', '部门预算一般公共预算财政拨款支出表'],
      ['generalBudgetBasicExpenditure', '部门预算一般公共预算财政拨款基本支出表'],
      ['govFundExpenditure', '部门预算政府基金预算财政拨款支出表'],
      ['stateCapitalExpenditure', '部门预算国有资本经营预算财政拨款支出表'],
      ['threePublicExpenditure', '部门预算财政拨款“三公”经费支出表'],
    ]);
  });

  it('stores every printed row (both sides of the two-sided tables)', () => {
    const sides = (kind: TableKind) =>
      ['income', 'expenditure'].map((s) => table(kind).rows.filter((r) => r.side === s).length);
    // 收支总表: income lines 一…九 + 3 totals; expenditure 序号 1–33.
    expect(sides('budgetSummary')).toEqual([12, 33]);
    // 财政拨款收支总表: income 一…三, 本年收入合计, 年初结转 with 一…三, 收入总计; expenditure 序号 1–33.
    expect(sides('fiscalAppropriationSummary')).toEqual([9, 33]);
    expect(table('incomeSummary').rows).toHaveLength(19);
    expect(table('expenditureSummary').rows).toHaveLength(19);
    expect(table('generalBudgetExpenditure').rows).toHaveLength(19);
    expect(table('generalBudgetBasicExpenditure').rows).toHaveLength(39);
    expect(table('threePublicExpenditure').rows).toHaveLength(9);
  });

  it('keeps the printed totals of 收支总表', () => {
    const t = table('budgetSummary');
    expect(cellText(t, { line: 'incomeTotal' }, 'incomeAmount')).toBe('46003.87');
    expect(cellText(t, { line: 'incomeThisYear' }, 'incomeAmount')).toBe('46003.87');
    expect(cellText(t, { line: 'generalPublicBudget' }, 'incomeAmount')).toBe('46003.87');
    expect(cellText(t, { line: 'expenditureTotal' }, 'expenditureAmount')).toBe('46003.87');
    expect(cellText(t, { code: '204' }, 'expenditureAmount')).toBe('39332.58');
    expect(cellText(t, { code: '221' }, 'expenditureAmount')).toBe('1370.29');
    expect(cellText(t, { line: 'priorYearCarryover' }, 'incomeAmount')).toBeUndefined();
  });

  it('reads the rows that continue after a page break (收入总表 序号 15–19, 支出总表 19)', () => {
    expect(table('incomeSummary').rows[14]).toEqual({
      code: '2101101',
      name: '行政单位医疗',
      amounts: { total: '2014.86', currentYear: '2014.86', fiscalAppropriation: '2014.86' },
    });
    expect(table('expenditureSummary').rows[18]).toEqual({
      code: '2210201',
      name: '住房公积金',
      amounts: { total: '1370.29', basic: '1370.29' },
    });
  });

  it('keeps 支出总表 合计 = 基本 27965.56 + 项目 18038.31 as printed, blanks absent, 18.00 kept', () => {
    const t = table('expenditureSummary');
    expect(t.rows[0]).toEqual({
      line: 'total',
      name: '合计',
      amounts: { total: '46003.87', basic: '27965.56', project: '18038.31' },
    });
    expect(cellText(t, { code: '2040201' }, 'project')).toBe('18.00');
    expect(t.rows.find((r) => r.code === '2040219')?.amounts).toEqual({
      total: '5549.48',
      project: '5549.48',
    });
  });

  it('keeps 财政拨款收支总表 年初结转 parts as their own lines', () => {
    const lines = table('fiscalAppropriationSummary')
      .rows.map((r) => r.line)
      .filter(Boolean);
    expect(lines).toContain('priorYearFiscalCarryover.generalPublicBudget');
    expect(
      cellText(table('fiscalAppropriationSummary'), { line: 'expenditureTotal' }, 'generalPublicBudget'),
    ).toBe('46003.87');
  });

  it('keeps the basic table totals 27965.56 / 23213.95 / 4751.61', () => {
    const t = table('generalBudgetBasicExpenditure');
    expect(t.rows[0].amounts).toEqual({ total: '27965.56', personnel: '23213.95', public: '4751.61' });
    expect(t.rows[19]).toEqual({
      code: '30208',
      name: '取暖费',
      amounts: { total: '142.91', public: '142.91' },
    });
    expect(cellText(t, { code: '30231' }, 'public')).toBe('688.05');
  });

  it('keeps the "三公" table as printed: 816.97, 小计 726.08, blank 公务用车购置及运维费', () => {
    const t = table('threePublicExpenditure');
    const total = (line: string) => cellText(t, { line }, 'total');
    expect(total('total')).toBe('816.97');
    expect(total('threePublicSubtotal')).toBe('726.08');
    expect(total('overseas')).toBeUndefined();
    expect(total('vehicles')).toBeUndefined();
    expect(total('vehicles.operation')).toBe('681.07');
    expect(total('reception')).toBe('45.01');
    expect(total('meetings')).toBe('35.03');
    expect(total('training')).toBe('55.86');
  });

  it('stores the empty tables with their 空表列示 notes', () => {
    expect(table('govFundExpenditure')).toMatchObject({
      rows: [],
      notes: ['注：无政府基金预算财政拨款预算，空表列示。'],
    });
    expect(table('stateCapitalExpenditure')).toMatchObject({
      rows: [],
      notes: ['注：无国有资本经营预算财政拨款预算，空表列示。'],
    });
  });
});

describe('convertHandan: procurement and assets', () => {
  it('keeps both empty tables with their notes and 截止时间', () => {
    expect(doc.procurement).toEqual({
      title: '部门政府采购预算',
      unitOfMeasure: '万元',
      rows: [],
      notes: [
        '注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。涉密采购事项按照相关规定执行。',
        '注：无政府采购预算，空表列示。',
      ],
    });
    expect(doc.assets).toEqual({
      title: '部门固定资产占用情况表',
      asOf: '2021-12-31',
      unitOfMeasure: '万元',
      rows: [],
      notes: ['注：无固定资产占用情况，空表列示。'],
    });
  });
});
