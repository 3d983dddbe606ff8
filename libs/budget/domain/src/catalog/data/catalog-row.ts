/**
 * One line of a classification list. A code that was renamed appears once per name, each with
 * the years it held it; `formerNames` keeps names from before the first catalog year so that a
 * document printing an outdated name can be told so, not just "unknown".
 */
export interface CatalogRow {
  readonly code: string;
  readonly name: string;
  /** First fiscal year with this name; omitted means since before the first catalog year. */
  readonly from?: number;
  /** Last fiscal year with this name; omitted means still current. */
  readonly to?: number;
  readonly formerNames?: ReadonlyArray<FormerName>;
  /** Why the years are what they are, where that was not obvious. */
  readonly note?: string;
}

export interface FormerName {
  readonly name: string;
  /** Last fiscal year the name was official. */
  readonly until: number;
}

export function row(code: string, name: string, extra: Omit<CatalogRow, 'code' | 'name'> = {}): CatalogRow {
  return { code, name, ...extra };
}

/**
 * The standard 项 that most administrative 款 carry: 行政运行, 一般行政管理事务, 机关服务,
 * 事业运行 and 其他…支出. Only used for 款 where all five are known to exist.
 */
export function standardAdministrativeItems(kuan: string, otherName: string): CatalogRow[] {
  return [
    row(`${kuan}01`, '行政运行'),
    row(`${kuan}02`, '一般行政管理事务'),
    row(`${kuan}03`, '机关服务'),
    row(`${kuan}50`, '事业运行'),
    row(`${kuan}99`, otherName),
  ];
}
