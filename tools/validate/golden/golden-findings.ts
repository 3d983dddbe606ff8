import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseBudgetDocument } from '@budgetflow/budget-domain';
import { validateDocument, type Finding } from '@budgetflow/budget-rules';
import { REPOSITORY_ROOT } from '../../repository-root';

/** The seeds whose findings are reviewed against their source text and kept as golden files. */
export const GOLDEN_SEEDS = ['handan-psb-2022', 'jiyuan-psb-2020', 'julu-psb-2024'] as const;
export type GoldenSeed = (typeof GOLDEN_SEEDS)[number];

export const seedFile = (seed: GoldenSeed): string => path.join(REPOSITORY_ROOT, 'seeds', `${seed}.json`);
export const goldenFile = (seed: GoldenSeed): string =>
  path.join(REPOSITORY_ROOT, 'tools', 'validate', 'golden', `${seed}.findings.json`);

/** What `validateDocument` returns for a document file, after the parse the CLI and services do. */
export const validateFile = (file: string): Finding[] => {
  const parsed = parseBudgetDocument(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) {
    const first = parsed.errors
      .slice(0, 3)
      .map((error) => `${error.path}: ${error.message}`)
      .join('; ');
    throw new Error(`${file} is not a valid budget document: ${first}`);
  }
  return validateDocument(parsed.document);
};

/** The golden file's exact bytes. */
export const renderFindings = (findings: readonly Finding[]): string =>
  `${JSON.stringify(findings, null, 2)}\n`;

export const readGolden = (seed: GoldenSeed): Finding[] =>
  JSON.parse(readFileSync(goldenFile(seed), 'utf8')) as Finding[];

/** One line a reviewer can read: severity, rule, where, what. */
export const describeFinding = (finding: Finding): string =>
  `${finding.severity} ${finding.ruleId} ${finding.location.path} — ${finding.message}`;

const flatten = (value: unknown, prefix: string, into: Map<string, unknown>): Map<string, unknown> => {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, value);
  }
  return into;
};

const changedFields = (before: Finding, after: Finding): string[] => {
  const a = flatten(before, '', new Map());
  const b = flatten(after, '', new Map());
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys
    .filter((key) => !isDeepStrictEqual(a.get(key), b.get(key)))
    .map(
      (key) =>
        `${key}: ${JSON.stringify(a.get(key)) ?? '(none)'} → ${JSON.stringify(b.get(key)) ?? '(none)'}`,
    );
};

/**
 * The difference between the reviewed findings and today's, one readable line per finding:
 * `- ` a reviewed finding that is gone, `+ ` a new one, `~ ` the same rule and place with other
 * details (each changed field listed), or the first place where only the order differs.
 * Empty when the two arrays are identical.
 */
export const diffFindings = (expected: readonly Finding[], actual: readonly Finding[]): string[] => {
  if (isDeepStrictEqual(expected, actual)) return [];
  const unmatched = [...actual];
  const removed: Finding[] = [];
  for (const finding of expected) {
    const index = unmatched.findIndex((candidate) => isDeepStrictEqual(candidate, finding));
    if (index >= 0) unmatched.splice(index, 1);
    else removed.push(finding);
  }
  const lines: string[] = [];
  for (const before of removed) {
    const index = unmatched.findIndex(
      (after) => after.ruleId === before.ruleId && after.location.path === before.location.path,
    );
    if (index < 0) {
      lines.push(`- ${describeFinding(before)}`);
      continue;
    }
    const [after] = unmatched.splice(index, 1) as [Finding];
    lines.push(`~ ${before.ruleId} ${before.location.path}: ${changedFields(before, after).join('; ')}`);
  }
  lines.push(...unmatched.map((finding) => `+ ${describeFinding(finding)}`));
  if (lines.length === 0) {
    const at = expected.findIndex((finding, index) => !isDeepStrictEqual(finding, actual[index]));
    const [before, after] = [expected[at], actual[at]] as [Finding, Finding];
    lines.push(`order changed at #${at}: reviewed ${describeFinding(before)}, now ${describeFinding(after)}`);
  }
  return [`${expected.length} reviewed findings, ${actual.length} now:`, ...lines];
};

// Rewrites the golden files from today's findings. Run it only after reviewing every changed
// finding against the source text (tools/validate/golden/README.md):
//   bash scripts/run-built.sh dist/tools/validate/golden/golden-findings.js
if (require.main === module) {
  for (const seed of GOLDEN_SEEDS) {
    const findings = validateFile(seedFile(seed));
    writeFileSync(goldenFile(seed), renderFindings(findings));
    process.stdout.write(`golden: seeds/${seed}.json → ${findings.length} findings\n`);
  }
}
