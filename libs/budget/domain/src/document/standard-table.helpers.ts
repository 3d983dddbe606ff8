import { Amount } from '../money';
import type { BudgetDocument } from './budget-document.schema';
import { tableLayoutDefinition, type ColumnDefinition } from './standard-table.columns';
import {
  STANDARD_TABLE_KINDS,
  TABLE_KIND_DEFINITIONS,
  type TableKind,
  type TableSide,
} from './standard-table.kinds';
import type { StandardTable, TableRow } from './standard-table.schema';

/** How a reviewer or a rule points at a row: by classification code or by named line. */
export type RowRef =
  { readonly code: string; readonly side?: TableSide } | { readonly line: string; readonly side?: TableSide };

export const findTable = (document: BudgetDocument, kind: TableKind): StandardTable | undefined =>
  document.tables.find((table) => table.kind === kind);

/** JSON Pointer of a table (`/tables/3`), for finding locations; undefined when absent. */
export const tablePointer = (document: BudgetDocument, kind: TableKind): string | undefined => {
  const index = document.tables.findIndex((table) => table.kind === kind);
  return index < 0 ? undefined : `/tables/${index}`;
};

const matches = (row: TableRow, ref: RowRef): boolean =>
  ('code' in ref ? row.code === ref.code : row.line === ref.line) &&
  (ref.side === undefined || row.side === ref.side);

export const findRowIndex = (table: StandardTable, ref: RowRef): number =>
  table.rows.findIndex((row) => matches(row, ref));

export const findRow = (table: StandardTable, ref: RowRef): TableRow | undefined =>
  table.rows.find((row) => matches(row, ref));

/** The cell as written (`"46003.87"`), or undefined when the row is absent or the cell blank. */
export const cellText = (table: StandardTable, ref: RowRef, column: string): string | undefined =>
  findRow(table, ref)?.amounts[column];

/** The cell as an exact Amount; a blank cell is undefined, not zero (the rules decide what blank means). */
export const cellAmount = (table: StandardTable, ref: RowRef, column: string): Amount | undefined => {
  const text = cellText(table, ref, column);
  return text === undefined ? undefined : Amount.parse(text);
};

/** JSON Pointer of a cell (`/tables/1/rows/4/amounts/basic`), or undefined when table or row is absent. */
export const cellPointer = (
  document: BudgetDocument,
  kind: TableKind,
  ref: RowRef,
  column: string,
): string | undefined => {
  const tablePath = tablePointer(document, kind);
  const table = findTable(document, kind);
  if (tablePath === undefined || table === undefined) return undefined;
  const row = findRowIndex(table, ref);
  return row < 0 ? undefined : `${tablePath}/rows/${row}/amounts/${column}`;
};

/** A table printed without rows (「无…，空表列示」). */
export const isEmptyTable = (table: StandardTable): boolean => table.rows.length === 0;

/** The amount columns of a table in 栏次 order, optionally of one side. */
export const tableColumns = (
  table: Pick<StandardTable, 'kind' | 'layout'>,
  side?: TableSide,
): readonly ColumnDefinition[] =>
  tableLayoutDefinition(table.kind, table.layout)
    .columns.filter((column) => side === undefined || column.side === side)
    .slice()
    .sort((a, b) => a.order - b.order);

/** The nine standard tables with number and national title, in publication order. */
export const STANDARD_TABLES = STANDARD_TABLE_KINDS.map((kind) => TABLE_KIND_DEFINITIONS[kind]);

/** Standard kinds the document does not contain (each must still be published, empty if need be). */
export const missingStandardTables = (document: BudgetDocument): TableKind[] =>
  STANDARD_TABLE_KINDS.filter((kind) => findTable(document, kind) === undefined);
