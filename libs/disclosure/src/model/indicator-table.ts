import type { PerformanceIndicator, PerformanceIndicatorTree } from '@budgetflow/budget-domain';
import { INDICATOR_COLUMN_LABELS } from '../labels';
import type { Cell, GridTable, Row } from './disclosure.model';
import { publishableLevelName, redactedCell } from './redaction';
import { withSpans } from './table-header';

/** Optional indicator columns, present when any indicator of the table fills them. */
type OptionalColumn = 'description' | 'basis' | 'targetNote';

const optionalColumns = (tree: PerformanceIndicatorTree): OptionalColumn[] => {
  const all = tree.flatMap((c) => c.groups.flatMap((g) => g.indicators));
  const present = (key: OptionalColumn) => all.some((indicator) => (indicator[key] ?? '') !== '');
  return (['description', 'basis', 'targetNote'] as const).filter(present);
};

/**
 * The three-level indicator table (一级 | 二级 | 三级 | 描述 | 指标值 | 确定依据), 一级 and 二级 cells
 * merged down their rows as printed. A 二级 group with no indicator (Henan 资产管理) keeps its row.
 */
export const indicatorTable = (
  id: string,
  caption: string,
  tree: PerformanceIndicatorTree,
  classified: boolean,
): GridTable => {
  const optional = optionalColumns(tree);
  const valueColumns: (keyof PerformanceIndicator)[] = [
    'name',
    ...(optional.includes('description') ? (['description'] as const) : []),
    'target',
    ...(optional.filter((key) => key !== 'description') as OptionalColumn[]),
  ];
  const labels = [
    INDICATOR_COLUMN_LABELS.category,
    INDICATOR_COLUMN_LABELS.group,
    ...valueColumns.map((key) =>
      key === 'name' ? INDICATOR_COLUMN_LABELS.indicator : INDICATOR_COLUMN_LABELS[key],
    ),
  ];
  const body: Row[] = [];
  for (const category of tree) {
    const groups = category.groups.map((group) => ({
      name: classified ? publishableLevelName(group.name) : group.name,
      // A classified group prints one 涉密 row, whatever it held.
      rows: classified ? [undefined] : group.indicators.length > 0 ? group.indicators : [undefined],
    }));
    const categoryRows = Math.max(
      1,
      groups.reduce((sum, group) => sum + group.rows.length, 0),
    );
    const categoryCell = withSpans(
      { text: classified ? publishableLevelName(category.name) : category.name },
      1,
      categoryRows,
    );
    if (groups.length === 0) body.push([categoryCell, ...labels.slice(1).map((): Cell => ({ text: '' }))]);
    groups.forEach((group, g) =>
      group.rows.forEach((indicator, i) => {
        const cells: Cell[] = [];
        if (g === 0 && i === 0) cells.push(categoryCell);
        if (i === 0) cells.push(withSpans({ text: group.name }, 1, group.rows.length));
        for (const key of valueColumns) {
          cells.push(classified ? redactedCell() : { text: indicator?.[key] ?? '' });
        }
        body.push(cells);
      }),
    );
  }
  return {
    id,
    caption,
    header: [labels.map((text): Cell => ({ text, align: 'center' }))],
    body,
    columnCount: labels.length,
    columnWidths: [7, 8, 12, ...valueColumns.slice(1).map((key) => (key === 'target' ? 8 : 14))],
    notes: [],
  };
};
