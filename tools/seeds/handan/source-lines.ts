import { DECIMAL_PATTERN } from '@budgetflow/budget-domain';

/**
 * The Handan disclosure as numbered lines. Line numbers are those of the source file (1-based) and
 * survive corrections, so every error and every correction points at a line a reviewer can open.
 */
export interface SourceLine {
  readonly no: number;
  readonly text: string;
}

export const toSourceLines = (sourceText: string): SourceLine[] =>
  sourceText.split(/\r?\n/).map((text, index) => ({ no: index + 1, text }));

/** Table rows are tab-separated; a cell keeps its text, only layout whitespace around it goes. */
export const cellsOf = (line: SourceLine): string[] => line.text.split('\t').map((cell) => cell.trim());

export const isBlank = (line: SourceLine): boolean => line.text.trim() === '';

export const nonBlank = (lines: readonly SourceLine[]): SourceLine[] =>
  lines.filter((line) => !isBlank(line));

export class HandanSourceError extends Error {
  constructor(message: string, line?: SourceLine) {
    super(line ? `handan source line ${line.no}: ${message} (${JSON.stringify(line.text)})` : message);
    this.name = 'HandanSourceError';
  }
}

/** Index of the first line at or after `from` whose text satisfies `test`; throws when there is none. */
export const indexOfLine = (
  lines: readonly SourceLine[],
  test: string | ((text: string) => boolean),
  from = 0,
): number => {
  const matches = typeof test === 'string' ? (text: string) => text.trim() === test : test;
  for (let index = from; index < lines.length; index += 1) {
    if (matches(lines[index].text)) return index;
  }
  throw new HandanSourceError(
    `expected a line ${typeof test === 'string' ? `"${test}"` : 'matching'} after index ${from}`,
  );
};

/**
 * Cuts `lines` at the given headings, found in this order: each slice holds the heading line and
 * the lines up to (not including) the next heading. `end` closes the last slice (default: the end).
 */
export const sliceAtHeadings = (
  lines: readonly SourceLine[],
  headings: readonly string[],
  end?: string,
  from = 0,
): SourceLine[][] => {
  const starts: number[] = [];
  let cursor = from;
  for (const heading of headings) {
    cursor = indexOfLine(lines, heading, cursor);
    starts.push(cursor);
    cursor += 1;
  }
  const stop = end === undefined ? lines.length : indexOfLine(lines, end, cursor);
  return starts.map((start, i) => lines.slice(start, i + 1 < starts.length ? starts[i + 1] : stop));
};

const DECIMAL = new RegExp(DECIMAL_PATTERN);

/** Decimal amount as printed (`46003.87`, `0.00`, `0`); a blank cell is undefined. */
export const amountCell = (cell: string, line: SourceLine): string | undefined => {
  if (cell === '') return undefined;
  if (!DECIMAL.test(cell)) {
    throw new HandanSourceError(`not a decimal amount: "${cell}"`, line);
  }
  return cell;
};
