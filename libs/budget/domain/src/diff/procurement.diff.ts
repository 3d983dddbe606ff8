import {
  PROCUREMENT_AMOUNT_COLUMNS,
  type BudgetDocument,
  type ProcurementRow,
  type ProcurementTable,
} from '../document';
import { joinLabel, within, type DifferenceLog, type FieldLabels, type Scope } from './difference-log';

const PROCUREMENT: Scope = {
  area: 'procurement',
  beforePath: '/procurement',
  afterPath: '/procurement',
  label: '部门政府采购预算',
};

const TABLE_FIELDS: FieldLabels<ProcurementTable> = { title: '标题', unitOfMeasure: '金额单位', notes: '注' };
const ROW_FIELDS: FieldLabels<ProcurementRow> = {
  projectBudget: '项目预算资金',
  unitOfMeasure: '计量单位',
  quantity: '数量',
  unitPrice: '单价',
  smeReserved: '预留中小微企业份额',
};
const AMOUNT_LABELS = new Map<string, string>(
  PROCUREMENT_AMOUNT_COLUMNS.map(({ key, label }) => [key, label]),
);

/** A procurement row is the item bought, under its source project and catalogue number. */
const rowIdentity = (row: ProcurementRow): string =>
  [row.projectName ?? '', row.catalogCode ?? '', row.item].join('|');

const rowLabel = (row: ProcurementRow): string =>
  joinLabel(
    PROCUREMENT.label,
    row.projectName,
    row.catalogCode ? `${row.item}（${row.catalogCode}）` : row.item,
  );

export const diffProcurement = (log: DifferenceLog, before: BudgetDocument, after: BudgetDocument): void =>
  log.part(PROCUREMENT, before.procurement, after.procurement, (was, now) => {
    log.fields(PROCUREMENT, was, now, TABLE_FIELDS);
    log.list({
      area: 'procurement',
      beforePath: '/procurement/rows',
      afterPath: '/procurement/rows',
      before: was.rows,
      after: now.rows,
      identity: rowIdentity,
      label: rowLabel,
      compare: (scope, wasRow, nowRow) => {
        log.fields(scope, wasRow, nowRow, ROW_FIELDS);
        log.record(within(scope, 'amounts'), wasRow.amounts, nowRow.amounts, (key) =>
          joinLabel('当年部门预算安排资金', AMOUNT_LABELS.get(key) ?? key),
        );
      },
    });
  });
