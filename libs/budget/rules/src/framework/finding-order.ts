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

const SLASH = 47;
const ZERO = 48;
const NINE = 57;
/** Numbers of at most 15 digits are exact doubles, so Number() orders them as their keys do. */
const MAX_DIGITS = 15;
/** Marks before a segment in a key: `1` to `?` a number of 1 to 15 digits, `@` a word. */
const NUMBER_MARK = ZERO;
const WORD_MARK = NUMBER_MARK + MAX_DIGITS + 1;
/** Scratch for the code units of the key being built, turned into a string in one call. */
const keyCodes: number[] = [];
/** Pointers are short; a key is built for one within the engine's limit on a call's arguments. */
const MAX_KEYED_LENGTH = 10_000;

/** The last section ranked: findings come in runs from the same part of the document. */
let lastSection = '';
let lastRank = 0;

/** SECTION_RANK of the pointer's first segment (ending at `end`); undefined if empty or inherited. */
const sectionRank = (pointer: string, end: number): number | undefined => {
  if (end > 1 && end === lastSection.length + 1 && pointer.startsWith(lastSection, 1)) return lastRank;
  const section = pointer.slice(1, end);
  if (section === '' || (section in SECTION_RANK && !Object.hasOwn(SECTION_RANK, section))) return undefined;
  lastSection = section;
  lastRank = SECTION_RANK[section] ?? 99;
  return lastRank;
};

/**
 * A string whose plain order is comparePointers' order: one code unit for the section's rank, the
 * section's name, then each further segment as `/`, a mark and the segment (`/tables/12/rows/3` →
 * `\u0003tables/212/@rows/13`: marks `2` and `1` for numbers of two digits and one, `@` for a word).
 * Numbers thus compare by length and then digit by digit, any number before any word, and a
 * segment before its own extensions since `/` sorts below every code unit a segment may hold.
 * Undefined for a pointer whose order the key cannot carry, which is then compared with
 * comparePointers itself: not starting with `/`, with an empty segment or a code unit below `/`
 * (`.`, `-`, space), a number with a leading zero or over 15 digits, a word starting with a digit,
 * a section named like an Object property (`constructor`), or longer than MAX_KEYED_LENGTH.
 */
export const pointerSortKey = (pointer: string): string | undefined => {
  const length = pointer.length;
  if (pointer.charCodeAt(0) !== SLASH || length > MAX_KEYED_LENGTH) return undefined;
  let sectionEnd = pointer.indexOf('/', 1);
  if (sectionEnd < 0) sectionEnd = length;
  const rank = sectionRank(pointer, sectionEnd);
  if (rank === undefined) return undefined;
  let size = 0;
  keyCodes[size++] = rank;
  for (let i = 1; i < sectionEnd; i++) {
    const code = pointer.charCodeAt(i);
    if (code < SLASH) return undefined;
    keyCodes[size++] = code;
  }
  // One pass over the other segments: each gets a slot for its mark, filled once its end is seen.
  for (let start = sectionEnd + 1; start <= length;) {
    keyCodes[size++] = SLASH;
    const mark = size++;
    let end = start;
    let digits = 0;
    for (; end < length; end++) {
      const code = pointer.charCodeAt(end);
      if (code === SLASH) break;
      if (code < SLASH) return undefined;
      if (code <= NINE && digits === end - start) digits++;
      keyCodes[size++] = code;
    }
    const segment = end - start;
    if (segment === 0 || (digits > 0 && digits < segment)) return undefined;
    if (digits > MAX_DIGITS || (digits > 1 && pointer.charCodeAt(start) === ZERO)) return undefined;
    keyCodes[mark] = digits > 0 ? NUMBER_MARK + digits : WORD_MARK;
    start = end + 1;
  }
  keyCodes.length = size;
  return String.fromCharCode.apply(null, keyCodes);
};

/**
 * The findings in compareFindings order (a stable sort, as Array.prototype.sort is), as a new array.
 * Each pointer is turned into its sort key once, so each of the many comparisons a large document's
 * thousands of findings need is one string comparison instead of a walk along two pointers.
 */
export const sortFindings = (findings: readonly Finding[]): Finding[] =>
  sortKeyedFindings(
    findings,
    findings.map((finding) => pointerSortKey(finding.location.path)),
  );

/** sortFindings given each finding's pointerSortKey (`keys[i]` for `findings[i]`). */
export const sortKeyedFindings = (
  findings: readonly Finding[],
  keys: ReadonlyArray<string | undefined>,
): Finding[] => {
  const order = findings.map((_, i) => i);
  order.sort((i, j) => {
    const a = findings[i];
    const b = findings[j];
    const x = keys[i];
    const y = keys[j];
    const byPath =
      x !== undefined && y !== undefined
        ? compareText(x, y)
        : comparePointers(a.location.path, b.location.path);
    return (
      byPath ||
      compareText(a.ruleId, b.ruleId) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      compareText(a.message, b.message)
    );
  });
  return order.map((i) => findings[i]);
};
