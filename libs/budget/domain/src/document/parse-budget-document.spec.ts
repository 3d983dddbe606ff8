import type { BudgetDocument } from './budget-document.schema';
import { handan2022Document } from './fixtures/handan-2022.fixture';
import { jiyuan2020Document } from './fixtures/jiyuan-2020.fixture';
import { julu2024Document } from './fixtures/julu-2024.fixture';
import { parseBudgetDocument } from './parse-budget-document';

const REMOVE = Symbol('remove');

/** A JSON copy of the document with the values at the given JSON Pointers replaced (or removed). */
const edited = (document: BudgetDocument, ...edits: [pointer: string, value: unknown][]): unknown => {
  const copy = JSON.parse(JSON.stringify(document)) as unknown;
  for (const [pointer, value] of edits) {
    const keys = pointer.split('/').slice(1);
    const last = keys.pop() ?? '';
    const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], copy) as Record<
      string,
      unknown
    >;
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  return copy;
};

const errorPaths = (input: unknown): string[] => {
  const result = parseBudgetDocument(input);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors.map((error) => error.path);
};

describe('parseBudgetDocument', () => {
  it.each([
    ['Handan 2022 (standard layout, narrative, classified project, empty tables)', handan2022Document],
    ['Jiyuan 2020 (Henan layout, department target table, project details)', jiyuan2020Document],
    ['Julu 2024 (performance targets only, project codes and spend plan)', julu2024Document],
  ])('accepts %s', (_name, build) => {
    const result = parseBudgetDocument(build());
    expect(result).toEqual({ ok: true, document: build() });
  });

  it('gives back a deep-equal document after a JSON round trip', () => {
    const original = handan2022Document();
    const result = parseBudgetDocument(JSON.parse(JSON.stringify(original)));
    expect(result.ok && result.document).toEqual(original);
  });

  it('keeps an empty table with its note', () => {
    const result = parseBudgetDocument(edited(handan2022Document()));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const govFund = result.document.tables.find((table) => table.kind === 'govFundExpenditure');
    expect(govFund?.rows).toEqual([]);
    expect(govFund?.notes).toEqual(['注：无政府基金预算财政拨款预算，空表列示。']);
  });

  it('rejects an amount written as a JSON number, at the cell', () => {
    const input = edited(handan2022Document(), ['/tables/2/rows/5/amounts/basic', 1837.36]);
    expect(errorPaths(input)).toEqual(['/tables/2/rows/5/amounts/basic']);
  });

  it('rejects an amount with a thousands separator, at the cell', () => {
    const input = edited(jiyuan2020Document(), ['/tables/0/rows/0/amounts/incomeAmount', '24,979.8']);
    expect(errorPaths(input)).toEqual(['/tables/0/rows/0/amounts/incomeAmount']);
  });

  it('rejects an unknown property, at the property', () => {
    const input = edited(handan2022Document(), [
      '/performance/projects/0/indicators/0/groups/0/indicators/0/weight',
      '10',
    ]);
    expect(errorPaths(input)).toEqual(['/performance/projects/0/indicators/0/groups/0/indicators/0/weight']);
  });

  it('rejects a malformed classification code', () => {
    const input = edited(handan2022Document(), ['/tables/1/rows/2/code', '2101']);
    expect(errorPaths(input)).toEqual(['/tables/1/rows/2/code']);
  });

  it('rejects a functional code in the economic-class basic expenditure table', () => {
    const input = edited(handan2022Document(), ['/tables/5/rows/1/code', '2040201']);
    expect(errorPaths(input)).toEqual(['/tables/5/rows/1/code']);
  });

  it('rejects a missing required field', () => {
    const input = edited(handan2022Document(), ['/unit/name', REMOVE]);
    expect(errorPaths(input)).toEqual(['/unit/name']);
  });

  it('rejects a bad division code and a fiscal year that is not four digits', () => {
    const input = edited(handan2022Document(), ['/unit/division/code', '1304'], ['/fiscalYear', 22]);
    expect(errorPaths(input)).toEqual(expect.arrayContaining(['/unit/division/code', '/fiscalYear']));
  });

  it('rejects a unit id that does not match its division and code', () => {
    const input = edited(handan2022Document(), ['/unit/id', '130529-312']);
    expect(errorPaths(input)).toEqual(['/unit/id']);
  });

  it('rejects a column the table kind does not have in its layout', () => {
    // 支出总表 (standard) has no Henan basicWages column.
    const input = edited(handan2022Document(), ['/tables/2/rows/3/amounts/basicWages', '100.00']);
    expect(errorPaths(input)).toEqual(['/tables/2/rows/3/amounts/basicWages']);
  });

  it('rejects an unknown line and a line on the wrong side of a two-sided table', () => {
    const input = edited(
      handan2022Document(),
      ['/tables/0/rows/0/line', 'grandTotal'],
      ['/tables/0/rows/7/side', 'expenditure'],
    );
    expect(errorPaths(input)).toEqual([
      '/tables/0/rows/0/line',
      '/tables/0/rows/7/line',
      '/tables/0/rows/7/amounts/incomeAmount',
    ]);
  });

  it('rejects a row with both a code and a line', () => {
    const input = edited(handan2022Document(), ['/tables/1/rows/0/code', '210']);
    expect(errorPaths(input)).toEqual(['/tables/1/rows/0']);
  });

  it('rejects a second table of the same kind', () => {
    const document = handan2022Document();
    const input = edited(document, ['/tables/9', document.tables[8]]);
    expect(errorPaths(input)).toEqual(['/tables/9/kind']);
  });

  it('rejects a narrative figure key outside the vocabulary', () => {
    const input = edited(handan2022Document(), ['/narrative/sections/2/figures/0/key', 'income.grandTotal']);
    expect(errorPaths(input)).toEqual(['/narrative/sections/2/figures/0/key']);
  });

  it('rejects input that is not an object at all', () => {
    expect(errorPaths('not a document')).toEqual(['']);
  });
});
