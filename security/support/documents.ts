import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A budget document as JSON, without the domain types: the suite sends what an attacker would. */
export type Json = Record<string, unknown>;

const CORRECTED = readFileSync(
  path.resolve(__dirname, '..', '..', 'seeds', 'examples', 'handan-psb-2022-corrected.json'),
  'utf8',
);

/** 邯郸市公安局 2022, corrected so that validation finds no errors (seeds/examples/README.md). */
export const correctedHandan2022 = (): Json => JSON.parse(CORRECTED) as Json;

/**
 * The same budget for 2023: years moved on, and the two things the 2023 catalog no longer has
 * (类 234 抗疫特别国债, the old name of 30110) brought up to date, so it too validates clean.
 */
export function correctedHandan2023(): Json {
  const document = JSON.parse(CORRECTED.replace(/2022/g, '2023')) as Json;
  for (const table of document.tables as { rows: { code?: string; name: string }[] }[]) {
    table.rows = table.rows.filter((row) => row.code !== '234');
    for (const row of table.rows) if (row.code === '30110') row.name = '职工基本医疗保险缴费';
  }
  return document;
}

export const hashOf = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** Reads a JSON Pointer (`/unit/subUnits/1/name`). */
export function valueAt(document: unknown, pointer: string): unknown {
  let current = document;
  for (const part of pointer.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return current;
}

/** Writes a JSON Pointer whose parent exists. */
export function setAt(document: unknown, pointer: string, value: unknown): void {
  const parts = pointer.split('/').slice(1);
  const last = parts.pop()!;
  const parent = valueAt(document, `/${parts.join('/')}`.replace(/^\/$/, ''));
  if (parent === null || typeof parent !== 'object') throw new Error(`no parent for ${pointer}`);
  (parent as Record<string, unknown>)[last] = value;
}

/**
 * The free-text fields of the document that reach the published disclosure: unit profile,
 * narrative, performance targets, procurement, assets and table titles and notes. Found in the
 * document rather than listed, so every section, term and table gets one.
 */
export function freeTextPointers(document: Json): string[] {
  const pointers = [
    '/unit/name',
    '/unit/division/name',
    '/unit/duties/0',
    '/unit/subUnits/1/name',
    '/unit/subUnits/1/rank',
    '/unit/subUnits/1/fundingForm',
    '/narrative/title',
    '/narrative/preamble/0',
    '/performance/department/overall/0/heading',
    '/performance/department/overall/0/paragraphs/0',
    '/performance/department/measures/0/heading',
    '/performance/department/subGoals/0/heading',
    '/performance/projects/0/name',
    '/performance/projects/0/title',
    '/performance/projects/0/goals/0',
    '/performance/projects/0/indicators/0/groups/0/indicators/0/name',
    '/performance/projects/0/indicators/0/groups/0/indicators/0/description',
    '/performance/projects/0/indicators/0/groups/0/indicators/0/basis',
    '/procurement/title',
    '/procurement/notes/0',
    '/assets/title',
    '/assets/notes/0',
  ];
  const sections = (valueAt(document, '/narrative/sections') as Json[] | undefined) ?? [];
  sections.forEach((section, index) => {
    pointers.push(`/narrative/sections/${index}/heading`);
    if (Array.isArray(section.paragraphs) && section.paragraphs.length > 0)
      pointers.push(`/narrative/sections/${index}/paragraphs/0`);
    if (Array.isArray(section.terms) && section.terms.length > 0)
      pointers.push(
        `/narrative/sections/${index}/terms/0/term`,
        `/narrative/sections/${index}/terms/0/definition`,
      );
  });
  (document.tables as Json[]).forEach((table, index) => {
    pointers.push(`/tables/${index}/title`);
    if (Array.isArray(table.notes) && table.notes.length > 0) pointers.push(`/tables/${index}/notes/0`);
  });
  return pointers.filter((pointer) => typeof valueAt(document, pointer) === 'string');
}

/** Appends `payload(pointer)` to every free-text field; answers the pointers and what each now holds. */
export function appendToFreeText(document: Json, payload: (index: number) => string): Map<string, string> {
  const written = new Map<string, string>();
  freeTextPointers(document).forEach((pointer, index) => {
    const text = `${valueAt(document, pointer) as string}${payload(index)}`;
    setAt(document, pointer, text);
    written.set(pointer, text);
  });
  return written;
}

export const SCRIPT = '<script>alert(1)</script>';
export const ATTRIBUTE_BREAK = '"><img src=x onerror=alert(1)>';
export const SVG = '<svg onload=alert(1)>';
export const SQL = "'; DROP TABLE budgets; --";

/** Spreadsheet formulas in the names of table rows that carry no classification code. */
export const FORMULAS: readonly [pointer: string, text: string][] = [
  ['/tables/1/rows/0/name', '=HYPERLINK("http://evil.example","x")'],
  ['/tables/2/rows/0/name', '+1+1'],
  ['/tables/4/rows/0/name', '-2+3'],
  ['/tables/5/rows/0/name', '@SUM(1+1)'],
  ['/tables/8/rows/1/name', '\t=1+1'],
];

/**
 * 邯郸 2022 with script in every free-text field that reaches the public page (and a shorter
 * one where the field is short), and spreadsheet formulas as row names: still a budget with no
 * validation errors, so it can be approved and published.
 */
export function hostileHandan2022(): Json {
  const document = correctedHandan2022();
  appendToFreeText(document, (index) => `x${index}${SCRIPT}${ATTRIBUTE_BREAK}`);
  setAt(document, '/unit/subUnits/1/nature', SVG);
  for (const [pointer, text] of FORMULAS) setAt(document, pointer, text);
  return document;
}
