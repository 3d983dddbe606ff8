import { Type, type Static, type TOptional } from '@sinclair/typebox';
import { DecimalString, Label, MoneyUnit, Paragraphs, StrictObject } from './document-primitives.schema';

/** 政府采购预算: the amount columns (当年部门预算安排资金), as in Handan's 部门政府采购预算. */
export const PROCUREMENT_AMOUNT_COLUMNS = [
  { key: 'total', label: '合计' },
  { key: 'generalPublicBudget', label: '一般公共预算拨款' },
  { key: 'govFundBudget', label: '基金预算拨款' },
  { key: 'stateCapitalBudget', label: '国有资本经营预算拨款' },
  { key: 'fiscalSpecialAccount', label: '财政专户核拨' },
  { key: 'unitFunds', label: '单位资金' },
  { key: 'fiscalCarryover', label: '财政拨款结转' },
  { key: 'nonFiscalCarryover', label: '非财政拨款结转结余' },
] as const;

const amountColumns = Object.fromEntries(
  PROCUREMENT_AMOUNT_COLUMNS.map((column) => [column.key, Type.Optional(DecimalString)]),
) as Record<(typeof PROCUREMENT_AMOUNT_COLUMNS)[number]['key'], TOptional<typeof DecimalString>>;

export const ProcurementRowSchema = StrictObject({
  /** 政府采购项目来源·项目名称. */
  projectName: Type.Optional(Label),
  /** 政府采购项目来源·预算资金 (the source project's budget). */
  projectBudget: Type.Optional(DecimalString),
  /** 采购物品名称. */
  item: Type.String({ minLength: 1, maxLength: 500 }),
  /** 政府采购目录序号 (`A02030709`). */
  catalogCode: Type.Optional(Type.String({ pattern: '^[A-Z][0-9A-Z]{0,19}$' })),
  /** 计量单位 (台, 套, 项). */
  unitOfMeasure: Type.Optional(Type.String({ maxLength: 20 })),
  quantity: Type.Optional(DecimalString),
  unitPrice: Type.Optional(DecimalString),
  amounts: StrictObject(amountColumns),
  /** 预留中小微企业份额. */
  smeReserved: Type.Optional(DecimalString),
});

/** 部门政府采购预算. Empty when there is none, with the note 「注：无政府采购预算，空表列示。」. */
export const ProcurementTableSchema = StrictObject({
  title: Label,
  unitOfMeasure: MoneyUnit,
  rows: Type.Array(ProcurementRowSchema, { maxItems: 5_000 }),
  notes: Paragraphs,
});

export type ProcurementRow = Static<typeof ProcurementRowSchema>;
export type ProcurementTable = Static<typeof ProcurementTableSchema>;
