import {
  TABLE_KIND_DEFINITIONS,
  type ClassificationList,
  type ClassificationScheme,
} from '@budgetflow/budget-domain';
import type { RuleContext } from '../../framework/rule-context';
import type { IndexedRow, IndexedTable } from '../../framework/table-index';

export interface CodeRow {
  readonly table: IndexedTable;
  readonly entry: IndexedRow;
  readonly code: string;
  readonly scheme: ClassificationScheme;
  readonly list: ClassificationList;
  /** The printed name without its ordinal prefix (`四、公共安全支出` → `公共安全支出`). */
  readonly name: string;
}

const ORDINAL_PREFIX = /^\s*[一二三四五六七八九十百]+\s*[、.．]\s*/;

export const stripOrdinal = (name: string): string => name.replace(ORDINAL_PREFIX, '');

/** Every classification-code row of every table, with the catalog list of its scheme. */
export const codeRows = (context: RuleContext): CodeRow[] =>
  context.tables.tables.flatMap((table) => {
    const scheme: ClassificationScheme =
      TABLE_KIND_DEFINITIONS[table.kind].rowKeying === 'economic' ? 'economic' : 'functional';
    const list = context.catalog[scheme];
    return table.groups.flatMap((group) =>
      group.rows.flatMap((entry) =>
        entry.row.code === undefined
          ? []
          : [{ table, entry, code: entry.row.code, scheme, list, name: stripOrdinal(entry.row.name) }],
      ),
    );
  });

export const schemeLabel = (scheme: ClassificationScheme): string =>
  scheme === 'economic' ? '支出经济分类' : '支出功能分类';

/** `2022年政府收支分类科目`, with the fallback note when the year is not covered. */
export const catalogLabel = (context: RuleContext): string =>
  `${context.catalog.fiscalYear}年政府收支分类科目${context.catalog.fallback ? `（${context.catalog.fallback}）` : ''}`;
