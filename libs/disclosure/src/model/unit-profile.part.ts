import type { BudgetUnit } from '@budgetflow/budget-domain';
import { LABELS } from '../labels';
import type { Block, Cell, GridTable, Row } from './disclosure.model';

const SUB_UNIT_COLUMNS = [
  { key: 'code', label: '单位编码', width: 10 },
  { key: 'name', label: '单位名称', width: 30 },
  { key: 'nature', label: '单位性质', width: 8 },
  { key: 'rank', label: '单位规格', width: 10 },
  { key: 'fundingForm', label: '经费保障形式', width: 12 },
] as const;

/** 一、部门职责及机构设置情况: duties as printed, then the 部门机构设置情况 table with the columns known. */
export const buildUnitProfile = (unit: BudgetUnit): Block[] => {
  const blocks: Block[] = [];
  if (unit.duties.length > 0) {
    blocks.push({ kind: 'paragraph', text: LABELS.duties });
    blocks.push(...unit.duties.map((text): Block => ({ kind: 'paragraph', text })));
  }
  if (unit.subUnits.length === 0 && !unit.structureNotes?.length) return blocks;
  blocks.push({ kind: 'paragraph', text: LABELS.structure });
  blocks.push(...(unit.structureNotes ?? []).map((text): Block => ({ kind: 'paragraph', text })));
  const columns = SUB_UNIT_COLUMNS.filter((column) =>
    unit.subUnits.some((subUnit) => (subUnit[column.key] ?? '') !== ''),
  );
  if (unit.subUnits.length === 0) return blocks;
  const table: GridTable = {
    id: 'sub-units',
    caption: LABELS.subUnitTable,
    header: [columns.map((column): Cell => ({ text: column.label, align: 'center' }))],
    body: unit.subUnits.map((subUnit): Row =>
      columns.map((column): Cell => ({ text: subUnit[column.key] ?? '' })),
    ),
    columnCount: columns.length,
    columnWidths: columns.map((column) => column.width),
    notes: [],
  };
  return [...blocks, { kind: 'table', table }];
};
