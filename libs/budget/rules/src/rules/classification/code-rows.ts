import {
  TABLE_KIND_DEFINITIONS,
  type ClassificationList,
  type ClassificationScheme,
  type NameCheck,
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

const computed = new WeakMap<RuleContext, CodeRow[]>();

/**
 * Every classification-code row of every table, with the catalog list of its scheme. Several
 * rules read the list, so it is built once per document.
 */
export const codeRows = (context: RuleContext): readonly CodeRow[] => {
  let rows = computed.get(context);
  if (rows) return rows;
  rows = [];
  for (const table of context.tables.tables) {
    const scheme: ClassificationScheme =
      TABLE_KIND_DEFINITIONS[table.kind].rowKeying === 'economic' ? 'economic' : 'functional';
    const list = context.catalog[scheme];
    for (const group of table.groups) {
      // An index loop: this runs over every row of every table.
      for (let r = 0; r < group.rows.length; r++) {
        const entry = group.rows[r];
        const code = entry.row.code;
        if (code !== undefined)
          rows.push({ table, entry, code, scheme, list, name: stripOrdinal(entry.row.name) });
      }
    }
  }
  computed.set(context, rows);
  return rows;
};

const checks = new WeakMap<RuleContext, readonly NameCheck[]>();

/**
 * Verdicts by catalog list (one per scheme and year, kept for the process), code and printed name.
 * The printed pairs are a small vocabulary; the bound keeps free text from growing it without limit.
 */
const verdicts = new WeakMap<ClassificationList, Map<string, Map<string, NameCheck>>>();
const VERDICTS_LIMIT = 20_000;
let verdictCount = 0;

const verdictOf = (row: CodeRow): NameCheck => {
  let byCode = verdicts.get(row.list);
  if (!byCode) {
    byCode = new Map<string, Map<string, NameCheck>>();
    verdicts.set(row.list, byCode);
  }
  let byName = byCode.get(row.code);
  let check = byName?.get(row.name);
  if (check) return check;
  check = row.list.checkName(row.code, row.name);
  if (verdictCount < VERDICTS_LIMIT) {
    if (!byName) {
      byName = new Map<string, NameCheck>();
      byCode.set(row.code, byName);
    }
    byName.set(row.name, check);
    verdictCount++;
  }
  return check;
};

/**
 * The catalog's verdict on each code row's printed name, in codeRows order. A department prints
 * the same code and name once per unit and per table, so each distinct pair is compared once.
 */
export const nameChecks = (context: RuleContext): readonly NameCheck[] => {
  let result = checks.get(context);
  if (result) return result;
  result = codeRows(context).map(verdictOf);
  checks.set(context, result);
  return result;
};

export const schemeLabel = (scheme: ClassificationScheme): string =>
  scheme === 'economic' ? '支出经济分类' : '支出功能分类';

/** `2022年政府收支分类科目`, with the fallback note when the year is not covered. */
export const catalogLabel = (context: RuleContext): string =>
  `${context.catalog.fiscalYear}年政府收支分类科目${context.catalog.fallback ? `（${context.catalog.fallback}）` : ''}`;
