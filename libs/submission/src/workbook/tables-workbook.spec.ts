import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import {
  tableLayoutDefinition,
  type BudgetDocument,
  type TableKind,
  type TableLayout,
} from '@budgetflow/budget-domain';
import { readTablesWorkbook, writeTablesWorkbook, type WorkbookReading } from '.';
import { unpackedSizeProblem } from './unpacked-size';

const seed = (name: string): BudgetDocument =>
  JSON.parse(
    readFileSync(path.resolve(__dirname, '../../../../seeds', `${name}.json`), 'utf8'),
  ) as BudgetDocument;

const read = async (bytes: Buffer): Promise<Extract<WorkbookReading, { ok: true }>> => {
  const reading = await readTablesWorkbook(bytes);
  if (!reading.ok) throw new Error(JSON.stringify(reading.problems.slice(0, 5)));
  return reading;
};

/** Opens a workbook, lets `edit` change it, and returns the new bytes. */
async function edited(bytes: Buffer, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the tables workbook', () => {
  it.each(['handan-psb-2022', 'jiyuan-psb-2020'])(
    'gives back exactly the tables it was written from (%s, amounts as written, mistakes included)',
    async (name) => {
      const { tables } = seed(name);
      const reading = await read(await writeTablesWorkbook(tables));
      expect(reading.tables).toEqual(JSON.parse(JSON.stringify(tables)));
    },
  );

  it('writes the nine standard tables, empty, for a draft without tables', async () => {
    const reading = await read(await writeTablesWorkbook([]));
    expect(reading.tables.map((t) => t.kind)).toHaveLength(9);
    expect(reading.tables.every((t) => t.rows.length === 0 && t.layout === 'standard')).toBe(true);
  });

  it('reads what a person typed: numbers, amounts typed as text, 收入/支出, skipped blank rows', async () => {
    const { tables } = seed('handan-psb-2022');
    const bytes = await edited(await writeTablesWorkbook(tables), (workbook) => {
      const sheet = workbook.getWorksheet(2)!; // the first table after 填表说明
      sheet.getCell('G5').value = 123.4; // shown with the column's format below
      sheet.getCell('G5').numFmt = '0.00';
      sheet.getCell('H5').value = ' 7.10 ';
      sheet.spliceRows(6, 0, []); // a blank row in the middle
    });
    const reading = await read(bytes);
    const first = reading.tables[0];
    expect(first.rows[0].amounts).toMatchObject({ [keyOf(first, 7)]: '123.40', [keyOf(first, 8)]: '7.10' });
    expect(first.rows).toHaveLength(tables[0].rows.length);
  });

  it('names the sheet and cell of every problem', async () => {
    const { tables } = seed('handan-psb-2022');
    const bytes = await edited(await writeTablesWorkbook(tables), (workbook) => {
      const sheet = workbook.getWorksheet(2)!;
      sheet.getCell('G5').value = '1,234.5';
      sheet.getCell('H6').value = new Date('2022-01-01');
      sheet.getCell('A7').value = '借方';
      const other = workbook.getWorksheet(3)!;
      other.getCell('J3').value = 'bonus';
    });
    const reading = await readTablesWorkbook(bytes);
    expect(reading.ok).toBe(false);
    const problems = reading.ok ? [] : reading.problems;
    const first = bytesSheetName(1);
    expect(problems.map((p) => p.cell)).toEqual([
      `${first}!G5`,
      `${first}!H6`,
      `${first}!A7`,
      expect.stringMatching(/!J3$/),
    ]);
    expect(problems[0].message).toContain('"1,234.5" is not an amount');
    expect(problems[2].message).toContain('neither 收入 nor 支出');
    expect(problems[3].message).toContain('"bonus" is not a column');
  });

  it('refuses a sheet that goes on far beyond any table, without reading it all', async () => {
    const bytes = await edited(await writeTablesWorkbook([]), (workbook) => {
      workbook.getWorksheet(2)!.getCell('A200000').value = 'x';
    });
    const reading = await readTablesWorkbook(bytes);
    expect(reading.ok ? [] : reading.problems).toEqual([
      {
        cell: expect.stringMatching(/!A6006$/) as unknown,
        message: expect.stringContaining('row 200000') as unknown,
      },
    ]);
  });

  it('refuses a file that is not a workbook, or has no table sheet', async () => {
    const garbage = await readTablesWorkbook(Buffer.from('not a zip'));
    expect(garbage).toEqual({
      ok: false,
      problems: [{ cell: '-', message: 'the file is not an .xlsx workbook' }],
    });
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1').getCell('A1').value = 'hello';
    const none = await readTablesWorkbook(Buffer.from(await empty.xlsx.writeBuffer()));
    expect(none.ok).toBe(false);
  });

  it('maps a pointer into the tables back to its cell', async () => {
    const { tables } = seed('handan-psb-2022');
    const reading = await read(await writeTablesWorkbook(tables));
    const sheet = bytesSheetName(1);
    expect(reading.locate('/tables/0')).toBe(sheet);
    expect(reading.locate('/tables/0/rows/0/name')).toBe(`${sheet}!F5`);
    expect(reading.locate('/tables/0/rows/1')).toBe(`${sheet}!6:6`);
    const firstAmount = Object.keys(tables[0].rows[0].amounts)[0];
    expect(reading.locate(`/tables/0/rows/0/amounts/${firstAmount}`)).toMatch(
      new RegExp(`^${sheet}![G-Z]5$`),
    );
    expect(reading.locate('/narrative')).toBeUndefined();
  });
});

/** The amount key in a (1-based) sheet column: the six row fields come first. */
function keyOf(table: { kind: string; layout: string }, column: number): string {
  return tableLayoutDefinition(table.kind as TableKind, table.layout as TableLayout).columns[column - 7].key;
}

/** The name of the n-th table sheet for the 邯郸 tables (their kinds are numbered 1–9 in order). */
function bytesSheetName(n: number): string {
  const { tables } = seed('handan-psb-2022');
  const table = tables[n - 1];
  return `${n}-${table.title}`.slice(0, 28);
}

describe('a workbook that unpacks to too much', () => {
  /** A one-entry zip whose entry inflates to `size` zero bytes; `claimed` is the size its headers state. */
  function zipOf(size: number, claimed = size): Buffer {
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const data = deflateRawSync(Buffer.alloc(size));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(claimed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 42);
    const directoryAt = local.length + name.length + data.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(directoryAt, 16);
    return Buffer.concat([local, name, data, central, name, end]);
  }

  it('is refused before it is unpacked, whatever size its headers claim', async () => {
    for (const bomb of [zipOf(30 * 1024 * 1024), zipOf(30 * 1024 * 1024, 1024)]) {
      expect(bomb.length).toBeLessThan(100 * 1024);
      const reading = await readTablesWorkbook(bomb);
      expect(reading).toEqual({
        ok: false,
        problems: [{ cell: '-', message: expect.stringContaining('unpacks to more than 20 MB') as unknown }],
      });
    }
  });

  it('lets a small one through to the reader', () => {
    expect(unpackedSizeProblem(zipOf(1024))).toBeUndefined();
  });
});
