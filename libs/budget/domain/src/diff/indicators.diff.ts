import {
  flattenPerformanceIndicators,
  type PerformanceIndicator,
  type PerformanceIndicatorTree,
} from '../document';
import { joinLabel, type DifferenceLog, type FieldLabels, type Scope } from './difference-log';

const INDICATOR_FIELDS: FieldLabels<PerformanceIndicator> = {
  description: '绩效指标描述',
  target: '指标值',
  basis: '指标值确定依据',
  targetNote: '指标值说明',
};

type PlacedIndicator = ReturnType<typeof flattenPerformanceIndicators>[number];

/**
 * Indicators by their 一级/二级/三级 names within one tree (a project's, or the department target
 * table's), so an indicator moved to another group is removed there and added here. Groups left
 * with no indicator are not reported: they print nothing a reviewer could check.
 */
export const diffIndicators = (
  log: DifferenceLog,
  tree: Scope,
  before: PerformanceIndicatorTree,
  after: PerformanceIndicatorTree,
): void =>
  log.list<PlacedIndicator>({
    area: 'indicator',
    beforePath: tree.beforePath,
    afterPath: tree.afterPath,
    before: flattenPerformanceIndicators(before),
    after: flattenPerformanceIndicators(after),
    identity: ({ category, group, indicator }) => [category, group, indicator.name].join('|'),
    label: ({ category, group, indicator }) =>
      joinLabel(tree.label, `${category}/${group}/${indicator.name}`),
    locate: ({ path: [c, g, i] }) => `/${c}/groups/${g}/indicators/${i}`,
    value: ({ indicator }) => indicator,
    compare: (scope, was, now) => log.fields(scope, was.indicator, now.indicator, INDICATOR_FIELDS),
  });
