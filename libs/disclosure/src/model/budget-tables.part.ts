import {
  STANDARD_TABLE_KINDS,
  TABLE_KIND_DEFINITIONS,
  findTable,
  tableColumns,
  tableLayoutDefinition,
  type BudgetDocument,
  type StandardTable,
  type TableKind,
  type TableLayout,
  type TableRow,
  type TableSide,
} from '@budgetflow/budget-domain';
import { AMOUNT_HEADER_GROUP, LABELS, emptyTableNote } from '../labels';
import { pairBalanceRows } from './balance-rows';
import type { BudgetColumn, BudgetRecord, BudgetTableView, Cell, Row } from './disclosure.model';
import { headerRows } from './table-header';

/** A printed column (序号, 科目编码, 项目, an amount): its header path, 栏次 and width. */
interface LeafColumn {
  readonly path: readonly string[];
  readonly order?: number;
  readonly width: number;
}

const WIDTH = { seq: 5, code: 8, unitCode: 6, name: 20, item: 18, amount: 9 } as const;

/**
 * 第一部分 部门预算: the nine standard tables in national order, each even when empty or absent
 * (absent → empty with the standard 「无…，空表列示」 note), then any extra table the layout prints.
 * A document with no tables at all is a performance-targets-only publication: no empty tables are
 * invented for it, a notice says so instead.
 */
export const buildBudgetTables = (document: BudgetDocument): BudgetTableView[] => {
  if (document.tables.length === 0) return [];
  const layout: TableLayout = document.tables[0]?.layout ?? 'standard';
  const standard = STANDARD_TABLE_KINDS.map(
    (kind) => findTable(document, kind) ?? absentTable(kind, layout, document.fiscalYear),
  );
  const extras = document.tables.filter((table) => !STANDARD_TABLE_KINDS.some((kind) => kind === table.kind));
  const generatedKinds = new Set<TableKind>(
    STANDARD_TABLE_KINDS.filter((kind) => !findTable(document, kind)),
  );
  return [...standard, ...extras].map((table) => tableView(document, table, generatedKinds.has(table.kind)));
};

const absentTable = (kind: TableKind, layout: TableLayout, year: number): StandardTable => {
  const title = tableLayoutDefinition(kind, layout).title;
  return {
    kind,
    layout,
    // Henan prints the year in every title (2020年部门收支总体情况表); keep the set consistent.
    title: layout === 'henan-2020' ? `${year}年${title}` : title,
    unitOfMeasure: '万元',
    rows: [],
    notes: [],
  };
};

const tableView = (document: BudgetDocument, table: StandardTable, generated: boolean): BudgetTableView => {
  const definition = TABLE_KIND_DEFINITIONS[table.kind];
  const columns: BudgetColumn[] = tableColumns(table).map((column) => ({ ...column }));
  const shape = table.rows.length === 0 ? [] : printedRows(table);
  const leaves = leafColumns(table, columns);
  const header = headerRows(leaves.map((leaf) => leaf.path));
  const orders: Row = leaves.map((leaf, index): Cell => ({
    text: index === 0 ? LABELS.columnNumber : leaf.order === undefined ? '' : String(leaf.order),
    align: 'center',
  }));
  return {
    id: `table-${table.kind}`,
    caption: table.title || tableLayoutDefinition(table.kind, table.layout).title,
    lead: {
      unit: `${document.unit.code} ${document.unit.name}`,
      year: LABELS.fiscalYear(document.fiscalYear),
      unitOfMeasure: LABELS.unitOfMeasure(table.unitOfMeasure),
    },
    header: [...header, orders],
    body: shape.map((printed) => printed.cells),
    columnCount: leaves.length,
    columnWidths: leaves.map((leaf) => leaf.width),
    notes: notesOf(table),
    kind: table.kind,
    ...(definition.number === undefined ? {} : { number: definition.number }),
    layout: table.layout,
    unitOfMeasure: table.unitOfMeasure,
    classification: definition.rowKeying,
    generated,
    columns,
    records: shape.flatMap((printed) => printed.records),
  };
};

/** An empty table always carries its 「无…，空表列示」 note: the document's own, or the standard one. */
const notesOf = (table: StandardTable): string[] =>
  table.rows.length === 0 && !table.notes.some((note) => note.includes('空表列示'))
    ? [...table.notes, emptyTableNote(table.kind)]
    : [...table.notes];

const amountPath = (kind: TableKind, label: string): string[] => {
  const group = AMOUNT_HEADER_GROUP[kind];
  return group ? [group, ...label.split('·')] : label.split('·');
};

