/** One non-blank line of the source text, trimmed, with its 1-based line number for error messages. */
export interface SourceLine {
  readonly no: number;
  readonly text: string;
  /** Set by a correction: this line wraps on to the next although it does not fill its column. */
  readonly wraps?: true;
}

/**
 * The PDF dump separates almost every printed line with a blank line and indents page starts with
 * one space; neither carries meaning, so both go. Line numbers stay those of the source file.
 */
export const toSourceLines = (sourceText: string): SourceLine[] =>
  sourceText
    .split(/\r?\n/)
    .map((raw, index) => ({ no: index + 1, text: raw.trim() }))
    .filter((line) => line.text !== '');

/** Fails with the line number, so a changed source points at the place to look. */
export const sourceError = (line: SourceLine | undefined, expected: string): Error =>
  new Error(
    line ? `Julu line ${line.no}: expected ${expected}, found "${line.text}"` : `Julu: expected ${expected}`,
  );
