import { CORRECTIONS, type Correction } from './corrections';
import type { SourceLine } from './source-lines';

/** Characters a regroup must preserve: everything but whitespace, as a sorted multiset. */
const inkOf = (texts: readonly string[]): string => [...texts.join('').replace(/\s/g, '')].sort().join('');

/**
 * Applies the line-anchored corrections. Every anchor must match the source exactly, and a regroup
 * must keep the same characters, so an edited source or a mistyped correction fails loudly.
 */
export const applyCorrections = (
  lines: readonly SourceLine[],
  corrections: readonly Correction[] = CORRECTIONS,
): SourceLine[] => {
  const anchored = new Map<number, 'drop' | 'wraps'>();
  for (const correction of corrections) {
    if (correction.kind === 'regroup') continue;
    const line = lines.find((candidate) => candidate.no === correction.line);
    if (line?.text !== correction.text) {
      throw new Error(`Correction at line ${correction.line}: expected "${correction.text}"`);
    }
    anchored.set(correction.line, correction.kind);
  }
  let result = lines.flatMap((line): SourceLine[] => {
    const kind = anchored.get(line.no);
    if (kind === 'drop') return [];
    return kind === 'wraps' ? [{ ...line, wraps: true }] : [line];
  });
  for (const correction of corrections) {
    if (correction.kind !== 'regroup') continue;
    const { from, to } = correction;
    const span = result.filter((line) => line.no >= from && line.no <= to);
    if (span.length === 0 || inkOf(span.map((line) => line.text)) !== inkOf(correction.lines)) {
      throw new Error(`Correction at lines ${from}-${to}: the regrouped text differs from the source`);
    }
    const start = result.indexOf(span[0]);
    const replacement = correction.lines.map((text) => ({ no: from, text }));
    result = [...result.slice(0, start), ...replacement, ...result.slice(start + span.length)];
  }
  return result;
};
