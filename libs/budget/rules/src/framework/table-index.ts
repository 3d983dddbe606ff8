import {
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

/** Amounts of one row parsed, by column; `null` marks an unparsable cell. */
type ParsedCells = Record<string, Amount | null>;

/** A printed row with its position and JSON Pointer, found once per document. */
export interface IndexedRow {
  readonly row: TableRow;
  readonly index: number;
  readonly pointer: string;
}

/**
 * The indexed row. Its pointer is built when a finding needs it, and each cell is parsed once:
 * the same cell is added up by several rules (合计, 上级科目, 横向, 表间).
 */
class TableEntry implements IndexedRow {
  private text: string | undefined;
  cells: ParsedCells | undefined;

  constructor(
    readonly row: TableRow,
    readonly index: number,
    private readonly tablePointer: string,
  ) {}

  get pointer(): string {
    if (this.text === undefined) this.text = `${this.tablePointer}/rows/${this.index}`;
    return this.text;
  }
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
  /** Every row, in printed order (`entries[i].row === table.rows[i]`). */
  readonly entries: readonly IndexedRow[];
  /** Code rows by `unitCode|code`, for matching rows across tables. */
  readonly byUnitAndCode: ReadonlyMap<string, IndexedRow>;
  line(line: string, side?: TableSide): IndexedRow | undefined;
  /**
   * The row of this table that stands for the same thing as `row` of another table: a code row by
   * unit and code, a unit's total (`unitTotal`) by its unit (code, else printed name), any other
   * line by side and line.
   */
  counterpart(row: TableRow): IndexedRow | undefined;
  /** Rows keyed by code on one side of a two-sided table (the function classes). */
  codeRows(side?: TableSide): readonly IndexedRow[];
  cell(row: IndexedRow | undefined, column: string): Amount | undefined;
  cellPointer(row: IndexedRow, column: string): string;
  hasColumn(column: string): boolean;
  columnLabel(column: string): string;
  columns(side?: TableSide): readonly string[];
}

export const unitAndCodeKey = (row: TableRow): string => `${row.unitCode ?? ''}|${row.code ?? ''}`;

/** A unit's total row by the unit it totals: its unit code where printed, else its name. */
const unitTotalKey = (row: TableRow): string =>
  row.unitCode !== undefined ? `code|${row.unitCode}` : `name|${row.name.trim()}`;

/** A code of digits only (`levelOfCode` without a regex: every code row of every table asks). */
const isDigits = (code: string): boolean => {
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return code.length > 0;
};

const buildGroup = (rows: IndexedRow[], unitRow: IndexedRow | undefined): RowGroup => {
  const byCode = new Map<string, IndexedRow>();
  for (const entry of rows)
    if (entry.row.code !== undefined && !byCode.has(entry.row.code)) byCode.set(entry.row.code, entry);
  const children = new Map<string, IndexedRow[]>();
  const roots: IndexedRow[] = [];
  for (const entry of rows) {
    // The printed codes a row's code sits under: `2040201` → 类 `204`, 款 `20402`.
    const code = entry.row.code;
    const leveled = code !== undefined && (code.length === 7 || code.length === 5) && isDigits(code);
    const classCode = leveled ? code.slice(0, 3) : undefined;
    const sectionCode = leveled && code.length === 7 ? code.slice(0, 5) : undefined;
    const parent = sectionCode ?? classCode;
    if (parent !== undefined && byCode.has(parent)) {
      const list = children.get(parent);
      if (list) list.push(entry);
      else children.set(parent, [entry]);
    }
    const underPrinted =
      (classCode !== undefined && byCode.has(classCode)) ||
      (sectionCode !== undefined && byCode.has(sectionCode));
    if (!underPrinted) roots.push(entry);
  }
  return { ...(unitRow ? { unitRow } : {}), rows, byCode, children, roots };
};

export const indexTable = (table: StandardTable, position: number): IndexedTable => {
  const pointer = `/tables/${position}`;
  const lines = new Map<string, IndexedRow>();
  const groups: RowGroup[] = [];
  const byUnitAndCode = new Map<string, IndexedRow>();
  const unitTotals = new Map<string, IndexedRow>();
  let currentUnit: IndexedRow | undefined;
  let currentRows: IndexedRow[] = [];
  const sideRows = new Map<string, IndexedRow[]>();
  const entries: TableEntry[] = [];

  table.rows.forEach((row, index) => {
    const entry = new TableEntry(row, index, pointer);
    entries.push(entry);
    if (row.line !== undefined) {
      const key = `${row.side ?? ''}|${row.line}`;
      if (!lines.has(key)) lines.set(key, entry);
      if (row.line === 'unitTotal') {
        const unitKey = unitTotalKey(row);
        if (!unitTotals.has(unitKey)) unitTotals.set(unitKey, entry);
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
    const list = sideRows.get(side);
    if (list) list.push(entry);
    else sideRows.set(side, [entry]);
  });
  if (currentUnit || currentRows.length > 0) groups.push(buildGroup(currentRows, currentUnit));

  const columnLists = new Map<string, readonly string[]>();
  const definitions = new Map<string, ReturnType<typeof columnDefinition>>();
  const definition = (column: string) => {
    if (definitions.has(column)) return definitions.get(column);
    const found = columnDefinition(table.kind, table.layout, column);
    definitions.set(column, found);
    return found;
  };
  const parse = (entry: IndexedRow, column: string): Amount | undefined => {
    const text = entry.row.amounts[column];
    if (text === undefined) return undefined;
    // Rows indexed here carry their parsed cells (all of them, parsed at the first read: the
    // rules read most columns of a row); a row built elsewhere is parsed as it comes.
    if (!(entry instanceof TableEntry)) return amountOf(text);
    let cells = entry.cells;
    if (!cells) {
      cells = Object.create(null) as ParsedCells;
      const amounts = entry.row.amounts;
      for (const key in amounts) cells[key] = amountOf(amounts[key]) ?? null;
      entry.cells = cells;
    }
    const cached = cells[column];
    return cached === undefined ? amountOf(text) : (cached ?? undefined);
  };

  return {
    table,
    kind: table.kind,
    pointer,
    groups,
    entries,
    byUnitAndCode,
    line: (line, side) => lines.get(`${side ?? ''}|${line}`),
    counterpart: (row) => {
      if (row.code !== undefined) return byUnitAndCode.get(unitAndCodeKey(row));
      if (row.line === undefined) return undefined;
      if (row.line === 'unitTotal') return unitTotals.get(unitTotalKey(row));
      return lines.get(`${row.side ?? ''}|${row.line}`);
    },
    codeRows: (side) => sideRows.get(side ?? '') ?? [],
    cell: (entry, column) => (entry ? parse(entry, column) : undefined),
    cellPointer: (entry, column) => `${entry.pointer}/amounts/${column}`,
    hasColumn: (column) => definition(column) !== undefined,
    columnLabel: (column) => definition(column)?.label ?? column,
    columns: (side) => {
      const key = side ?? '';
      let columns = columnLists.get(key);
      if (!columns) {
        columns = tableColumns(table, side).map((column) => column.key);
        columnLists.set(key, columns);
      }
      return columns;
    },
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
