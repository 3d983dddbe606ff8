import ExcelJS from 'exceljs';
import {
  STANDARD_TABLE_KINDS,
  TABLE_KIND_DEFINITIONS,
  tableLayoutDefinition,
  type StandardTable,
} from '@budgetflow/budget-domain';
import {
  FIRST_DATA_ROW,
  INSTRUCTIONS,
  KEY_ROW,
  LABEL_ROW,
  META_ROW,
  NOTES_MARKER,
  ROW_FIELDS,
  SHEET_MARKER,
  SIDE_LABELS,
  TITLE_ROW,
} from './tables-workbook.layout';

/** A double holds 15 significant digits exactly; a longer amount is written as text. */
const MAX_EXACT_DIGITS = 15;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };

/** The standard tables, empty, for a draft that has none yet. */
export const emptyStandardTables = (): StandardTable[] =>
  STANDARD_TABLE_KINDS.map((kind) => ({
    kind,
    layout: 'standard',
    title: TABLE_KIND_DEFINITIONS[kind].title,
    unitOfMeasure: '万元',
    rows: [],
    notes: [],
  }));

/**
 * The tables workbook of a draft (tables-workbook.layout.ts): what a unit downloads, fills in and
 * imports again. Amounts are numeric cells shown with exactly the decimals they were written with,
 * so that reading the workbook back gives the same decimal strings.
 */
export async function writeTablesWorkbook(tables: readonly StandardTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'BudgetFlow';
  const help = workbook.addWorksheet('填表说明');
  help.getColumn(1).width = 120;
  for (const line of INSTRUCTIONS) help.addRow([line]);
  const used = new Set<string>(['填表说明']);
  for (const table of tables.length > 0 ? tables : emptyStandardTables()) {
    writeTableSheet(workbook.addWorksheet(sheetName(table, used)), table);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `3-部门预算支出总表`: Excel allows 31 characters and no `[]:*?/\`; names must differ. */
function sheetName(table: StandardTable, used: Set<string>): string {
  const number = TABLE_KIND_DEFINITIONS[table.kind].number ?? '附';
  const base = `${number}-${table.title}`.replace(/[[\]:*?/\\]/g, '').slice(0, 28);
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}(${n})`;
  used.add(name);
  return name;
}

function writeTableSheet(sheet: ExcelJS.Worksheet, table: StandardTable): void {
  const columns = tableLayoutDefinition(table.kind, table.layout).columns;
  sheet.getRow(META_ROW).values = [
    SHEET_MARKER,
    table.kind,
    '格式',
    table.layout,
    '单位',
    table.unitOfMeasure,
    '表号',
    table.sheetLabel ?? '',
  ];
  sheet.getRow(TITLE_ROW).values = ['标题', table.title];
  sheet.getRow(KEY_ROW).values = [...ROW_FIELDS.map(([field]) => field), ...columns.map((c) => c.key)];
  sheet.getRow(KEY_ROW).font = { color: { argb: 'FF888888' } };
  const labels = sheet.getRow(LABEL_ROW);
  labels.values = [...ROW_FIELDS.map(([, label]) => label), ...columns.map((c) => c.label)];
  labels.font = { bold: true };
  labels.eachCell((cell) => (cell.fill = HEADER_FILL));
  sheet.getColumn(ROW_FIELDS.length).width = 36;
  sheet.views = [{ state: 'frozen', ySplit: LABEL_ROW }];

  table.rows.forEach((row, index) => {
    const target = sheet.getRow(FIRST_DATA_ROW + index);
    ROW_FIELDS.forEach(([field], c) => {
      const value = field === 'side' ? (row.side ? SIDE_LABELS[row.side] : undefined) : row[field];
      // Text, so that a code or a unit code keeps its leading zeros.
      if (value !== undefined) target.getCell(c + 1).value = value;
    });
    columns.forEach((column, c) => {
      const amount = row.amounts[column.key];
      if (amount !== undefined) writeAmount(target.getCell(ROW_FIELDS.length + c + 1), amount);
    });
  });
  if (table.notes.length > 0) {
    const at = FIRST_DATA_ROW + table.rows.length + 1;
    sheet.getCell(at, 1).value = NOTES_MARKER;
    table.notes.forEach((note, i) => (sheet.getCell(at + 1 + i, 1).value = note));
  }
}

function writeAmount(cell: ExcelJS.Cell, amount: string): void {
  const digits = amount.replace(/[-.]/g, '').replace(/^0+/, '').length;
  if (digits > MAX_EXACT_DIGITS) {
    cell.value = amount;
    return;
  }
  cell.value = Number(amount); // the edge: exact decimal string → the double Excel stores
  const decimals = amount.split('.')[1]?.length ?? 0;
  cell.numFmt = decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}