const hasUnitCodes = (table: StandardTable) => table.rows.some((row) => row.unitCode !== undefined);

/** Every printed column in order, 序号 first: its header path, 栏次 and width. */
const leafColumns = (table: StandardTable, columns: readonly BudgetColumn[]): LeafColumn[] => {
  const seq: LeafColumn = { path: [LABELS.seq], width: WIDTH.seq };
  const amounts = (side?: TableSide): LeafColumn[] =>
    columns
      .filter((column) => side === undefined || column.side === side)
      .map((column) => ({
        path: amountPath(table.kind, column.label),
        order: column.order,
        width: WIDTH.amount,
      }));
  const keying = TABLE_KIND_DEFINITIONS[table.kind].rowKeying;
  switch (keying) {
    case 'balance':
      return [
        seq,
        { path: [LABELS.income, LABELS.item], order: 1, width: WIDTH.item },
        ...amounts('income'),
        { path: [LABELS.expenditure, LABELS.item], order: 3, width: WIDTH.item },
        ...amounts('expenditure'),
      ];
    case 'lines':
      return [seq, { path: [LABELS.item], order: 1, width: WIDTH.name }, ...amounts()];
    case 'functional':
    case 'economic': {
      const scheme = keying === 'economic' ? LABELS.economicClass : LABELS.functionalClass;
      // Henan numbers 栏次 from the first amount column (总计 = 1): its label columns carry none.
      const numbered = (columns[0]?.order ?? 3) > 1;
      return [
        seq,
        // Before the class pair, so the 功能分类科目 header spans 科目编码 and 科目名称 unbroken.
        ...(hasUnitCodes(table) ? [{ path: [LABELS.unitCode], width: WIDTH.unitCode }] : []),
        { path: [scheme, LABELS.code], ...(numbered ? { order: 1 } : {}), width: WIDTH.code },
        { path: [scheme, LABELS.name], ...(numbered ? { order: 2 } : {}), width: WIDTH.name },
        ...amounts(),
      ];
    }
  }
};

interface PrintedRow {
  readonly cells: Row;
  readonly records: BudgetRecord[];
}

const amountCells = (row: TableRow | undefined, columns: readonly BudgetColumn[]): Cell[] =>
  columns.map((column): Cell => {
    const amount = row?.amounts[column.key];
    return amount === undefined ? { text: '', align: 'right' } : { text: amount, amount, align: 'right' };
  });

const recordOf = (seq: number, row: TableRow): BudgetRecord => ({
  seq,
  ...(row.side ? { side: row.side } : {}),
  ...(row.code ? { code: row.code } : {}),
  ...(row.line ? { line: row.line } : {}),
  ...(row.unitCode ? { unitCode: row.unitCode } : {}),
  name: row.name,
  amounts: { ...row.amounts },
});

/** Henan's income side sits in merged group cells (一般公共预算收入 | 财政拨款); one line reads `group·name`. */
const itemName = (row: TableRow | undefined): string =>
  row === undefined ? '' : row.group ? `${row.group}·${row.name}` : row.name;

const seqCell = (seq: number): Cell => ({ text: String(seq), align: 'center' });

const printedRows = (table: StandardTable): PrintedRow[] => {
  const columns = tableColumns(table);
  const keying = TABLE_KIND_DEFINITIONS[table.kind].rowKeying;
  if (keying === 'balance') {
    const income = columns.filter((column) => column.side === 'income');
    const expenditure = columns.filter((column) => column.side === 'expenditure');
    return pairBalanceRows(table.rows).map((pair, index) => {
      const seq = index + 1;
      return {
        cells: [
          seqCell(seq),
          { text: itemName(pair.income) },
          ...amountCells(pair.income, income),
          { text: itemName(pair.expenditure) },
          ...amountCells(pair.expenditure, expenditure),
        ],
        records: [pair.income, pair.expenditure]
          .filter((row): row is TableRow => row !== undefined)
          .map((row) => recordOf(seq, row)),
      };
    });
  }
  const unitCodes = hasUnitCodes(table);
  return table.rows.map((row, index) => {
    const seq = index + 1;
    const labels: Cell[] =
      keying === 'lines'
        ? [{ text: row.name, rowHeader: true }]
        : [
            ...(unitCodes ? [{ text: row.unitCode ?? '', align: 'center' as const }] : []),
            { text: row.code ?? '' },
            { text: row.name, rowHeader: true },
          ];
    return { cells: [seqCell(seq), ...labels, ...amountCells(row, columns)], records: [recordOf(seq, row)] };
  });
};
