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

/** comparePointers on pointers split beforehand: the same result, without splitting on every comparison. */
const compareSegments = (left: readonly string[], right: readonly string[]): number => {
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x === y) continue;
    if (i === 1) return (SECTION_RANK[x] ?? 99) - (SECTION_RANK[y] ?? 99) || (x < y ? -1 : 1);
    if (isDigits(x) && isDigits(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
};

/** The findings in compareFindings order (a stable sort, as Array.prototype.sort is), as a new array. */
export const sortFindings = (findings: readonly Finding[]): Finding[] => {
  const split = new Map<string, readonly string[]>();
  const segments = findings.map((finding) => {
    const path = finding.location.path;
    let parts = split.get(path);
    if (!parts) {
      parts = path.split('/');
      split.set(path, parts);
    }
    return parts;
  });
  const order = findings.map((_, i) => i);
  order.sort((i, j) => {
    const a = findings[i];
    const b = findings[j];
    return (
      compareSegments(segments[i] ?? [], segments[j] ?? []) ||
      compareText(a.ruleId, b.ruleId) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      compareText(a.message, b.message)
    );
  });
  return order.map((i) => findings[i]);
};
