import { buildDisclosure } from '../../model/build-disclosure';
import { FORMULA, hostileHandan, loadSeed } from '../../testing/seed-documents';
import { buildDataPackage, renderJson } from './render-json';
import { renderCsv } from './render-csv';

const options = { generatedAt: '2022-02-10T08:00:00.000Z' };
const model = buildDisclosure(loadSeed('handan-psb-2022'), options);

describe('renderJson', () => {
  const descriptor = JSON.parse(renderJson(model)) as ReturnType<typeof buildDataPackage>;

  it('describes the budget as a Fiscal Data Package: approved phase, CNY, 万元, one resource per table', () => {
    expect(descriptor).toMatchObject({
      profile: 'fiscal-data-package',
      name: '130400-312-2022-department-budget',
      phase: 'approved',
      currency: 'CNY',
      unit: '万元',
      fiscalPeriod: { start: '2022-01-01', end: '2022-12-31' },
      created: '2022-02-10T08:00:00.000Z',
    });
    expect(descriptor.resources.map((resource) => resource.name)).toEqual([
      'budget-summary',
      'income-summary',
      'expenditure-summary',
      'fiscal-appropriation-summary',
      'general-budget-expenditure',
      'general-budget-basic-expenditure',
      'gov-fund-expenditure',
      'state-capital-expenditure',
      'three-public-expenditure',
    ]);
  });

  it('types classification fields and keeps amounts as exact decimal strings', () => {
    const basic = descriptor.resources.find(
      (resource) => resource.name === 'general-budget-basic-expenditure',
    )!;
    expect(basic.classification).toBe('economic');
    expect(basic.schema.fields.find((field) => field.name === 'code')).toMatchObject({
      columnType: 'economic-classification:generic:code',
    });
    expect(basic.schema.fields.find((field) => field.name === 'personnel')).toMatchObject({
      type: 'number',
      phase: 'approved',
      currency: 'CNY',
      unit: '万元',
      order: 4,
    });
    expect(basic.data[0]).toEqual({
      seq: 1,
      line: 'total',
      name: '合计',
      total: '27965.56',
      personnel: '23213.95',
      public: '4751.61',
    });
    const functional = descriptor.resources.find((resource) => resource.name === 'expenditure-summary')!;
    expect(functional.classification).toBe('functional');
    expect(descriptor.performanceTargets).toHaveLength(55);
  });

  it('escapes markup characters so the JSON is inert even inside a page', () => {
    const json = renderJson(buildDisclosure(hostileHandan(), options));
    expect(json).not.toMatch(/[<>]/);
    expect(json).toContain('\\u003cscript\\u003e');
    expect(renderJson(model)).toBe(renderJson(model));
  });
});

describe('renderCsv', () => {
  const csv = renderCsv(model);
  const lines = csv.slice(1).trimEnd().split('\r\n');

  it('is UTF-8 with a BOM and one row per amount cell', () => {
    expect(csv.startsWith('\uFEFFtable,code,name,column,amount,')).toBe(true);
    expect(lines).toContain(
      'incomeSummary,204,公共安全支出,fiscalAppropriation,39332.58,2,,,本年收入·财政拨款收入',
    );
    expect(lines).toContain(
      'budgetSummary,,本年收入合计,incomeAmount,46003.87,31,incomeThisYear,income,收入·预算数',
    );
    const cells = model.budgetPart.tables.reduce(
      (sum, table) => sum + table.records.reduce((n, record) => n + Object.keys(record.amounts).length, 0),
      0,
    );
    expect(lines).toHaveLength(1 + cells);
  });

  it('defuses a text cell that a spreadsheet would run as a formula', () => {
    const hostile = renderCsv(buildDisclosure(hostileHandan(), options));
    expect(hostile).toContain(`"'${FORMULA.replace(/"/g, '""')}"`);
    expect(hostile).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
