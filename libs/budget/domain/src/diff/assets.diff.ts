import type { AssetRow, AssetTable, BudgetDocument } from '../document';
import { joinLabel, type DifferenceLog, type FieldLabels, type Scope } from './difference-log';

const ASSETS: Scope = {
  area: 'asset',
  beforePath: '/assets',
  afterPath: '/assets',
  label: '部门固定资产占用情况表',
};

const TABLE_FIELDS: FieldLabels<AssetTable> = {
  title: '标题',
  asOf: '截止时间',
  unitOfMeasure: '金额单位',
  notes: '注',
};
const ROW_FIELDS: FieldLabels<AssetRow> = {
  category: '类别',
  quantity: '数量',
  unitOfMeasure: '计量单位',
  value: '价值',
};

/** Asset rows by their printed 项目 (`车辆`); the category is optional and repeats (`other`). */
export const diffAssets = (log: DifferenceLog, before: BudgetDocument, after: BudgetDocument): void =>
  log.part(ASSETS, before.assets, after.assets, (was, now) => {
    log.fields(ASSETS, was, now, TABLE_FIELDS);
    log.list({
      area: 'asset',
      beforePath: '/assets/rows',
      afterPath: '/assets/rows',
      before: was.rows,
      after: now.rows,
      identity: (row) => row.item,
      label: (row) => joinLabel(ASSETS.label, row.item),
      compare: (scope, wasRow, nowRow) => log.fields(scope, wasRow, nowRow, ROW_FIELDS),
    });
  });
