import { STANDARD_INDICATOR_LEVELS } from '@budgetflow/budget-domain';
import { sourceError, type SourceLine } from './source-lines';
import { displayWidth, joinWrapped } from './text-layout';

/** One printed indicator row, cells joined, 一级 not yet assigned. */
export interface IndicatorRow {
  readonly line: number;
  /** 二级指标. */
  readonly group: string;
  /** 三级指标. */
  readonly name: string;
  readonly description: string;
  readonly target: string;
  readonly basis: string;
}

/**
 * Column widths in display columns (two per Chinese character): 二级, 三级, 绩效指标描述, 指标值,
 * 指标值确定依据. A cell wraps only when the next character does not fit, so every line of a
 * cell but its last fills the column. Lines holding digits or Latin letters wrap a little earlier
 * (a number is not split and its width in the PDF font is not exact), hence the extra slack.
 */
const COLUMN_WIDTHS = [10, 10, 24, 10, 14] as const;
const TARGET_COLUMN = 3;
const CJK_SLACK = 1;
const ASCII_SLACK = 3;
const OVERFLOW = 1;

const CATEGORY_LABELS: ReadonlySet<string> = new Set(Object.keys(STANDARD_INDICATOR_LEVELS));
const GROUP_NAMES: readonly string[] = Object.values(STANDARD_INDICATOR_LEVELS).flat();
/**
 * How much a cell looks like a 指标值, best first: a comparator, a number and one unit word
 * (`≥2 人`, `1 长期`) or a date (`2024 年 12 月底`); anything starting with a comparator or a
 * number; free text (`持续上升`). Used only to choose between cuts that the widths all allow.
 */
const TARGET_SHAPES = [/^[≥≤<>=]?\d+(\.\d+)?(%| ?[^ ]+)?$|^(\d+ 年 )?\d+ 月/, /^[≥≤<>=]|^\d/, /./] as const;
const targetRank = (target: string): number => TARGET_SHAPES.findIndex((shape) => shape.test(target));

interface Word {
  readonly text: string;
  /** Index of its line within the row. */
  readonly line: number;
  /** Its line is known to wrap (a correction says so). */
  readonly wraps: boolean;
}

/** What a line cannot be broken inside: a run of ASCII (`(%)`, `2017`), else one character. */
const leadingUnit = (text: string): string => /^[\x21-\x7e]+/.exec(text)?.[0] ?? text.charAt(0);

const firstWord = (line: SourceLine | undefined): string => line?.text.split(' ')[0] ?? '';

/** A row starts with its 二级 name, whole or wrapped (`社会效益指` + `标`). */
const startsRow = (lines: readonly SourceLine[], index: number): boolean => {
  const head = firstWord(lines[index]);
  return GROUP_NAMES.some(
    (name) =>
      name === head || (name.startsWith(head) && name.slice(head.length) === firstWord(lines[index + 1])),
  );
};

/** The lines of one cell, or undefined when they cannot be one cell of column `column`. */
const cellText = (words: readonly Word[], column: number): string | undefined => {
  const width = COLUMN_WIDTHS[column] ?? 0;
  const segments: { text: string; wraps: boolean }[] = [];
  words.forEach((word, i) => {
    const last = segments.at(-1);
    if (last && words[i - 1]?.line === word.line) last.text += ` ${word.text}`;
    else segments.push({ text: word.text, wraps: word.wraps });
  });
  const fits = segments.every(({ text, wraps }, i) => {
    const used = displayWidth(text);
    const next = segments[i + 1]?.text;
    if (used > width + OVERFLOW) return false;
    if (next === undefined || wraps) return true;
    const slack = /[\x21-\x7e]/.test(text) ? ASCII_SLACK : CJK_SLACK;
    return used >= width - slack || used + displayWidth(leadingUnit(next)) > width;
  });
  const text = joinWrapped(segments.map((segment) => segment.text));
  // A word starting with a comparator is a 指标值; no other cell of Julu holds one.
  const misplacedTarget = column !== TARGET_COLUMN && words.some((word) => /^[≥≤<>]/.test(word.text));
  return fits && !misplacedTarget && (column > 0 || GROUP_NAMES.includes(text)) ? text : undefined;
};

interface Reading {
  readonly cells: string[];
  /** Cuts between a number and the word after it on the same line (`≤28 | 万元`): unusual. */
  readonly numberCuts: number;
}

const isNumberCut = (words: readonly Word[], at: number): boolean => {
  const before = words[at - 1];
  const after = words[at];
  return (
    before?.line === after?.line &&
    /[0-9]$/.test(before?.text ?? '') &&
    /^\p{Script=Han}/u.test(after?.text ?? '')
  );
};

/** Every way to cut the words into the five cells that respects the column widths. */
const readings = (words: readonly Word[], column = 0, start = 0): Reading[] => {
  const cut = start > 0 && isNumberCut(words, start) ? 1 : 0;
  if (column === COLUMN_WIDTHS.length - 1) {
    const last = start < words.length ? cellText(words.slice(start), column) : undefined;
    return last === undefined ? [] : [{ cells: [last], numberCuts: cut }];
  }
  const found: Reading[] = [];
  for (let end = start + 1; end < words.length; end += 1) {
    const text = cellText(words.slice(start, end), column);
    if (text === undefined) continue;
    for (const rest of readings(words, column + 1, end)) {
      found.push({ cells: [text, ...rest.cells], numberCuts: rest.numberCuts + cut });
    }
  }
  return found;
};

/** Lower is likelier: first how much the 指标值 cell looks like one, then the unusual cuts. */
const rank = (reading: Reading): number =>
  targetRank(reading.cells[TARGET_COLUMN] ?? '') * 100 + reading.numberCuts;

const toRow = (lines: readonly SourceLine[]): IndicatorRow => {
  const words = lines.flatMap((line, index) =>
    line.text.split(/ +/).map((text) => ({ text, line: index, wraps: line.wraps === true })),
  );
  const all = readings(words);
  const best = Math.min(...all.map(rank));
  const candidates = all.filter((reading) => rank(reading) === best);
  const [reading, ...others] = candidates;
  if (!reading || others.length > 0) {
    const found = candidates.map((c) => c.cells.join(' | ')).join(' || ');
    throw sourceError(lines[0], `one reading of the indicator row, found ${candidates.length}: ${found}`);
  }
  const [group = '', name = '', description = '', target = '', basis = ''] = reading.cells;
  return { line: lines[0]?.no ?? 0, group, name, description, target, basis };
};

/**
 * Cuts the lines under the indicator header into rows. The 一级 label is a merged cell printed on
 * a line of its own somewhere in its group; it is dropped here and restored from the template.
 */
export const parseIndicatorRows = (lines: readonly SourceLine[]): IndicatorRow[] => {
  const cells = lines.filter((line) => !CATEGORY_LABELS.has(line.text));
  const rows: SourceLine[][] = [];
  cells.forEach((line, index) => {
    if (startsRow(cells, index)) rows.push([]);
    const row = rows.at(-1);
    if (!row) throw sourceError(line, 'a 二级指标 name');
    row.push(line);
  });
  return rows.map(toRow);
};
