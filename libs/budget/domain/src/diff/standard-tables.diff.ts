import {
  columnDefinition,
  TABLE_KIND_DEFINITIONS,
  type BudgetDocument,
  type StandardTable,
  type TableRow,
} from '../document';
import { joinLabel, within, type DifferenceLog, type FieldLabels, type Scope } from './difference-log';

const TABLE_FIELDS: FieldLabels<StandardTable> = {
  layout: '版式',
  title: '标题',
  sheetLabel: '表号',
  unitOfMeasure: '金额单位',
  notes: '注',
};
const ROW_FIELDS: FieldLabels<TableRow> = { name: '名称', group: '分组' };

/**
 * A row is the same row when its side and its code or line agree. The Henan layout repeats the
 * 类/款/项 codes under each unit, so a code is only unique together with its 单位代码.
 */
const rowIdentity = (row: TableRow): string =>
  [
    row.side ?? '',
    row.code === undefined ? `line:${row.line ?? ''}` : `code:${row.code}`,
    row.unitCode ?? '',
  ].join('|');

const rowLabel = (row: TableRow): string =>
  row.code === undefined ? row.name || (row.line ?? '') : `${row.code} ${row.name}`;

/** Tables by kind, rows by identity, cells by column key. Labels use the national table title. */
export const diffStandardTables = (log: DifferenceLog, before: BudgetDocument, after: BudgetDocument): void =>
  log.list({
    area: 'table',
    beforePath: '/tables',
    afterPath: '/tables',
    before: before.tables,
    after: after.tables,
    identity: (table) => table.kind,
    label: (table) => TABLE_KIND_DEFINITIONS[table.kind].title,
    compare: (scope, was, now) => {
      log.fields(scope, was, now, TABLE_FIELDS);
      diffRows(log, scope, was, now);
    },
  });

const diffRows = (log: DifferenceLog, table: Scope, before: StandardTable, after: StandardTable): void => {
  const columnLabel = (key: string) => columnDefinition(after.kind, after.layout, key)?.label ?? key;
  log.list({
    area: 'table',
    beforePath: `${table.beforePath}/rows`,
    afterPath: `${table.afterPath}/rows`,
    before: before.rows,
    after: after.rows,
    identity: rowIdentity,
    label: (row) => joinLabel(table.label, rowLabel(row)),
    compare: (scope, was, now) => {
      log.fields(scope, was, now, ROW_FIELDS);
      log.record(within(scope, 'amounts'), was.amounts, now.amounts, columnLabel);
    },
  });
};
