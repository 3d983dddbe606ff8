/** The parts of a document a difference can be in, in the order they appear in the document. */
export const DIFFERENCE_AREAS = [
  'unit',
  'table',
  'narrative',
  'figure',
  'procurement',
  'asset',
  'department-performance',
  'project',
  'indicator',
] as const;
export type DifferenceArea = (typeof DIFFERENCE_AREAS)[number];

export type DifferenceKind = 'added' | 'removed' | 'changed';

/**
 * One thing a reviewer sees changed between two versions. The domain cannot import
 * libs/contracts, so this mirrors `DocumentDifference` in contracts/commands/budget-commands.ts
 * (whose `area` is a plain string): keep the two in step.
 *
 * `changed` always carries both `before` and `after`; `added` only `after`, `removed` only
 * `before`. A cell or field that goes from blank to filled is `added`, not `changed`, so a caller
 * can rely on that.
 */
export interface DocumentDifference {
  kind: DifferenceKind;
  area: DifferenceArea;
  /** JSON Pointer into `after`, or into `before` for a removal. */
  path: string;
  /** Chinese, for people: `一般公共预算财政拨款支出表 · 2040220 执法办案 · 基本支出`. */
  label: string;
  before?: unknown;
  after?: unknown;
}
