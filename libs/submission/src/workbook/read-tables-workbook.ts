import ExcelJS from 'exceljs';
import {
  TABLE_KINDS,
  TABLE_LAYOUTS,
  tableLayoutDefinition,
  type TableKind,
  type TableLayout,
} from '@budgetflow/budget-domain';
import {
  FIRST_DATA_ROW,
  KEY_ROW,
  META_ROW,
  NOTES_MARKER,
  ROW_FIELDS,
  SHEET_MARKER,
  SIDE_LABELS,
  TITLE_ROW,
  type RowField,
} from './tables-workbook.layout';
import { unpackedSizeProblem } from './unpacked-size';
import { amountOf, columnLetter, isBlank, text } from './workbook-cells';

/** A problem with one cell of the workbook: `cell` is `<sheet>!<column><row>`. */
export interface WorkbookProblem {
  cell: string;
  message: string;
}

/** A table as read: the document's shape, checked against the schema only when merged. */
export interface ImportedTable {
  kind: string;
  layout: string;
  title: string;
  sheetLabel?: string;
  unitOfMeasure: string;
  rows: { amounts: Record<string, string>; [field: string]: unknown }[];
  notes: string[];
}

export type WorkbookReading =
  | { ok: true; tables: ImportedTable[]; locate(pointer: string): string | undefined }
  | { ok: false; problems: WorkbookProblem[] };

const MAX_PROBLEMS = 100;
/** A table holds at most 5,000 rows (the document schema); notes and blank rows get room besides. */
const MAX_SHEET_ROWS = FIRST_DATA_ROW + 5_000 + 1_000;
const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/**
 * Reads the tables workbook (tables-workbook.layout.ts). Every problem names its sheet and cell;
 * `locate` maps a JSON Pointer into the imported tables (`/tables/2/rows/5/amounts/basic`) back to
 * the cell it came from, so that the document's own validation can say where, too.
 */
