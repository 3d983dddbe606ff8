import { STANDARD_INDICATOR_LEVELS, type ProjectTarget } from '@budgetflow/budget-domain';

/** 一级 → its 二级 names, per template. */
export type IndicatorTemplate = Readonly<Record<string, readonly string[]>>;

/** Henan 2020 project sheets (投入与目标管理 / 产出目标 / 效果目标 / 影响力目标). */
export const HENAN_2020_INDICATOR_LEVELS: IndicatorTemplate = {
  投入与目标管理: ['投入管理', '财务管理', '项目管理', '资产管理'],
  产出目标: ['数量', '质量', '时效', '成本'],
  效果目标: ['经济效益', '社会效益', '环境效益', '满意度'],
  影响力目标: ['长效管理', '人力资源', '部门协助', '配套设施', '信息共享', '其它'],
};

export interface TemplateChoice {
  readonly name: string;
  readonly levels: IndicatorTemplate;
  /** 一级 every project table must have. */
  readonly required: readonly string[];
  /** 产出 一级 and the 二级 groups under it that must carry an indicator. */
  readonly output: { readonly category: string; readonly groups: readonly string[] };
  /** Whether the template prints a 指标值确定依据 column beside each indicator. */
  readonly basisColumn: boolean;
}

const NATIONAL: TemplateChoice = {
  name: '全国项目支出绩效目标表',
  levels: STANDARD_INDICATOR_LEVELS,
  required: ['产出指标', '效益指标'],
  // 财预〔2021〕101号: 产出 is measured by 数量、质量、时效 and 成本 (成本指标 required from 2021).
  output: { category: '产出指标', groups: ['数量指标', '质量指标', '时效指标', '成本指标'] },
  basisColumn: true,
};
const HENAN: TemplateChoice = {
  name: '河南省项目绩效目标表（2020）',
  levels: HENAN_2020_INDICATOR_LEVELS,
  required: ['产出目标', '效果目标'],
  // The 2020 sheets predate the 2021 guidance: 时效 and 成本 rows are printed but optional.
  output: { category: '产出目标', groups: ['数量', '质量'] },
  basisColumn: false,
};

// Level names repeat on every project table: normalize each distinct spelling once.
const normalizedNames = new Map<string, string>();
export const normalizeLevelName = (name: string): string => {
  let result = normalizedNames.get(name);
  if (result === undefined) {
    result = name.normalize('NFKC').replace(/\s+/g, '');
    if (normalizedNames.size < 10_000) normalizedNames.set(name, result);
  }
  return result;
};

/**
 * A project follows the Henan template when any of its 一级 is a Henan 一级; else the national one.
 * Worked out on each call, not kept per project: a project has a few 一级 with names normalized
 * once per process, while a table keyed by project objects costs more to fill for every document
 * (and to collect afterwards) than the look-ups it saves.
 */
export const templateOf = (project: ProjectTarget): TemplateChoice => {
  const categories = project.indicators;
  for (let c = 0; c < categories.length; c++)
    if (normalizeLevelName(categories[c].name) in HENAN_2020_INDICATOR_LEVELS) return HENAN;
  return NATIONAL;
};

const COST = /成本/;
const OUTPUT_QUANTITATIVE = /^(数量|质量|时效)(指标)?$/;

export const isCostGroup = (group: string): boolean => COST.test(group);
export const isQuantitativeOutputGroup = (group: string): boolean =>
  OUTPUT_QUANTITATIVE.test(normalizeLevelName(group));
export const isTimelinessGroup = (group: string): boolean => /^时效(指标)?$/.test(normalizeLevelName(group));

/** Every 一级 and 二级 name of a template: printed in the 三级 column they mean the table is misaligned. */
export const isTemplateLevelName = (template: TemplateChoice, name: string): boolean => {
  const normalized = normalizeLevelName(name);
  return (
    normalized in template.levels ||
    Object.values(template.levels).some((groups) => groups.includes(normalized))
  );
};

/** `15 万` in a cost cell means 万元: the word 元 is missing, the amount is not. */
export const isBareWan = (unit: string): boolean => unit === '万' || unit.startsWith('万/');
