import {
  isAmount,
  isPercentage,
  type IndicatorTarget,
  type PerformanceIndicatorCategory,
  type ProjectTarget,
} from '@budgetflow/budget-domain';
import { defineRule } from '../../framework/rule';
import { normalizeLevelName, templateOf, type TemplateChoice } from './indicator-templates';

/** The kind of each 二级 group name seen (`数量指标` → `数量`): a few names, asked of every indicator. */
const kinds = new Map<string, string>();
const kindOf = (group: string): string => {
  let kind = kinds.get(group);
  if (kind === undefined) {
    kind = normalizeLevelName(group).replace(/指标$/, '');
    if (kinds.size < 10_000) kinds.set(group, kind);
  }
  return kind;
};

const outputKinds = new Map<TemplateChoice, ReadonlySet<string>>();
/** The kinds of a template's 产出 groups (数量, 质量, …), computed once per template. */
const outputKindsOf = (template: TemplateChoice): ReadonlySet<string> => {
  let kinds = outputKinds.get(template);
  if (!kinds) {
    kinds = new Set(template.output.groups.map(kindOf));
    outputKinds.set(template, kinds);
  }
  return kinds;
};

const TIME_UNIT = /^(天|日|工作日|个工作日|小时|分钟|周|个月|月|年)$/;

/**
 * What an indicator of each kind looks like, to find one typed under another group: a count
 * (`≥68人`, `13个`), a rate (`=100%`), a date or duration, an amount of money.
 */
const LOOKS_LIKE: Readonly<Partial<Record<string, (name: string, target: IndicatorTarget) => boolean>>> = {
  数量: (_name, target) =>
    target.kind === 'quantity' &&
    target.unit !== '' &&
    target.unit !== '%' &&
    target.unit !== '‰' &&
    !TIME_UNIT.test(target.unit) &&
    !isAmount(target),
  质量: (name, target) => isPercentage(target) && /率/.test(name),
  时效: (name, target) =>
    target.kind === 'date' ||
    (target.kind === 'quantity' && TIME_UNIT.test(target.unit)) ||
    /及时|时限|期限/.test(name),
  成本: (_name, target) => isAmount(target),
};

// Loops, not callbacks, in the two look-ups below: they run for every project.

/** Where the 一级 `name` is printed among the project's, or -1. */
const categoryIndex = (project: ProjectTarget, name: string): number => {
  for (let c = 0; c < project.indicators.length; c++)
    if (normalizeLevelName(project.indicators[c].name) === name) return c;
  return -1;
};

/** Whether the 一级 has the 二级 `name` with at least one indicator. */
const hasFilledGroup = (category: PerformanceIndicatorCategory, name: string): boolean => {
  for (const group of category.groups)
    if (normalizeLevelName(group.name) === name && group.indicators.length > 0) return true;
  return false;
};

export const prfLvl004 = defineRule({
  id: 'PRF-LVL-004',
  severity: 'warning',
  category: 'performance',
  title: '产出指标含规定的二级指标',
  checks:
    '项目的产出类一级指标下各有至少一个规定的二级指标：全国项目支出绩效目标表样式为数量、质量、时效、成本指标；河南2020样式为数量、质量（该样式的时效、成本栏可不填）。缺少的一类指标若被填在产出的其他二级指标下，指出其位置。',
  why: '数量、质量、时效、成本是衡量产出的基本维度（财预〔2021〕101号要求设置成本指标）；缺少时绩效目标难以考核。个别项目性质特殊，故为警告。',
  check(_document, context, report) {
    for (const { project, pointer, label, indicators } of context.projects()) {
      const template = templateOf(project);
      const c = categoryIndex(project, template.output.category);
      const output = project.indicators[c];
      if (!output) continue;
      for (const required of template.output.groups) {
        if (hasFilledGroup(output, required)) continue;
        const kind = kindOf(required);
        const looksLike = LOOKS_LIKE[kind];
        let misplaced: { name: string; target: string; group: string } | undefined;
        for (let i = 0; looksLike && !misplaced && i < indicators.length; i++) {
          const indicator = indicators.indicator(i);
          if (
            indicators.category(i) === output.name &&
            outputKindsOf(template).has(kindOf(indicators.group(i))) &&
            looksLike(indicator.name, indicators.target(i))
          )
            misplaced = { name: indicator.name, target: indicator.target, group: indicators.group(i) };
        }
        report({
          message: misplaced
            ? `${label}的“${output.name}”下没有${required}；${kind}类指标“${misplaced.name}”（${misplaced.target}）填在了“${misplaced.group}”下。`
            : `${label}的“${output.name}”下没有${required}。`,
          location: {
            project: project.name,
            indicator: output.name,
            path: `${pointer}/indicators/${c}/groups`,
          },
          expected: required,
          actual: misplaced ? `“${misplaced.name}”在“${misplaced.group}”下` : '缺失',
        });
      }
    }
  },
});
