import { Type, type Static } from '@sinclair/typebox';
import { DecimalString, Label, Paragraph, Paragraphs, StrictObject } from './document-primitives.schema';
import { FIGURE_KEYS } from './narrative-figure.vocabulary';

/**
 * 情况说明: prose as printed, plus the figures the prose states held as structured values beside it.
 * The prose is the published text; the figures are what validation checks against the tables and
 * what the renderer fills in when it generates the prose.
 */

export const NARRATIVE_SECTION_KINDS = [
  'unitProfile', // 部门职责及机构设置情况 (content lives in document.unit)
  'overall', // 部门预算安排的总体情况
  'income', // 收入说明
  'expenditure', // 支出说明
  'change', // 比上年增减情况
  'operatingCosts', // 机关运行经费安排情况
  'threePublic', // 财政拨款“三公”经费预算情况及增减变化原因
  'performance', // 预算绩效信息 (content lives in document.performance)
  'procurement', // 政府采购预算情况 (table in document.procurement)
  'assets', // 国有资产信息 (table in document.assets)
  'glossary', // 名词解释
  'other', // 其他需要说明的事项
] as const;
export type NarrativeSectionKind = (typeof NARRATIVE_SECTION_KINDS)[number];

export const FigureKeySchema = Type.Union(FIGURE_KEYS.map((key) => Type.Literal(key)));

export const NarrativeFigureSchema = StrictObject({
  key: FigureKeySchema,
  /** Signed where the prose states a direction: 增加 → `"3424.44"`, 减少 → `"-52.33"`. */
  amount: DecimalString,
  /** Unit when not 万元 (`个`, `辆`, `%`). */
  unit: Type.Optional(Type.String({ maxLength: 20 })),
  /** The words that state it, exactly as written: `收入总计46003.87万元`. */
  text: Type.String({ minLength: 1, maxLength: 2_000 }),
  /** Reason the prose gives for a change (`主要为增加人员经费支出`). */
  reason: Type.Optional(Type.String({ maxLength: 2_000 })),
});

export const GlossaryTermSchema = StrictObject({
  term: Type.String({ minLength: 1, maxLength: 200 }),
  definition: Paragraph,
});

/**
 * One heading of the 情况说明 and its paragraphs. Sections are a flat list in printed order;
 * `level` 2 sections are sub-headings of the level 1 section before them (二、总体情况 → 1、收入说明).
 */
export const NarrativeSectionSchema = StrictObject({
  kind: Type.Union(NARRATIVE_SECTION_KINDS.map((kind) => Type.Literal(kind))),
  /** Heading as printed, numbering included (`三、机关运行经费安排情况`, `1、收入说明`). */
  heading: Label,
  level: Type.Integer({ minimum: 1, maximum: 3 }),
  paragraphs: Paragraphs,
  figures: Type.Array(NarrativeFigureSchema, { maxItems: 200 }),
  /** 名词解释 entries; only on a `glossary` section. */
  terms: Type.Optional(Type.Array(GlossaryTermSchema, { maxItems: 200 })),
});

export const NarrativeSchema = StrictObject({
  /** `邯郸市公安局 2022 年部门预算信息公开情况说明`. */
  title: Type.Optional(Label),
  /** Paragraphs before the first heading (按照《预算法》…). */
  preamble: Paragraphs,
  sections: Type.Array(NarrativeSectionSchema, { maxItems: 200 }),
});

export type NarrativeFigure = Static<typeof NarrativeFigureSchema>;
export type GlossaryTerm = Static<typeof GlossaryTermSchema>;
export type NarrativeSection = Static<typeof NarrativeSectionSchema>;
export type Narrative = Static<typeof NarrativeSchema>;
