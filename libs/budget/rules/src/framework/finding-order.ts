import type { Finding, Severity } from './finding';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Top-level parts in the order the document (and the published disclosure) presents them. */
const SECTION_RANK: Readonly<Record<string, number>> = {
  schemaVersion: 0,
  unit: 1,
  fiscalYear: 2,
  tables: 3,
  narrative: 4,
  procurement: 5,
  assets: 6,
  performance: 7,
};

/** JSON Pointers in document order: `/tables/2` before `/tables/10`, tables before the narrative. */
export const comparePointers = (a: string, b: string): number => {
  const left = a.split('/');
  const right = b.split('/');
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x === y) continue;
    if (i === 1) return (SECTION_RANK[x] ?? 99) - (SECTION_RANK[y] ?? 99) || (x < y ? -1 : 1);
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    if (numeric) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
};

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Document order first (what a reviewer reads top to bottom), then rule id, severity and message,
 * so the same document always yields the same list, whatever order the rules ran in.
 */
export const compareFindings = (a: Finding, b: Finding): number =>
  comparePointers(a.location.path, b.location.path) ||
  compareText(a.ruleId, b.ruleId) ||
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
  compareText(a.message, b.message);

/** `/^\d+$/` without a regex: the segments compared while sorting are short. */
const isDigits = (segment: string): boolean => {
  if (segment.length === 0) return false;
  for (let i = 0; i < segment.length; i++) {
    const code = segment.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
};

const SLASH = 47;

const segmentCount = (pointer: string): number => {
  let count = 1;
  for (let i = 0; i < pointer.length; i++) if (pointer.charCodeAt(i) === SLASH) count++;
  return count;
};

/**
 * comparePointers without splitting either pointer: the segments before the first differing
 * character are equal, so only the segment holding it is cut out and compared (section rank at
 * the first segment, numbers as numbers, else as text); when one pointer is the other plus more
 * segments, the shorter comes first.
 */
const comparePointersInPlace = (a: string, b: string): number => {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  const start = i === 0 ? 0 : a.lastIndexOf('/', i - 1) + 1;
  let endA = a.indexOf('/', start);
  if (endA < 0) endA = a.length;
  let endB = b.indexOf('/', start);
  if (endB < 0) endB = b.length;
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  if (x === y) return segmentCount(a) - segmentCount(b);
  if (start > 0 && a.indexOf('/') === start - 1)
    return (SECTION_RANK[x] ?? 99) - (SECTION_RANK[y] ?? 99) || (x < y ? -1 : 1);
  if (isDigits(x) && isDigits(y)) return Number(x) - Number(y);
  return x < y ? -1 : 1;
};

/** The findings in compareFindings order (a stable sort, as Array.prototype.sort is), as a new array. */
export const sortFindings = (findings: readonly Finding[]): Finding[] => {
  const order = findings.map((_, i) => i);
  order.sort((i, j) => {
    const a = findings[i];
    const b = findings[j];
    return (
      comparePointersInPlace(a.location.path, b.location.path) ||
      compareText(a.ruleId, b.ruleId) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      compareText(a.message, b.message)
    );
  });
  return order.map((i) => findings[i]);
};
