/** Excel's limit on a worksheet name. */
export const MAX_SHEET_NAME = 31;

/**
 * Hands out worksheet names that Excel accepts: at most 31 characters, none of \ / ? * [ ] :, no
 * leading or trailing apostrophe, and unique without regard to case (a clash gets `(2)`, `(3)` …).
 */
export class SheetNames {
  private readonly taken = new Set<string>();

  next(wanted: string): string {
    const base =
      wanted
        .replace(/[\\/?*[\]:]/g, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Sheet';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : `(${n})`;
      const name = `${[...base]
        .slice(0, MAX_SHEET_NAME - suffix.length)
        .join('')
        .trimEnd()}${suffix}`;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}
