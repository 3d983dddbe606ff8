import type { IndicatorTarget } from '@budgetflow/budget-domain';
import type { RuleIssue } from '../../framework/finding';
import type { IndexedProject } from '../../framework/project-index';
import type { RuleContext } from '../../framework/rule-context';
import { isCostGroup } from './indicator-templates';

export interface CostIndicator {
  readonly entry: IndexedProject;
  /** The indicator's position in `entry.indicators`. */
  readonly index: number;
  readonly target: IndicatorTarget;
}

const computed = new WeakMap<RuleContext, readonly CostIndicator[]>();

/**
 * Every indicator under a 成本 group of an unclassified project (a classified one publishes nothing).
 * Three rules read the list, so it is built once per document.
 */
export const costIndicators = (context: RuleContext): readonly CostIndicator[] => {
  let list = computed.get(context);
  if (list) return list;
  const found: CostIndicator[] = [];
  for (const entry of context.projects()) {
    if (entry.project.classified) continue;
    const { indicators } = entry;
    let lastGroup: string | undefined;
    let cost = false;
    for (let index = 0; index < indicators.length; index++) {
      const group = indicators.group(index);
      if (group !== lastGroup) {
        lastGroup = group;
        cost = isCostGroup(group);
      }
      if (cost) found.push({ entry, index, target: indicators.target(index) });
    }
  }
  list = found;
  computed.set(context, list);
  return list;
};

/** A finding about a cost indicator's target, at the target's path. */
export function costTargetIssue(
  { entry, index, target }: CostIndicator,
  problem: string,
  expected: string,
): RuleIssue {
  return {
    message: `${entry.label}的成本指标“${entry.indicators.indicator(index).name}”${problem}`,
    location: {
      project: entry.project.name,
      indicator: entry.indicators.label(index),
      path: `${entry.indicators.pointer(index)}/target`,
    },
    expected,
    actual: target.raw,
  };
}