export async function readTablesWorkbook(bytes: Buffer): Promise<WorkbookReading> {
  const unpacking = unpackedSizeProblem(bytes);
  if (unpacking) return { ok: false, problems: [{ cell: '-', message: unpacking }] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problems: [{ cell: '-', message: 'the file is not an .xlsx workbook' }] };
  }
  const problems: WorkbookProblem[] = [];
  const tables: ImportedTable[] = [];
  const places: SheetPlaces[] = [];
  for (const sheet of workbook.worksheets) {
    if (text(sheet.getCell(META_ROW, 1)) !== SHEET_MARKER) continue;
    const read = readSheet(sheet, problems);
    if (read) {
      tables.push(read.table);
      places.push(read.places);
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (tables.length === 0 && problems.length === 0) {
    problems.push({
      cell: '-',
      message: `no sheet has ${SHEET_MARKER} in its first cell: not a tables workbook`,
    });
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, tables, locate: (pointer) => locate(places, pointer) };
}

interface SheetPlaces {
  sheet: string;
  /** Sheet row of each table row. */
  rows: number[];
  /** Column number of each row field and amount key. */
  columns: Map<string, number>;
}

function readSheet(
  sheet: ExcelJS.Worksheet,
  problems: WorkbookProblem[],
): { table: ImportedTable; places: SheetPlaces } | undefined {
  const at = (row: number, column: number) => `${sheet.name}!${columnLetter(column)}${row}`;
  const problem = (row: number, column: number, message: string) =>
    problems.push({ cell: at(row, column), message });

  const kind = text(sheet.getCell(META_ROW, 2));
  const layout = text(sheet.getCell(META_ROW, 4));
  if (!isOneOf(TABLE_KINDS, kind)) {
    problem(META_ROW, 2, `表种 "${kind}" is not a table kind (${TABLE_KINDS.join(', ')})`);
    return undefined;
  }
  if (!isOneOf(TABLE_LAYOUTS, layout)) {
    problem(META_ROW, 4, `格式 "${layout}" is not a layout (${TABLE_LAYOUTS.join(', ')})`);
    return undefined;
  }
  const columns = readKeyRow(sheet, kind, layout, problem);
  if (!columns) return undefined;

  const table: ImportedTable = {
    kind,
    layout,
    title: text(sheet.getCell(TITLE_ROW, 2)),
    unitOfMeasure: text(sheet.getCell(META_ROW, 6)),
    rows: [],
    notes: [],
  };
  const sheetLabel = text(sheet.getCell(META_ROW, 8));
  if (sheetLabel) table.sheetLabel = sheetLabel;
  if (sheet.rowCount > MAX_SHEET_ROWS) {
    problem(
      MAX_SHEET_ROWS + 1,
      1,
      `the sheet goes on to row ${sheet.rowCount}; a table has at most 5,000 rows`,
    );
    return undefined;
  }
  const rowsAt: number[] = [];
  let inNotes = false;
  for (let r = FIRST_DATA_ROW; r <= sheet.rowCount; r++) {
    const first = text(sheet.getCell(r, 1));
    if (inNotes) {
      if (first) table.notes.push(first);
      continue;
    }
    if (first === NOTES_MARKER) {
      inNotes = true;
      continue;
    }
    const row = readRow(sheet, r, columns, problem);
    if (row) {
      table.rows.push(row);
      rowsAt.push(r);
    }
  }
  return { table, places: { sheet: sheet.name, rows: rowsAt, columns } };
}

/** Row 3: which column holds which field or amount; undefined (and problems) when it cannot be read. */
function readKeyRow(
  sheet: ExcelJS.Worksheet,
  kind: TableKind,
  layout: TableLayout,
  problem: (row: number, column: number, message: string) => void,
): Map<string, number> | undefined {
  const amountKeys = tableLayoutDefinition(kind, layout).columns.map((c) => c.key);
  const fields = ROW_FIELDS.map(([field]) => field as string);
  const columns = new Map<string, number>();
  let ok = true;
  for (let c = 1; c <= sheet.columnCount; c++) {
    const key = text(sheet.getCell(KEY_ROW, c));
    if (!key) continue;
    if (!fields.includes(key) && !amountKeys.includes(key)) {
      problem(
        KEY_ROW,
        c,
        `"${key}" is not a column of ${kind} (${layout}): ${[...fields, ...amountKeys].join(', ')}`,
      );
      ok = false;
    } else if (columns.has(key)) {
      problem(KEY_ROW, c, `"${key}" is already column ${columnLetter(columns.get(key)!)}`);
      ok = false;
    } else {
      columns.set(key, c);
    }
  }
  if (!columns.has('name')) {
    problem(KEY_ROW, 1, 'row 3 has no "name" column: the field keys of row 3 must not be changed');
    ok = false;
  }
  return ok ? columns : undefined;
}

function readRow(
  sheet: ExcelJS.Worksheet,
  r: number,
  columns: Map<string, number>,
  problem: (row: number, column: number, message: string) => void,
): ImportedTable['rows'][number] | undefined {
  const row: ImportedTable['rows'][number] = { amounts: {} };
  let filled = false;
  for (const [key, c] of columns) {
    const cell = sheet.getCell(r, c);
    if (isBlank(cell)) continue;
    filled = true;
    if (isRowField(key)) {
      const value = text(cell);
      row[key] = key === 'side' ? sideOf(value) : value;
      if (key === 'side' && row.side === undefined)
        problem(r, c, `收支方向 "${value}" is neither 收入 nor 支出`);
    } else {
      const amount = amountOf(cell);
      if (typeof amount === 'string') row.amounts[key] = amount;
      else problem(r, c, amount.problem);
    }
  }
  return filled ? row : undefined;
}

const isRowField = (key: string): key is RowField => ROW_FIELDS.some(([field]) => field === key);

function sideOf(value: string): string | undefined {
  if (value === SIDE_LABELS.income || value === 'income') return 'income';
  if (value === SIDE_LABELS.expenditure || value === 'expenditure') return 'expenditure';
  return undefined;
}

/** `/tables/2/rows/5/amounts/basic` → `3-部门预算支出总表!H10`; the sheet or row when that is all. */
function locate(places: readonly SheetPlaces[], pointer: string): string | undefined {
  const match = /^\/tables\/(\d+)(?:\/rows\/(\d+)(?:\/(?:amounts\/)?([^/]+))?)?/.exec(pointer);
  const table = match ? places[Number(match[1])] : undefined;
  if (!match || !table) return undefined;
  if (match[2] === undefined) return table.sheet;
  const row = table.rows[Number(match[2])];
  if (row === undefined) return table.sheet;
  const column = match[3] === undefined ? undefined : table.columns.get(match[3]);
  return column === undefined
    ? `${table.sheet}!${row}:${row}`
    : `${table.sheet}!${columnLetter(column)}${row}`;
}
