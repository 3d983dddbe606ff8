/**
 * How a printed 科目名称 relates to the official one. Reviewers treat these differently: a
 * full-width bracket is no finding, `行政运行(公安)` is a house style, `公共安全` for
 * 公共安全支出 is sloppy, an outdated name is a finding, a different name is an error.
 */
export type NameComparison = 'exact' | 'equivalent' | 'annotated' | 'abbreviated' | 'outdated' | 'different';

/** Full-width and ASCII brackets, spaces and line breaks do not change a name. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

export function compareNames(
  printed: string,
  official: string,
  context: { parentName?: string; formerNames?: readonly string[] } = {},
): NameComparison {
  if (printed === official) return 'exact';
  const p = normalizeName(printed);
  const o = normalizeName(official);
  if (p === o) return 'equivalent';
  if (context.parentName && p === `${o}(${normalizeName(context.parentName)})`) return 'annotated';
  if (o.endsWith('支出') && p === o.slice(0, -2)) return 'abbreviated';
  if (context.formerNames?.some((former) => normalizeName(former) === p)) return 'outdated';
  return 'different';
}
