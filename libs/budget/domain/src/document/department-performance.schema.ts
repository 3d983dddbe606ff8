import { Type, type Static } from '@sinclair/typebox';
import { DecimalString, Label, Paragraph, Paragraphs, StrictObject } from './document-primitives.schema';
import { PerformanceIndicatorTreeSchema } from './performance-indicator.schema';
import { ProjectTargetSchema } from './performance-target.schema';

/** A heading with its paragraphs, and at most one level of sub-headings, all as printed. */
export const TextBlockSchema = StrictObject({
  heading: Type.Optional(Label),
  paragraphs: Paragraphs,
  subBlocks: Type.Array(StrictObject({ heading: Type.Optional(Label), paragraphs: Paragraphs }), {
    maxItems: 200,
  }),
});

/** Henan 部门(单位)绩效目标表: its own table with duty goal, tasks, budget and indicators. */
export const DepartmentTargetTableSchema = StrictObject({
  /** 部门(单位)名称. */
  unitName: Label,
  /** 年度履职目标. */
  annualDutyGoal: Paragraph,
  /** 年度主要任务: 任务名称 / 主要内容. */
  mainTasks: Type.Array(StrictObject({ name: Label, content: Paragraph }), { maxItems: 200 }),
  /** 预算情况, as printed (validation compares with the tables). */
  budget: StrictObject({
    /** 部门预算总额. */
    total: Type.Optional(DecimalString),
    /** 资金来源·财政性资金. */
    fiscalFunds: Type.Optional(DecimalString),
    /** 资金来源·其他资金. */
    otherFunds: Type.Optional(DecimalString),
    /** 资金结构·基本支出. */
    basic: Type.Optional(DecimalString),
    /** 资金结构·项目支出. */
    project: Type.Optional(DecimalString),
  }),
  /** 一级/二级/三级指标, 指标值 (target), 指标值说明 (targetNote). */
  indicators: PerformanceIndicatorTreeSchema,
});

/** 部门整体绩效目标. */
export const DepartmentPerformanceSchema = StrictObject({
  /** 总体绩效目标. */
  overall: Type.Array(TextBlockSchema, { maxItems: 100 }),
  /** 分项绩效目标. */
  subGoals: Type.Array(TextBlockSchema, { maxItems: 200 }),
  /** 工作保障措施. */
  measures: Type.Array(TextBlockSchema, { maxItems: 100 }),
  targetTable: Type.Optional(DepartmentTargetTableSchema),
});

/** 预算绩效信息: the department's goals and every project's target table. */
export const PerformanceSchema = StrictObject({
  department: Type.Optional(DepartmentPerformanceSchema),
  /** 专项资金绩效目标 (Handan prints the heading with no table). */
  specialFunds: Type.Array(ProjectTargetSchema, { maxItems: 2_000 }),
  /** 预算项目绩效目标, in printed order. */
  projects: Type.Array(ProjectTargetSchema, { maxItems: 2_000 }),
});

export type TextBlock = Static<typeof TextBlockSchema>;
export type DepartmentTargetTable = Static<typeof DepartmentTargetTableSchema>;
export type DepartmentPerformance = Static<typeof DepartmentPerformanceSchema>;
export type Performance = Static<typeof PerformanceSchema>;
