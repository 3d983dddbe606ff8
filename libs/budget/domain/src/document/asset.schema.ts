import { Type, type Static } from '@sinclair/typebox';
import {
  DecimalString,
  IsoDate,
  Label,
  MoneyUnit,
  Paragraphs,
  StrictObject,
} from './document-primitives.schema';

/** What an asset row counts; lets validation find vehicles without reading the printed name. */
export const ASSET_CATEGORIES = [
  'total',
  'land',
  'building',
  'vehicle',
  'generalEquipment',
  'specialEquipment',
  'furniture',
  'other',
] as const;

/** One row of 部门固定资产占用情况表: 项目, 数量, 价值. */
export const AssetRowSchema = StrictObject({
  /** 项目 as printed (`车辆`, `单价50万元以上通用设备`). */
  item: Type.String({ minLength: 1, maxLength: 500 }),
  category: Type.Optional(Type.Union(ASSET_CATEGORIES.map((category) => Type.Literal(category)))),
  quantity: Type.Optional(DecimalString),
  /** 辆, 台, 平方米. */
  unitOfMeasure: Type.Optional(Type.String({ maxLength: 20 })),
  value: Type.Optional(DecimalString),
});

export const AssetTableSchema = StrictObject({
  title: Label,
  /** 截止时间 (`2021-12-31`). */
  asOf: Type.Optional(IsoDate),
  /** Unit of `value` (价值（金额单位：万元）). */
  unitOfMeasure: MoneyUnit,
  rows: Type.Array(AssetRowSchema, { maxItems: 5_000 }),
  notes: Paragraphs,
});

export type AssetRow = Static<typeof AssetRowSchema>;
export type AssetTable = Static<typeof AssetTableSchema>;
