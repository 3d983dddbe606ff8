import { handan2022Document } from './fixtures/handan-2022.fixture';
import { TABLE_LAYOUT_DEFINITIONS } from './standard-table.columns';
import {
  cellAmount,
  cellPointer,
  cellText,
  findTable,
  isEmptyTable,
  missingStandardTables,
  STANDARD_TABLES,
  tableColumns,
} from './standard-table.helpers';
import { TABLE_KINDS, TABLE_LAYOUTS } from './standard-table.kinds';
import { FIGURE_KEY_DEFINITIONS } from './narrative-figure.vocabulary';
import { lineDefinition } from './standard-table.lines';

describe('standard table helpers', () => {
  const document = handan2022Document();

  it('lists the nine standard tables in publication order', () => {
    expect(STANDARD_TABLES.map((table) => [table.number, table.title])).toEqual([
      [1, '部门预算收支总表'],
      [2, '部门预算收入总表'],
      [3, '部门预算支出总表'],
      [4, '部门预算财政拨款收支总表'],
      [5, '一般公共预算财政拨款支出表'],
      [6, '一般公共预算财政拨款基本支出表'],
      [7, '政府性基金预算财政拨款支出表'],
      [8, '国有资本经营预算财政拨款支出表'],
      [9, '财政拨款“三公”经费支出表'],
    ]);
  });

  it('addresses a cell by table, code and column', () => {
    const table = findTable(document, 'expenditureSummary')!;
    expect(cellText(table, { code: '2040220' }, 'basic')).toBe('1837.36');
    expect(cellAmount(table, { code: '2040220' }, 'project')?.toString()).toBe('12470.83');
    expect(cellPointer(document, 'expenditureSummary', { code: '2040220' }, 'basic')).toBe(
      '/tables/2/rows/5/amounts/basic',
    );
  });

  it('addresses a cell by named line and side', () => {
    const table = findTable(document, 'budgetSummary')!;
    expect(cellText(table, { line: 'incomeTotal', side: 'income' }, 'incomeAmount')).toBe('46003.87');
    expect(cellText(table, { code: '204' }, 'expenditureAmount')).toBe('39332.58');
  });

  it('treats a blank cell as absent, not zero', () => {
    const table = findTable(document, 'expenditureSummary')!;
    expect(cellAmount(table, { code: '2040219' }, 'basic')).toBeUndefined();
  });

  it('knows an empty table and the standard tables a document lacks', () => {
    expect(isEmptyTable(findTable(document, 'govFundExpenditure')!)).toBe(true);
    expect(missingStandardTables(document)).toEqual([]);
    expect(missingStandardTables({ ...document, tables: [] })).toHaveLength(9);
  });

  it('gives columns in 栏次 order, per side', () => {
    const table = findTable(document, 'fiscalAppropriationSummary')!;
    expect(tableColumns(table, 'expenditure').map((column) => [column.order, column.label])).toEqual([
      [4, '支出·合计'],
      [5, '支出·一般公共预算财政拨款'],
      [6, '支出·政府性基金预算财政拨款'],
      [7, '支出·国有资本经营预算财政拨款'],
    ]);
  });

  it('declares unique column keys for every kind and layout', () => {
    for (const kind of TABLE_KINDS) {
      for (const layout of TABLE_LAYOUTS) {
        const keys = TABLE_LAYOUT_DEFINITIONS[kind][layout].columns.map((column) => column.key);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });

  it('points every figure key with a table cell at a declared line and column', () => {
    for (const figure of FIGURE_KEY_DEFINITIONS) {
      if (!('cell' in figure) || !figure.cell) continue;
      const { table, line, column } = figure.cell;
      expect(lineDefinition(table, line)).toBeDefined();
      expect(TABLE_LAYOUT_DEFINITIONS[table].standard.columns.map((c) => c.key)).toContain(column);
    }
  });
});
