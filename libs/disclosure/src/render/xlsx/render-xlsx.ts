import ExcelJS from 'exceljs';
import { LABELS } from '../../labels';
import type { Cell, Disclosure, GridTable, ProjectTargetView } from '../../model/disclosure.model';
import { placeCells } from '../grid-layout';
import { SheetNames } from './sheet-names';
import { withFixedZipTimestamps } from './zip-timestamps';

const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
/** A double holds 15 significant digits exactly; a longer amount stays text rather than lose a digit. */
const MAX_EXACT_DIGITS = 15;

/**
 * The workbook: a 目录 sheet, then one sheet per standard table and one per project target table.
 * Amounts are numeric cells so they can be summed, written from the model's exact decimal strings:
 * the string becomes a Number only here, at the very edge, and its number format shows exactly the
 * decimals that were written (`0.00`, Henan `0.0`). Text cells are plain strings (exceljs never
 * treats them as formulas), so a unit's `=…` or `<script>` is inert.
 */
export const renderXlsx = async (model: Disclosure): Promise<Buffer> => {
  const generatedAt = new Date(model.meta.generatedAt);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'BudgetFlow';
  workbook.lastModifiedBy = 'BudgetFlow';
  workbook.title = model.title;
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  const names = new SheetNames();
  const contents = workbook.addWorksheet(names.next(LABELS.toc));
  contents.getColumn(1).width = 14;
  contents.getColumn(2).width = 60;
  contents.addRow([model.title]).font = { bold: true, size: 14 };
  for (const table of model.budgetPart.tables) {
    const name = names.next(`${table.number ?? '附'}-${table.caption}`);
    contents.addRow([name, table.caption]);
    writeTableSheet(workbook.addWorksheet(name), table);
  }
  for (const project of model.projects) {
    const name = names.next(`项目${project.seq}-${project.name}`);
    contents.addRow([name, project.heading]);
    writeProjectSheet(workbook.addWorksheet(name), project);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return withFixedZipTimestamps(Buffer.from(buffer), generatedAt);
};

/** The number format that prints exactly the decimals the string has. */
const numberFormat = (amount: string): string => {
  const decimals = amount.split('.')[1]?.length ?? 0;
  return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
};

const setValue = (target: ExcelJS.Cell, cell: Cell) => {
  const digits = cell.amount?.replace(/[-.]/g, '').replace(/^0+/, '').length ?? 0;
  if (cell.amount !== undefined && digits <= MAX_EXACT_DIGITS) {
    target.value = Number(cell.amount); // the edge: exact string → the double Excel stores
    target.numFmt = numberFormat(cell.amount);
  } else if (cell.text !== '') {
    target.value = cell.text; // a blank stays a truly empty cell
  }
};

/** Writes a grid at `startRow`; returns the next free row. */
const writeGrid = (
  sheet: ExcelJS.Worksheet,
  table: GridTable,
  startRow: number,
  spreadTo?: number,
): number => {
  const rows = [...table.header, ...table.body];
  placeCells(rows, table.columnCount).forEach((placedRow, r) => {
    placedRow.forEach((placed, c) => {
      const target = sheet.getCell(startRow + r, c + 1);
      target.border = BORDER;
      if (placed.covered) return;
      const { cell } = placed;
      const isHeader = r < table.header.length;
      setValue(target, cell);
      target.alignment = {
        vertical: 'middle',
        horizontal: cell.redacted || isHeader ? 'center' : (cell.align ?? 'left'),
        wrapText: true,
      };
      if (isHeader || cell.rowHeader) target.fill = HEADER_FILL;
      // The last column of a two-column grid (facts) spreads over the sheet's full width.
      const extra = spreadTo && c === table.columnCount - 1 ? spreadTo - table.columnCount : 0;
      const colSpan = (cell.colSpan ?? 1) + extra;
      if (colSpan > 1 || (cell.rowSpan ?? 1) > 1) {
        sheet.mergeCells(startRow + r, c + 1, startRow + r + (cell.rowSpan ?? 1) - 1, c + colSpan);
      }
    });
  });
  return startRow + rows.length;
};

const writeTitle = (sheet: ExcelJS.Worksheet, row: number, text: string, columns: number) => {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size: 14 };
  cell.alignment = { horizontal: 'center' };
  if (columns > 1) sheet.mergeCells(row, 1, row, columns);
};

const setWidths = (sheet: ExcelJS.Worksheet, weights: readonly number[]) =>
  weights.forEach((weight, index) => (sheet.getColumn(index + 1).width = Math.max(6, weight * 1.6)));

const writeNotes = (sheet: ExcelJS.Worksheet, row: number, notes: readonly string[]) =>
  notes.forEach((note, index) => (sheet.getCell(row + 1 + index, 1).value = note));

const writeTableSheet = (sheet: ExcelJS.Worksheet, table: GridTable) => {
  setWidths(sheet, table.columnWidths);
  writeTitle(sheet, 1, table.caption, table.columnCount);
  const lead = table.lead;
  if (lead) {
    sheet.getCell(2, 1).value = lead.unit;
    sheet.getCell(2, Math.max(2, Math.ceil(table.columnCount / 2))).value = lead.year ?? '';
    sheet.getCell(2, table.columnCount).value = lead.unitOfMeasure ?? '';
  }
  sheet.views = [{ state: 'frozen', ySplit: 2 + table.header.length }];
  writeNotes(sheet, writeGrid(sheet, table, 3), table.notes);
};

const writeProjectSheet = (sheet: ExcelJS.Worksheet, project: ProjectTargetView) => {
  const columns = project.indicators.columnCount;
  setWidths(sheet, project.indicators.columnWidths);
  writeTitle(sheet, 1, project.heading, columns);
  const afterFacts = project.facts.body.length > 0 ? writeGrid(sheet, project.facts, 2, columns) + 1 : 2;
  writeGrid(sheet, project.indicators, afterFacts);
};
