import { Type, type Static } from '@sinclair/typebox';
import { AgencyCode, DivisionCode, Name, Paragraphs, StrictObject } from './document-primitives.schema';

/** 财政区划: the finance division a unit's agency code is unique within. */
export const FinanceDivisionSchema = StrictObject({
  code: DivisionCode,
  name: Name,
});

/** One row of 部门机构设置情况 (or a sub-unit known only from a project table header). */
export const SubUnitSchema = StrictObject({
  code: Type.Optional(AgencyCode),
  name: Name,
  /** 单位性质 as printed: 行政, 事业, ... */
  nature: Type.Optional(Type.String({ maxLength: 50 })),
  /** 单位规格: 副厅（地）级, 正科级, ... */
  rank: Type.Optional(Type.String({ maxLength: 100 })),
  /** 经费保障形式: 财政拨款, 财政性资金基本保证, ... */
  fundingForm: Type.Optional(Type.String({ maxLength: 100 })),
});

export const BudgetUnitSchema = StrictObject({
  /** `<division>-<code>`, e.g. `130400-312`; must agree with division.code and code. */
  id: Type.String({ pattern: '^[0-9]{6}-[0-9]{2,15}$' }),
  division: FinanceDivisionSchema,
  code: AgencyCode,
  name: Name,
  subUnits: Type.Array(SubUnitSchema, { maxItems: 500 }),
  /** 部门职责, one entry per paragraph as printed, numbering included (`（一）按照市委…`). */
  duties: Paragraphs,
  /** Paragraphs printed under 机构设置 besides the sub-unit table. */
  structureNotes: Type.Optional(Paragraphs),
});

export type FinanceDivision = Static<typeof FinanceDivisionSchema>;
export type SubUnit = Static<typeof SubUnitSchema>;
export type BudgetUnit = Static<typeof BudgetUnitSchema>;

/** The unit id the rest of the system keys budgets by. */
export const unitIdOf = (divisionCode: string, agencyCode: string): string => `${divisionCode}-${agencyCode}`;
