import { Type, type Static } from '@sinclair/typebox';
import {
  AgencyCode,
  DecimalString,
  IsoDate,
  Label,
  Name,
  Paragraph,
  Paragraphs,
  ProjectCode,
  StrictObject,
} from './document-primitives.schema';
import { PerformanceIndicatorTreeSchema } from './performance-indicator.schema';

/** Fund sources a project table splits its amount into. */
export const FUND_SOURCES = [
  'fiscal', // 财政资金 (Julu)
  'localFiscal', // 本级财力
  'superiorSubsidy', // 上级补助
  'fiscalSpecialAccount', // 财政专户
  'unitFunds', // 单位资金
  'other', // 其他资金
] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

export const FundSourceAmountSchema = StrictObject({
  source: Type.Union(FUND_SOURCES.map((source) => Type.Literal(source))),
  /** Label as printed (`其中：财政资金`, `其他资金`). */
  label: Label,
  /** Absent when the cell is blank. */
  amount: Type.Optional(DecimalString),
});

/** One point of the spend plan (资金支出计划): cumulative percent spent by a printed date. */
export const SpendPlanPointSchema = StrictObject({
  /** As printed: `3 月底`, `6 月底`, `10 月底`, `12 月底`. */
  period: Type.String({ minLength: 1, maxLength: 50 }),
  /** Percent without the sign: `25`. */
  percent: DecimalString,
});

/** Henan project sheet (项目详细信息 and header cells). */
export const ProjectDetailsSchema = StrictObject({
  startDate: Type.Optional(IsoDate),
  endDate: Type.Optional(IsoDate),
  /** 项目负责人. */
  manager: Type.Optional(Type.String({ maxLength: 100 })),
  /** 联系人. */
  contact: Type.Optional(Type.String({ maxLength: 100 })),
  /** 联系电话. */
  phone: Type.Optional(Type.String({ maxLength: 50 })),
  /** 实施主体. */
  implementingBody: Type.Optional(Type.String({ maxLength: 500 })),
  /** 项目概况. */
  overview: Type.Optional(Paragraph),
  /** 立项依据. */
  basis: Type.Optional(Paragraph),
  /** 项目设立的必要性. */
  necessity: Type.Optional(Paragraph),
  /** 项目配套制度措施. */
  supportingMeasures: Type.Optional(Paragraph),
  /** 项目实施计划 (may hold the source's `<p>` markup verbatim). */
  implementationPlan: Type.Optional(Paragraph),
  /** 备注. */
  remarks: Type.Optional(Paragraph),
});

/** 项目支出绩效目标表: one project's target table. */
export const ProjectTargetSchema = StrictObject({
  /** 项目编码 (`13052924P00584110432W`); Handan and Henan print none. */
  code: Type.Optional(ProjectCode),
  name: Name,
  /** Table title as printed (`济源市交通管理支队行政支出项目绩效目标表`). */
  title: Type.Optional(Label),
  /** Owning sub-unit: Julu `312001 巨鹿县公安局本级`, Henan 单位编码 `020001001`. */
  owner: Type.Optional(StrictObject({ code: Type.Optional(AgencyCode), name: Type.Optional(Label) })),
  /** 涉密: reviewers see everything, the public disclosure shows 「涉密」 in its place. */
  classified: Type.Boolean(),
  /** This year's amount: Julu 预算数, Henan 项目本年度金额. */
  amount: Type.Optional(DecimalString),
  /** Henan 项目总金额 (all years). */
  totalAmount: Type.Optional(DecimalString),
  /** Henan 上年度项目总金额. */
  previousYearTotalAmount: Type.Optional(DecimalString),
  /** Henan 项目上年度金额. */
  previousYearAmount: Type.Optional(DecimalString),
  fundSources: Type.Array(FundSourceAmountSchema, { maxItems: 20 }),
  /** Julu 预算规模及资金用途. */
  purpose: Type.Optional(Paragraph),
  /** Henan 资金用途, a category (`业务类`, `信息化工程`, `设备购置及维护`). */
  fundUse: Type.Optional(Type.String({ maxLength: 200 })),
  spendPlan: Type.Array(SpendPlanPointSchema, { maxItems: 12 }),
  /** 绩效目标 items in order, numbering removed, wording (`目标内容 1 …`) kept. */
  goals: Paragraphs,
  /** Henan 项目总目标. */
  overallGoal: Type.Optional(Paragraph),
  /** Henan 年度绩效目标. */
  annualGoal: Type.Optional(Paragraph),
  details: Type.Optional(ProjectDetailsSchema),
  indicators: PerformanceIndicatorTreeSchema,
});

export type FundSourceAmount = Static<typeof FundSourceAmountSchema>;
export type SpendPlanPoint = Static<typeof SpendPlanPointSchema>;
export type ProjectDetails = Static<typeof ProjectDetailsSchema>;
export type ProjectTarget = Static<typeof ProjectTargetSchema>;
