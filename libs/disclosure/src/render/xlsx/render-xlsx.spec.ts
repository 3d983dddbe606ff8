import ExcelJS from 'exceljs';
import { findTable, type BudgetDocument } from '@budgetflow/budget-domain';
import { buildDisclosure } from '../../model/build-disclosure';
import { loadSeed } from '../../testing/seed-documents';
import { renderXlsx } from './render-xlsx';
import { SheetNames } from './sheet-names';

const generatedAt = '2022-02-10T08:00:00.000Z';
const REAL_TIMERS = [
  'nextTick',
  'setImmediate',
  'clearImmediate',
  'queueMicrotask',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'hrtime',
  'performance',
] as const;

const open = async (buffer: Buffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
};

/** The sheet's cells as [row][column] display values, numbers as the text their format shows. */
const shown = (cell: ExcelJS.Cell): string => {
  if (typeof cell.value === 'number') {
    const decimals = /^0\.(0+)$/.exec(cell.numFmt ?? '')?.[1]?.length ?? 0;
    return cell.value.toFixed(decimals);
  }
  const value: unknown = cell.value; // the renderer writes only strings and numbers
  return typeof value === 'string' ? value : '';
};

describe('renderXlsx', () => {
  const document: BudgetDocument = loadSeed('handan-psb-2022');
  const model = buildDisclosure(document, { generatedAt });
  let workbook: ExcelJS.Workbook;
  let buffer: Buffer;
  beforeAll(async () => {
    buffer = await renderXlsx(model);
    workbook = await open(buffer);
  });

  it('has a sheet per standard table and per project, names at most 31 characters and unique', () => {
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toHaveLength(1 + 9 + 55);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    expect(names.slice(0, 3)).toEqual(['目录', '1-部门预算收支总表', '2-部门预算收入总表']);
  });

  it.each(['expenditureSummary', 'generalBudgetBasicExpenditure'] as const)(
    'writes every amount of %s as a number cell equal to the document, with its decimals shown',
    (kind) => {
      const table = findTable(document, kind)!;
      const view = model.budgetPart.tables.find((candidate) => candidate.kind === kind)!;
      const sheet = workbook.worksheets[view.number!];
      const firstBodyRow = 3 + view.header.length;
      expect(shown(sheet.getCell(firstBodyRow - 1, 1))).toBe('栏次');
      table.rows.forEach((row, index) => {
        const sheetRow = firstBodyRow + index;
        expect(shown(sheet.getCell(sheetRow, 1))).toBe(String(index + 1));
        expect(shown(sheet.getCell(sheetRow, 2))).toBe(row.code ?? '');
        expect(shown(sheet.getCell(sheetRow, 3))).toBe(row.name);
        view.columns.forEach((column, c) => {
          const cell = sheet.getCell(sheetRow, 4 + c);
          const amount = row.amounts[column.key];
          if (amount === undefined) {
            expect(cell.value ?? null).toBeNull();
          } else {
            expect(typeof cell.value).toBe('number');
            expect(cell.numFmt).toBe('0.00');
            expect(shown(cell)).toBe(amount);
          }
        });
      });
    },
  );

  it('writes a project target sheet with its goals and indicator rows', () => {
    const sheet = workbook.getWorksheet('项目1-_光纤租赁费')!;
    expect(shown(sheet.getCell(1, 1))).toBe('1、]光纤租赁费绩效目标表');
    expect(shown(sheet.getCell(2, 1))).toBe('绩效目标');
    expect(shown(sheet.getCell(2, 2))).toBe('1. 目标内容 1 建设一流队伍，保持警用设备先进性，专业性');
    expect(shown(sheet.getCell(4, 1))).toBe('一级指标');
    expect(shown(sheet.getCell(5, 3))).toBe('设备更新维护占比');
  });

  it('gives the same bytes for the same model, whatever the wall clock says', async () => {
    // Only Date is faked: the zip library stamps entries with the wall clock.
    jest.useFakeTimers({ now: new Date('2031-07-01T12:34:56Z'), doNotFake: [...REAL_TIMERS] });
    try {
      expect((await renderXlsx(model)).equals(buffer)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('SheetNames', () => {
  it('cuts to 31 characters, removes forbidden characters and numbers clashes', () => {
    const names = new SheetNames();
    const long = '项目12-ZK 转移支付-应急装备库更新及救援物资采购专项资金';
    const first = names.next(long);
    expect(first.length).toBeLessThanOrEqual(31);
    expect(names.next(long)).toMatch(/\(2\)$/);
    expect(names.next('a/b[c]:d*e?f\\g')).toBe('a_b_c__d_e_f_g');
    expect(names.next('SHEET')).toBe('SHEET');
    expect(names.next('sheet')).toBe('sheet(2)');
  });
});
