import { Type, type Static } from '@sinclair/typebox';
import { Label, StrictObject } from './document-primitives.schema';

/**
 * Performance indicators as a three-level tree, in printed order:
 * 一级 (产出指标/效益指标/满意度指标; Henan 投入与目标管理/产出目标/效果目标/影响力目标)
 * → 二级 (数量/质量/时效/成本指标, 经济/社会/生态效益指标, 可持续影响指标, 服务对象满意度指标, …)
 * → 三级, the indicator itself.
 *
 * Names are kept as printed, not as an enum: real tables misplace them (a 二级 name in the 一级
 * column, a 二级 group repeated further down, empty Henan groups such as 资产管理 with no
 * indicator) and validation must see that. The same name may therefore occur twice among siblings.
 */
export const PerformanceIndicatorSchema = StrictObject({
  /** 三级指标. */
  name: Label,
  /** 绩效指标描述. */
  description: Type.Optional(Type.String({ maxLength: 4_000 })),
  /** 指标值 / 目标值 exactly as written (`≥90 百分比`, `≤500 万元`, `2024 年 12 月底`, `涉密`); parsed elsewhere. */
  target: Type.String({ maxLength: 2_000 }),
  /** 指标值确定依据. */
  basis: Type.Optional(Type.String({ maxLength: 4_000 })),
  /** 指标值说明 (Henan department table): how the value is defined or computed. */
  targetNote: Type.Optional(Type.String({ maxLength: 4_000 })),
});

export const PerformanceIndicatorGroupSchema = StrictObject({
  /** 二级指标. */
  name: Label,
  indicators: Type.Array(PerformanceIndicatorSchema, { maxItems: 500 }),
});

export const PerformanceIndicatorCategorySchema = StrictObject({
  /** 一级指标. */
  name: Label,
  groups: Type.Array(PerformanceIndicatorGroupSchema, { maxItems: 100 }),
});

export const PerformanceIndicatorTreeSchema = Type.Array(PerformanceIndicatorCategorySchema, {
  maxItems: 50,
});

export type PerformanceIndicator = Static<typeof PerformanceIndicatorSchema>;
export type PerformanceIndicatorGroup = Static<typeof PerformanceIndicatorGroupSchema>;
export type PerformanceIndicatorCategory = Static<typeof PerformanceIndicatorCategorySchema>;
export type PerformanceIndicatorTree = Static<typeof PerformanceIndicatorTreeSchema>;

/** The standard 一级/二级 names (national template), for editors' pick lists and for rules. */
export const STANDARD_INDICATOR_LEVELS = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
} as const;

/** Every indicator with its place in the tree, flattened in printed order. */
export const flattenPerformanceIndicators = (
  tree: PerformanceIndicatorTree,
): { category: string; group: string; indicator: PerformanceIndicator; path: [number, number, number] }[] =>
  tree.flatMap((category, c) =>
    category.groups.flatMap((group, g) =>
      group.indicators.map((indicator, i) => ({
        category: category.name,
        group: group.name,
        indicator,
        path: [c, g, i] as [number, number, number],
      })),
    ),
  );
