import { DECIMAL_PATTERN } from '@budgetflow/budget-domain';

/**
 * The Jiyuan disclosure as numbered lines. Line numbers are those of the source file (1-based) and
 * survive the layout corrections, so every error and every correction points at a line a reviewer
 * can open.
 */
export interface SourceLine {
  readonly no: number;
  readonly text: string;
  /** Tab-separated cells; a cell keeps its inner text, only layout whitespace around it goes. */
  readonly cells: readonly string[];
}

export const toSourceLines = (sourceText: string): SourceLine[] =>
  sourceText.split(/\r?\n/).map((text, index) => ({
    no: index + 1,
    text,
    cells: text.split('\t').map((cell) => cell.trim()),
  }));

export const isBlank = (line: SourceLine): boolean => line.text.trim() === '';

/** Cell `index`, or '' when the line is shorter (the extraction drops nothing inside a row, only at its end). */
export const cellAt = (line: SourceLine, index: number): string => line.cells[index] ?? '';

export class JiyuanSourceError extends Error {
  constructor(message: string, line?: SourceLine) {
    super(line ? `jiyuan source line ${line.no}: ${message} (${JSON.stringify(line.text)})` : message);
    this.name = 'JiyuanSourceError';
  }
}

const DECIMAL = new RegExp(DECIMAL_PATTERN);
// Henan prints thousands separators (`24,979.8`); only well-formed groups are accepted.
const GROUPED = /^-?[1-9][0-9]{0,2}(,[0-9]{3})+(\.[0-9]+)?$/;

/**
 * An amount cell as an exact decimal string: separators removed, printed decimals kept
 * (`24,979.8` → `24979.8`, `1200.00` → `1200.00`). A blank cell is undefined, never zero.
 */
export const amountOf = (cell: string, line: SourceLine): string | undefined => {
  if (cell === '') return undefined;
  const plain = GROUPED.test(cell) ? cell.replace(/,/g, '') : cell;
  if (!DECIMAL.test(plain)) throw new JiyuanSourceError(`not an amount: "${cell}"`, line);
  return plain;
};

/** Cells from `from` on must be blank: a stray value would otherwise vanish unnoticed. */
export const expectBlankFrom = (line: SourceLine, from: number): void => {
  const stray = line.cells.slice(from).find((cell) => cell !== '');
  if (stray !== undefined) throw new JiyuanSourceError(`unexpected cell "${stray}"`, line);
};

/**
 * Removes the lines the `drop` corrections name, after checking each still reads exactly as its
 * anchor: a correction must never remove a line it was not written for.
 */
export const applyLineDrops = (
  lines: readonly SourceLine[],
  corrections: readonly {
    readonly lines: readonly number[];
    readonly anchor: string;
    readonly action: string;
  }[],
): SourceLine[] => {
  const dropped = new Set<number>();
  for (const correction of corrections.filter((entry) => entry.action === 'drop')) {
    for (const no of correction.lines) {
      const line = lines[no - 1];
      if (line?.text !== correction.anchor) {
        throw new JiyuanSourceError(`line ${no} no longer reads ${JSON.stringify(correction.anchor)}`, line);
      }
      dropped.add(no);
    }
  }
  return lines.filter((line) => !dropped.has(line.no));
};
