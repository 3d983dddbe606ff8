import { Type, type Static } from '@sinclair/typebox';
import {
  AgencyCode,
  ClassificationCode,
  DecimalString,
  Label,
  MoneyUnit,
  Paragraphs,
  StrictObject,
} from './document-primitives.schema';
import { TABLE_KINDS, TABLE_LAYOUTS } from './standard-table.kinds';

const literals = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((value) => Type.Literal(value)));

export const TableKindSchema = literals(TABLE_KINDS);
export const TableLayoutSchema = literals(TABLE_LAYOUTS);
export const TableSideSchema = Type.Union([Type.Literal('income'), Type.Literal('expenditure')]);

/** Column keys and line keys are camelCase words, line keys dot-separated (`vehicles.purchase`). */
export const COLUMN_KEY_PATTERN = '^[a-z][A-Za-z0-9]{0,63}$';
export const LINE_KEY_PATTERN = '^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*){0,4}$';

/**
 * One printed row. Exactly one of `code` (a classification row) or `line` (a named row: totals,
 * income lines, "三公" items) identifies it. Amounts hold what the author wrote, keyed by the
 * column keys of the table's kind and layout (standard-table.columns.ts); a blank cell is an
 * absent key, a printed `0.00` is `"0.00"`. Nothing is ever recomputed.
 */
export const TableRowSchema = StrictObject({
  /** Two-sided tables (收支总表, 财政拨款收支总表) only. */
  side: Type.Optional(TableSideSchema),
  code: Type.Optional(ClassificationCode),
  line: Type.Optional(Type.String({ pattern: LINE_KEY_PATTERN, maxLength: 100 })),
  /** Henan 单位代码 printed next to the code (`020`). */
  unitCode: Type.Optional(AgencyCode),
  /** Henan income side: the merged group cell (一般公共预算收入, 政府性基金收入) the line sits in. */
  group: Type.Optional(Label),
  /** Name as printed, ordinal prefix included (`四、公共安全支出`, `其中：公务用车购置费`). */
  name: Label,
  amounts: Type.Record(Type.String({ pattern: COLUMN_KEY_PATTERN }), DecimalString, {
    additionalProperties: false,
    maxProperties: 32,
  }),
});

/**
 * One of the standard tables. An empty table is still published: `rows` is empty and `notes`
 * carries 「注：无…，空表列示。」 as printed. Row order is the printed order; 序号 is the position.
 */
export const StandardTableSchema = StrictObject({
  kind: TableKindSchema,
  layout: TableLayoutSchema,
  /** Title as printed (`部门预算收支总表`, `2020年部门收支总体情况表`). */
  title: Label,
  /** A sheet label printed above the title (`预算09表`). */
  sheetLabel: Type.Optional(Type.String({ maxLength: 50 })),
  unitOfMeasure: MoneyUnit,
  rows: Type.Array(TableRowSchema, { maxItems: 5_000 }),
  /** Notes as printed under the table, 「注：」 included. */
  notes: Paragraphs,
});

export type TableRow = Static<typeof TableRowSchema>;
export type StandardTable = Static<typeof StandardTableSchema>;
