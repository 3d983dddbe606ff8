import type { IndexedRow, IndexedTable } from './table-index';

/** `「部门预算支出总表」`: tables are named as printed, so the author finds them. */
export const tableLabel = (table: IndexedTable): string => `「${table.table.title}」`;

/** `2040220 执法办案` for a code row, the printed name for a line. */
export const rowLabel = (entry: IndexedRow): string =>
  entry.row.code !== undefined
    ? `${entry.row.code} ${entry.row.name}`
    : entry.row.name || entry.row.line || '';

/** `「部门预算支出总表」2040220 执法办案行「基本支出」栏`. */
export const cellLabel = (table: IndexedTable, entry: IndexedRow, column: string): string =>
  `${tableLabel(table)}「${rowLabel(entry)}」行「${table.columnLabel(column)}」栏`;
