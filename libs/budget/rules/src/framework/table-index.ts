import {
  ancestryOf,
  columnDefinition,
  tableColumns,
  type BudgetDocument,
  type StandardTable,
  type TableKind,
  type TableRow,
  type TableSide,
} from '@budgetflow/budget-domain';
import { amountOf } from './amount-text';
import type { Amount } from '@budgetflow/budget-domain';

/** A printed row with its position and JSON Pointer, found once per document. */
export interface IndexedRow {
  readonly row: TableRow;
  readonly index: number;
  readonly pointer: string;
}

/**
 * The code rows under one unit. Standard tables have one group; Henan tables print a
 * `unitTotal` row per unit followed by that unit's rows, so the same code may appear once per unit.
 */
export interface RowGroup {
  readonly unitRow?: IndexedRow;
  readonly rows: readonly IndexedRow[];
  readonly byCode: ReadonlyMap<string, IndexedRow>;
  /** Direct children present in the table, by parent code. */
  readonly children: ReadonlyMap<string, readonly IndexedRow[]>;
  /** Rows none of whose ancestors is printed: the rows a total adds up. */
  readonly roots: readonly IndexedRow[];
}

export interface IndexedTable {
  readonly table: StandardTable;
  readonly kind: TableKind;
  readonly pointer: string;
  readonly groups: readonly RowGroup[];
  /** Code rows by `unitCode|code`, for matching rows across tables. */
  readonly byUnitAndCode: ReadonlyMap<string, IndexedRow>;
  line(line: string, side?: TableSide): IndexedRow | undefined;
  /** Rows keyed by code on one side of a two-sided table (the function classes). */
  codeRows(side?: TableSide): readonly IndexedRow[];
  cell(row: IndexedRow | undefined, column: string): Amount | undefined;
  cellPointer(row: IndexedRow, column: string): string;
  hasColumn(column: string): boolean;
  columnLabel(column: string): string;
  columns(side?: TableSide): readonly string[];
}

export const unitAndCodeKey = (row: TableRow): string => `${row.unitCode ?? ''}|${row.code ?? ''}`;

const buildGroup = (rows: IndexedRow[], unitRow: IndexedRow | undefined): RowGroup => {
  const byCode = new Map<string, IndexedRow>();
  for (const entry of rows)
    if (entry.row.code !== undefined && !byCode.has(entry.row.code)) byCode.set(entry.row.code, entry);
  const children = new Map<string, IndexedRow[]>();
  const roots: IndexedRow[] = [];
  for (const entry of rows) {
    const ancestors = ancestryOf(entry.row.code ?? '').slice(0, -1);
    const parent = ancestors[ancestors.length - 1];
    if (parent !== undefined && byCode.has(parent)) {
      const list = children.get(parent) ?? [];
      list.push(entry);
      children.set(parent, list);
    }
    if (!ancestors.some((code) => byCode.has(code))) roots.push(entry);
  }
  return { ...(unitRow ? { unitRow } : {}), rows, byCode, children, roots };
};

export const indexTable = (table: StandardTable, position: number): IndexedTable => {
  const pointer = `/tables/${position}`;
  const lines = new Map<string, IndexedRow>();
  const groups: RowGroup[] = [];
  const byUnitAndCode = new Map<string, IndexedRow>();
  let currentUnit: IndexedRow | undefined;
  let currentRows: IndexedRow[] = [];
  const sideRows = new Map<string, IndexedRow[]>();

  table.rows.forEach((row, index) => {
    const entry: IndexedRow = { row, index, pointer: `${pointer}/rows/${index}` };
    if (row.line !== undefined) {
      const key = `${row.side ?? ''}|${row.line}`;
      if (!lines.has(key)) lines.set(key, entry);
      if (row.line === 'unitTotal') {
        if (currentUnit || currentRows.length > 0) groups.push(buildGroup(currentRows, currentUnit));
        currentUnit = entry;
        currentRows = [];
      }
      return;
    }
    currentRows.push(entry);
    const key = unitAndCodeKey(row);
    if (!byUnitAndCode.has(key)) byUnitAndCode.set(key, entry);
    const side = row.side ?? '';
    const list = sideRows.get(side) ?? [];
    list.push(entry);
    sideRows.set(side, list);
  });
  if (currentUnit || currentRows.length > 0) groups.push(buildGroup(currentRows, currentUnit));

  return {
    table,
    kind: table.kind,
    pointer,
    groups,
    byUnitAndCode,
    line: (line, side) => lines.get(`${side ?? ''}|${line}`),
    codeRows: (side) => sideRows.get(side ?? '') ?? [],
    cell: (entry, column) => (entry ? amountOf(entry.row.amounts[column]) : undefined),
    cellPointer: (entry, column) => `${entry.pointer}/amounts/${column}`,
    hasColumn: (column) => columnDefinition(table.kind, table.layout, column) !== undefined,
    columnLabel: (column) => columnDefinition(table.kind, table.layout, column)?.label ?? column,
    columns: (side) => tableColumns(table, side).map((column) => column.key),
  };
};

export interface DocumentIndex {
  table(kind: TableKind): IndexedTable | undefined;
  readonly tables: readonly IndexedTable[];
}

export const indexDocument = (document: BudgetDocument): DocumentIndex => {
  const tables = document.tables.map(indexTable);
  const byKind = new Map<TableKind, IndexedTable>();
  for (const table of tables) if (!byKind.has(table.kind)) byKind.set(table.kind, table);
  return { tables, table: (kind) => byKind.get(kind) };
};
