/**
 * Codes of the 政府收支分类科目. Functional codes (支出功能分类) are 类 3 digits, 款 5, 项 7;
 * department economic codes (部门预算支出经济分类) are 类 3, 款 5. Each level appends two
 * digits, so a code's parent is the code without its last two digits.
 */
export type ClassificationScheme = 'functional' | 'economic';

export type ClassificationLevel = '类' | '款' | '项';

const LEVEL_BY_LENGTH: Readonly<Record<number, ClassificationLevel>> = { 3: '类', 5: '款', 7: '项' };

/** Held once: a literal in the function is a new object per call, and every code row asks. */
const DIGITS = /^\d+$/;

/** The level of a well-formed code, or undefined for anything else (`20402 `, `2040`, `abc`). */
export function levelOfCode(code: string): ClassificationLevel | undefined {
  return DIGITS.test(code) ? LEVEL_BY_LENGTH[code.length] : undefined;
}

/** `2040201` → `20402` → `204` → undefined. */
export function parentCodeOf(code: string): string | undefined {
  const level = levelOfCode(code);
  return level === undefined || level === '类' ? undefined : code.slice(0, -2);
}

/** The 类, 款 and 项 a code belongs to, from the top: `2040201` → [`204`, `20402`, `2040201`]. */
export function ancestryOf(code: string): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = code; current; current = parentCodeOf(current))
    chain.unshift(current);
  return levelOfCode(code) ? chain : [];
}

/**
 * Jiyuan prints the 项 columns apart (`204 | 02 | 01`); both spellings mean `2040201`.
 */
export function joinCodeParts(...parts: Array<string | undefined>): string {
  return parts.map((part) => (part ?? '').trim()).join('');
}
