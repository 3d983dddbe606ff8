/** What the suite tried, grouped by category, and which attempts were not refused. */
export interface Attempt {
  category: string;
  name: string;
  refused: boolean;
  /** Why the attempt counts as not refused (what came back instead). */
  failure?: string;
}

/** The categories in the order the table prints them. */
export const CATEGORIES = [
  'object-level authorization',
  'function-level authorization',
  'mass assignment',
  'authentication',
  'bad input',
  'SQL injection',
  'script injection (published output)',
  'headers and CORS',
  'error hygiene',
] as const;
export type Category = (typeof CATEGORIES)[number];

export class Tally {
  readonly attempts: Attempt[] = [];

  /** Records one attempt: `failure` undefined means it was refused as it should be. */
  record(category: Category, name: string, failure: string | undefined): void {
    this.attempts.push({ category, name, refused: failure === undefined, ...(failure ? { failure } : {}) });
  }

  /**
   * Runs one attempt. `check` answers undefined when the attack was refused, or what went wrong;
   * an exception counts as not refused, with its message.
   */
  async attempt(
    category: Category,
    name: string,
    check: () => Promise<string | undefined> | string | undefined,
  ): Promise<void> {
    let failure: string | undefined;
    try {
      failure = await check();
    } catch (error) {
      failure = `the check threw: ${error instanceof Error ? error.message : String(error)}`;
    }
    this.record(category, name, failure);
  }

  failuresSince(index: number): Attempt[] {
    return this.attempts.slice(index).filter((attempt) => !attempt.refused);
  }

  get mark(): number {
    return this.attempts.length;
  }

  /** The table: category, attempts, refused, failed; then every failed attempt with its reason. */
  table(): string {
    const rows = CATEGORIES.map((category) => {
      const mine = this.attempts.filter((attempt) => attempt.category === category);
      const refused = mine.filter((attempt) => attempt.refused).length;
      return [category, String(mine.length), String(refused), String(mine.length - refused)];
    });
    const refusedTotal = this.attempts.filter((attempt) => attempt.refused).length;
    rows.push([
      'total',
      String(this.attempts.length),
      String(refusedTotal),
      String(this.attempts.length - refusedTotal),
    ]);
    const header = ['category', 'attempts', 'refused', 'failed'];
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => row[column].length)),
    );
    const line = (cells: string[]) =>
      `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
    const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
    const failed = this.attempts
      .filter((attempt) => !attempt.refused)
      .map((attempt) => `  ✗ [${attempt.category}] ${attempt.name}: ${attempt.failure}`);
    return [
      line(header),
      rule,
      ...rows.map(line),
      ...(failed.length > 0 ? ['', 'not refused:', ...failed] : []),
    ].join('\n');
  }
}

/** A failing attempt list as a test failure message. */
export const describeFailures = (failures: readonly Attempt[]): string =>
  failures.map((attempt) => `[${attempt.category}] ${attempt.name}: ${attempt.failure}`).join('\n');
