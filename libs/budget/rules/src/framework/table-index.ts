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

/** A printed row with its position and JSON Pointer, found once per document. */
export interface IndexedRow {
  readonly row: TableRow;
  readonly index: number;
  readonly pointer: string;
}

/** The indexed row. Its pointer is built when a finding needs it. */
class TableEntry implements IndexedRow {
  private text: string | undefined;

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

/** The 类 and 款 a 款 or 项 code sits under: `2040201` → 类 `204`, 款 `20402`. */
interface CodeParents {
  readonly classCode?: string;
  readonly sectionCode?: string;
}

/**
 * Codes are a small vocabulary repeated by every unit of every table, so each distinct code is cut
 * into its parents once per process, up to a bound so that odd codes cannot grow the cache without
 * limit. The parents are immutable, so documents may share them.
 */
const parentsByCode = new Map<string, CodeParents>();
const PARENTS_LIMIT = 20_000;
const NO_PARENTS: CodeParents = {};

const parentsOf = (code: string): CodeParents => {
  let parents = parentsByCode.get(code);
  if (parents) return parents;
  const leveled = (code.length === 7 || code.length === 5) && isDigits(code);
  parents = !leveled
    ? NO_PARENTS
    : code.length === 7
      ? { classCode: code.slice(0, 3), sectionCode: code.slice(0, 5) }
      : { classCode: code.slice(0, 3) };
  if (parentsByCode.size < PARENTS_LIMIT) parentsByCode.set(code, parents);
  return parents;
};

// Index loops here and below: they run over every row of every table.
const buildGroup = (rows: IndexedRow[], unitRow: IndexedRow | undefined): RowGroup => {
  const byCode = new Map<string, IndexedRow>();
  for (let r = 0; r < rows.length; r++) {
    const code = rows[r].row.code;
    if (code !== undefined && !byCode.has(code)) byCode.set(code, rows[r]);
  }
  const children = new Map<string, IndexedRow[]>();
  const roots: IndexedRow[] = [];
  for (let r = 0; r < rows.length; r++) {
    const entry = rows[r];
    const code = entry.row.code;
    const { classCode, sectionCode } = code === undefined ? NO_PARENTS : parentsOf(code);
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
  return unitRow ? { unitRow, rows, byCode, children, roots } : { rows, byCode, children, roots };
};

/** The first entry for each key. */
const firstByKey = (entries: readonly IndexedRow[], keyOf: (row: TableRow) => string | undefined) => {
  const map = new Map<string, IndexedRow>();
  for (let e = 0; e < entries.length; e++) {
    const key = keyOf(entries[e].row);
    if (key !== undefined && !map.has(key)) map.set(key, entries[e]);
  }
  return map;
};

const codeRowKey = (row: TableRow): string | undefined =>
  row.line === undefined ? unitAndCodeKey(row) : undefined;
const unitRowKey = (row: TableRow): string | undefined =>
  row.line === 'unitTotal' ? unitTotalKey(row) : undefined;

/**
 * One table's index. A class, not an object of closures: the rules call its methods for every cell
 * of every document, and methods shared by all tables keep the engine's optimized code across them.
 */
class TableIndex implements IndexedTable {
  readonly kind: TableKind;
  readonly pointer: string;
  readonly groups: RowGroup[] = [];
  readonly entries: TableEntry[];
  /** Named lines by side (`` when one-sided), then line: the first row of each. */
  private readonly lines = new Map<string, Map<string, IndexedRow>>();
  // Built at the first question: only the tables that other tables are matched against need them.
  private unitAndCodes: Map<string, IndexedRow> | undefined;
  private unitTotals: Map<string, IndexedRow> | undefined;
  private sideRows: Map<string, IndexedRow[]> | undefined;
  private readonly columnLists = new Map<string, readonly string[]>();
  private readonly definitions = new Map<string, ReturnType<typeof columnDefinition>>();
  /**
   * Parsed cells by column, then row index: each cell is parsed once, as the same cell is added up
   * by several rules (合计, 上级科目, 横向, 表间). `null` marks a blank or unparsable cell. A table
   * has a handful of columns, so a column is found by a scan of their names rather than a hash.
   */
  private readonly parsedNames: string[] = [];
  private readonly parsedColumns: Array<Array<Amount | null | undefined>> = [];

  constructor(
    readonly table: StandardTable,
    position: number,
  ) {
    this.kind = table.kind;
    this.pointer = `/tables/${position}`;
    this.entries = new Array<TableEntry>(table.rows.length);
    let currentUnit: IndexedRow | undefined;
    let currentRows: IndexedRow[] = [];
    for (let index = 0; index < table.rows.length; index++) {
      const row = table.rows[index];
      const entry = new TableEntry(row, index, this.pointer);
      this.entries[index] = entry;
      if (row.line === undefined) {
        currentRows.push(entry);
        continue;
      }
      const side = row.side ?? '';
      let sideLines = this.lines.get(side);
      if (!sideLines) {
        sideLines = new Map<string, IndexedRow>();
        this.lines.set(side, sideLines);
      }
      if (!sideLines.has(row.line)) sideLines.set(row.line, entry);
      if (row.line === 'unitTotal') {
        if (currentUnit || currentRows.length > 0) this.groups.push(buildGroup(currentRows, currentUnit));
        currentUnit = entry;
        currentRows = [];
      }
    }
    if (currentUnit || currentRows.length > 0) this.groups.push(buildGroup(currentRows, currentUnit));
  }

  get byUnitAndCode(): ReadonlyMap<string, IndexedRow> {
    return (this.unitAndCodes ??= firstByKey(this.entries, codeRowKey));
  }

  line(line: string, side?: TableSide): IndexedRow | undefined {
    return this.lines.get(side ?? '')?.get(line);
  }

  counterpart(row: TableRow): IndexedRow | undefined {
    if (row.code !== undefined) return this.byUnitAndCode.get(unitAndCodeKey(row));
    if (row.line === undefined) return undefined;
    if (row.line === 'unitTotal')
      return (this.unitTotals ??= firstByKey(this.entries, unitRowKey)).get(unitTotalKey(row));
    return this.line(row.line, row.side);
  }

  codeRows(side?: TableSide): readonly IndexedRow[] {
    if (!this.sideRows) {
      this.sideRows = new Map();
      for (const entry of this.entries) {
        if (entry.row.line !== undefined) continue;
        const key = entry.row.side ?? '';
        const list = this.sideRows.get(key);
        if (list) list.push(entry);
        else this.sideRows.set(key, [entry]);
      }
    }
    return this.sideRows.get(side ?? '') ?? [];
  }

  cell(entry: IndexedRow | undefined, column: string): Amount | undefined {
    if (!entry) return undefined;
    // A row built elsewhere, or another table's, is parsed as it comes.
    if (this.entries[entry.index] !== entry) return amountOf(entry.row.amounts[column]);
    // The row's text is read once: later reads find the parsed cell (`null`: blank or unparsable).
    const cells = this.parsedCells(column);
    let amount = cells[entry.index];
    if (amount === undefined) {
      amount = amountOf(entry.row.amounts[column]) ?? null;
      cells[entry.index] = amount;
    }
    return amount ?? undefined;
  }

  cellPointer(entry: IndexedRow, column: string): string {
    return `${entry.pointer}/amounts/${column}`;
  }

  hasColumn(column: string): boolean {
    return this.definition(column) !== undefined;
  }

  columnLabel(column: string): string {
    return this.definition(column)?.label ?? column;
  }

  columns(side?: TableSide): readonly string[] {
    const key = side ?? '';
    let columns = this.columnLists.get(key);
    if (!columns) {
      columns = tableColumns(this.table, side).map((column) => column.key);
      this.columnLists.set(key, columns);
    }
    return columns;
  }

  private parsedCells(column: string): Array<Amount | null | undefined> {
    const names = this.parsedNames;
    for (let c = 0; c < names.length; c++) if (names[c] === column) return this.parsedColumns[c];
    const cells = new Array<Amount | null | undefined>(this.entries.length);
    names.push(column);
    this.parsedColumns.push(cells);
    return cells;
  }

  private definition(column: string): ReturnType<typeof columnDefinition> {
    if (this.definitions.has(column)) return this.definitions.get(column);
    const found = columnDefinition(this.table.kind, this.table.layout, column);
    this.definitions.set(column, found);
    return found;
  }
}

export const indexTable = (table: StandardTable, position: number): IndexedTable =>
  new TableIndex(table, position);

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
