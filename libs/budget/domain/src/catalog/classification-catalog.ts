import {
  levelOfCode,
  parentCodeOf,
  type ClassificationLevel,
  type ClassificationScheme,
} from './classification-code';
import { compareNames, normalizeName, type NameComparison } from './classification-name';
import type { CatalogRow, FormerName } from './data/catalog-row';
import { ECONOMIC_CLASSIFICATION } from './data/economic-classification.data';
import { FUNCTIONAL_CLASSIFICATION } from './data/functional-classification.data';
import { SEED_CODE_OCCURRENCES } from './data/seed-document-codes.data';

/** The fiscal years the catalog data covers. */
export const CATALOG_FIRST_YEAR = 2020;
export const CATALOG_LAST_YEAR = 2026;

export interface ClassificationEntry {
  readonly code: string;
  readonly name: string;
  readonly level: ClassificationLevel;
  readonly parentCode?: string;
  readonly source: ClassificationSource;
  readonly formerNames?: readonly FormerName[];
  readonly note?: string;
}

export interface ClassificationSource {
  /** The official list the entry comes from: `2022年政府收支分类科目`. */
  readonly catalog: string;
  /** Lines of the seed disclosures that print this code with this name. */
  readonly seenIn: ReadonlyArray<{ document: string; line: number; table: string }>;
}

export type NameCheck =
  | { readonly result: 'unknown-code'; readonly code: string }
  | { readonly result: NameComparison; readonly code: string; readonly officialName: string };

export interface ClassificationList {
  readonly scheme: ClassificationScheme;
  readonly fiscalYear: number;
  get(code: string): ClassificationEntry | undefined;
  has(code: string): boolean;
  /** The 款 of a 类 or the 项 of a 款, in code order; without a code, all 类. */
  children(code?: string): ClassificationEntry[];
  entries(): ClassificationEntry[];
  /** The 类 whose name is the printed one (row lists print 类 names without codes). */
  findByName(printedName: string, level?: ClassificationLevel): ClassificationEntry | undefined;
  checkName(code: string, printedName: string): NameCheck;
}

export interface ClassificationCatalog {
  readonly requestedYear: number;
  /** The year whose lists are returned: the requested one, or the nearest covered year. */
  readonly fiscalYear: number;
  /** Set when the requested year is not covered, saying which year stands in and why. */
  readonly fallback?: string;
  readonly functional: ClassificationList;
  readonly economic: ClassificationList;
}

const cache = new Map<number, { functional: ClassificationList; economic: ClassificationList }>();

/**
 * The 政府收支分类科目 of a fiscal year. A year outside 2020–2026 gets the nearest covered year
 * (earlier years fall back to 2020, later ones to 2026) and says so in `fallback`, because a
 * reviewer must know a check ran against another year's names.
 */
export function classificationCatalog(fiscalYear: number): ClassificationCatalog {
  if (!Number.isInteger(fiscalYear)) throw new RangeError(`not a fiscal year: ${fiscalYear}`);
  const year = Math.min(Math.max(fiscalYear, CATALOG_FIRST_YEAR), CATALOG_LAST_YEAR);
  let lists = cache.get(year);
  if (!lists) {
    lists = {
      functional: buildList('functional', year, FUNCTIONAL_CLASSIFICATION),
      economic: buildList('economic', year, ECONOMIC_CLASSIFICATION),
    };
    cache.set(year, lists);
  }
  return {
    requestedYear: fiscalYear,
    fiscalYear: year,
    ...(year !== fiscalYear ? { fallback: fallbackNote(fiscalYear, year) } : {}),
    ...lists,
  };
}

function fallbackNote(requested: number, used: number): string {
  return requested < used
    ? `${requested}年科目未收录，按最早收录的${used}年科目检查`
    : `${requested}年科目尚未收录，按最近的${used}年科目检查`;
}

function buildList(
  scheme: ClassificationScheme,
  year: number,
  rows: readonly CatalogRow[],
): ClassificationList {
  const catalogName = `${year}年政府收支分类科目`;
  const byCode = new Map<string, ClassificationEntry>();
  for (const entry of rows) {
    if ((entry.from ?? -Infinity) > year || (entry.to ?? Infinity) < year) continue;
    const level = levelOfCode(entry.code);
    if (!level) throw new Error(`malformed ${scheme} code in catalog data: ${entry.code}`);
    if (byCode.has(entry.code)) throw new Error(`${scheme} ${entry.code} listed twice for ${year}`);
    const parentCode = parentCodeOf(entry.code);
    byCode.set(entry.code, {
      code: entry.code,
      name: entry.name,
      level,
      ...(parentCode ? { parentCode } : {}),
      source: { catalog: catalogName, seenIn: seenIn(scheme, year, entry) },
      ...(entry.formerNames ? { formerNames: entry.formerNames } : {}),
      ...(entry.note ? { note: entry.note } : {}),
    });
  }
  for (const entry of byCode.values()) {
    if (entry.parentCode && !byCode.has(entry.parentCode)) {
      throw new Error(`${scheme} ${entry.code} has no parent ${entry.parentCode} in ${year}`);
    }
  }
  const sorted = [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1));

  const list: ClassificationList = {
    scheme,
    fiscalYear: year,
    get: (code) => byCode.get(code),
    has: (code) => byCode.has(code),
    children: (code) =>
      sorted.filter((entry) => (code === undefined ? entry.level === '类' : entry.parentCode === code)),
    entries: () => [...sorted],
    findByName: (printedName, level = '类') =>
      sorted.find(
        (entry) => entry.level === level && normalizeName(entry.name) === normalizeName(printedName),
      ),
    checkName(code, printedName) {
      const entry = byCode.get(code);
      if (!entry) return { result: 'unknown-code', code };
      const parentName = entry.parentCode ? byCode.get(entry.parentCode)?.name : undefined;
      const result = compareNames(printedName, entry.name, {
        ...(parentName ? { parentName } : {}),
        formerNames: (entry.formerNames ?? []).map((former) => former.name),
      });
      return { result, code, officialName: entry.name };
    },
  };
  return list;
}

/**
 * Seed lines that print the code with its official name (or the same name in other brackets);
 * a row list's 类 line prints no code and counts when its name is the 类's.
 */
function seenIn(
  scheme: ClassificationScheme,
  year: number,
  entry: CatalogRow,
): ClassificationSource['seenIn'] {
  return SEED_CODE_OCCURRENCES.filter(
    (o) =>
      o.scheme === scheme &&
      o.fiscalYear === year &&
      (o.code === entry.code || (o.code === null && levelOfCode(entry.code) === '类')) &&
      normalizeName(o.printedName) === normalizeName(entry.name),
  ).map(({ document, line, table }) => ({ document, line, table }));
}
