import { STANDARD_INDICATOR_LEVELS, type PerformanceIndicatorTree } from '@budgetflow/budget-domain';
import type { IndicatorRow } from './indicator-rows';

const categoryOf = (group: string): string | undefined =>
  Object.entries(STANDARD_INDICATOR_LEVELS).find(([, groups]) =>
    (groups as readonly string[]).includes(group),
  )?.[0];

/**
 * Builds the 一级 → 二级 → 三级 tree in printed order. Julu prints the 一级 label after or inside
 * its group, so each row's 一级 comes from the national template; consecutive rows with the same
 * 二级 form one group, and a 二级 that comes back later starts a new one.
 */
export const buildIndicatorTree = (rows: readonly IndicatorRow[]): PerformanceIndicatorTree => {
  const tree: PerformanceIndicatorTree = [];
  let previousCategory: string | undefined;
  for (const row of rows) {
    // A 二级 outside the template stays under the 一级 before it.
    const category = categoryOf(row.group) ?? previousCategory;
    if (category === undefined) throw new Error(`Julu line ${row.line}: no 一级 for 二级 "${row.group}"`);
    previousCategory = category;
    let last = tree.at(-1);
    if (last?.name !== category) {
      last = { name: category, groups: [] };
      tree.push(last);
    }
    let group = last.groups.at(-1);
    if (group?.name !== row.group) {
      group = { name: row.group, indicators: [] };
      last.groups.push(group);
    }
    group.indicators.push({
      name: row.name,
      description: row.description,
      target: row.target,
      basis: row.basis,
    });
  }
  return tree;
};
