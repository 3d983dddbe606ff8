import {
  PROCUREMENT_AMOUNT_COLUMNS,
  type AssetTable,
  type BudgetDocument,
  type ProcurementRow,
  type ProcurementTable,
} from '@budgetflow/budget-domain';
import { LABELS } from '../labels';
import type { Cell, GridTable, Row } from './disclosure.model';
import { headerRows } from './table-header';
import { redactedCell } from './redaction';

const amountCell = (value: string | undefined): Cell =>
  value === undefined ? { text: '', align: 'right' } : { text: value, amount: value, align: 'right' };

const lead = (document: BudgetDocument, unitOfMeasure?: string, year?: string): GridTable['lead'] => ({
  unit: `${document.unit.code} ${document.unit.name}`,
  ...(year ? { year } : {}),
  ...(unitOfMeasure ? { unitOfMeasure } : {}),
});

/**
 * 部门政府采购预算. A purchase for a classified project is 涉密 like the project itself (邯郸's note:
 * 涉密采购事项按照相关规定执行), so its row shows 涉密 in every cell.
 */
export const procurementTable = (document: BudgetDocument, table: ProcurementTable): GridTable => {
  const classifiedNames = new Set(
    (document.performance?.projects ?? [])
      .filter((project) => project.classified)
      .map((project) => project.name),
  );
  const amountGroup = '政府采购金额（当年部门预算安排资金）';
  const paths = [
    ['政府采购项目来源', '项目名称'],
    ['政府采购项目来源', '预算资金'],
    ['采购物品名称'],
    ['政府采购目录序号'],
    ['计量单位'],
    ['数量'],
    ['单价'],
    ...PROCUREMENT_AMOUNT_COLUMNS.map((column) => [amountGroup, column.label]),
    [`${document.fiscalYear}年预留中小微企业份额`],
  ];
  const rowCells = (row: ProcurementRow): Row => {
    const cells: Cell[] = [
      { text: row.projectName ?? '' },
      amountCell(row.projectBudget),
      { text: row.item },
      { text: row.catalogCode ?? '' },
      { text: row.unitOfMeasure ?? '', align: 'center' },
      amountCell(row.quantity),
      amountCell(row.unitPrice),
      ...PROCUREMENT_AMOUNT_COLUMNS.map((column) => amountCell(row.amounts[column.key])),
      amountCell(row.smeReserved),
    ];
    return row.projectName !== undefined && classifiedNames.has(row.projectName)
      ? cells.map(() => redactedCell())
      : cells;
  };
  return {
    id: 'procurement-table',
    caption: table.title,
    lead: lead(document, LABELS.unitOfMeasure(table.unitOfMeasure)),
    header: headerRows(paths),
    body: table.rows.map(rowCells),
    columnCount: paths.length,
    columnWidths: [12, 7, 12, 8, 5, 5, 6, ...PROCUREMENT_AMOUNT_COLUMNS.map(() => 7), 8],
    notes: [...table.notes],
  };
};

/** 部门固定资产占用情况表: 项目 | 数量 | 价值, with its 截止时间. */
export const assetTable = (document: BudgetDocument, table: AssetTable): GridTable => ({
  id: 'asset-table',
  caption: table.title,
  lead: lead(document, undefined, table.asOf ? `截止时间：${table.asOf}` : undefined),
  header: [
    ['项 目', '数量', `价值（金额单位：${table.unitOfMeasure}）`].map((text): Cell => ({
      text,
      align: 'center',
    })),
  ],
  body: table.rows.map((row): Row => [
    { text: row.item },
    row.quantity === undefined
      ? { text: '', align: 'right' }
      : { text: `${row.quantity}${row.unitOfMeasure ?? ''}`, align: 'right' },
    amountCell(row.value),
  ]),
  columnCount: 3,
  columnWidths: [30, 12, 18],
  notes: [...table.notes],
});
