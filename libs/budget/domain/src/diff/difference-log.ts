import type { DifferenceArea, DocumentDifference } from './document-difference';
import { pointerToken } from './json-pointer';
import { matchByIdentity, sameKey, type IdentityPass } from './match-by-identity';

/** Where the differences found inside one matched thing are reported, and under what label. */
export interface Scope {
  readonly area: DifferenceArea;
  readonly beforePath: string;
  readonly afterPath: string;
  readonly label: string;
}

/** The same scope one property further in (`owner`, `amounts`), same label. */
export const within = (scope: Scope, key: string): Scope => ({
  ...scope,
  beforePath: `${scope.beforePath}/${pointerToken(key)}`,
  afterPath: `${scope.afterPath}/${pointerToken(key)}`,
});

const FULL_WIDTH_CLOSE = /[」）】》]$/;

/**
 * Joins label parts with ` · `, skipping empty ones. A full-width closing bracket already carries
 * its own space, so only `· ` follows it: `项目「执法办案」· 产出指标/…`.
 */
export const joinLabel = (...parts: (string | undefined)[]): string =>
  parts
    .filter((part): part is string => part !== undefined && part !== '')
    .reduce(
      (label, part) =>
        label === '' ? part : `${label}${FULL_WIDTH_CLOSE.test(label) ? '· ' : ' · '}${part}`,
      '',
    );

/** Values compared as a whole: scalars and paragraph lists (a paragraph list is one piece of prose). */
type Comparable = string | number | boolean | readonly string[] | undefined;
type ComparableKeys<T> = { [K in keyof T]-?: T[K] extends Comparable ? K : never }[keyof T];
/** The fields of T to compare, each with the Chinese name a reviewer knows it by. */
export type FieldLabels<T> = { readonly [K in ComparableKeys<T> & string]?: string };

export interface ListDiff<T> {
  readonly area: DifferenceArea;
  readonly beforePath: string;
  readonly afterPath: string;
  readonly before: readonly T[];
  readonly after: readonly T[];
  /** A key (the same on both sides), or passes tried in turn (see matchByIdentity). */
  readonly identity: ((item: T) => string) | readonly IdentityPass<T>[];
  readonly label: (item: T) => string;
  /** Pointer of an item below the list path; by default its index. */
  readonly locate?: (item: T, index: number) => string;
  /** What an added or removed item reports as its value; by default the item. */
  readonly value?: (item: T) => unknown;
  readonly compare: (scope: Scope, before: T, after: T) => void;
}

/**
 * Collects differences. Amounts are compared as the exact strings written, not as numbers:
 * the document stores what the author printed (`18.00` and `18.0` publish differently), so a
 * change of precision is a change a reviewer should see.
 */
export class DifferenceLog {
  readonly entries: DocumentDifference[] = [];

  added(area: DifferenceArea, path: string, label: string, after: unknown): void {
    this.entries.push({ kind: 'added', area, path, label, after });
  }

  removed(area: DifferenceArea, path: string, label: string, before: unknown): void {
    this.entries.push({ kind: 'removed', area, path, label, before });
  }

  changed(area: DifferenceArea, path: string, label: string, before: unknown, after: unknown): void {
    this.entries.push({ kind: 'changed', area, path, label, before, after });
  }

  /** Compares the listed fields of one thing present in both versions. */
  fields<T extends object>(scope: Scope, before: T, after: T, labels: FieldLabels<T>): void {
    for (const [key, label] of Object.entries(labels) as [keyof T & string, string][]) {
      this.value(scope, key, label, before[key] as Comparable, after[key] as Comparable);
    }
  }

  /** Compares two string maps key by key (a row's cells by column key); `labelOf` names a key. */
  record(
    scope: Scope,
    before: Readonly<Record<string, string | undefined>>,
    after: Readonly<Record<string, string | undefined>>,
    labelOf: (key: string) => string,
  ): void {
    for (const key of Object.keys(before)) this.value(scope, key, labelOf(key), before[key], after[key]);
    for (const key of Object.keys(after)) {
      if (!(key in before)) this.value(scope, key, labelOf(key), undefined, after[key]);
    }
  }

  /** An optional part (narrative, assets, …) that appears or disappears is reported once, whole. */
  part<T>(
    scope: Scope,
    before: T | undefined,
    after: T | undefined,
    compare: (before: T, after: T) => void,
  ): void {
    if (before !== undefined && after !== undefined) compare(before, after);
    else if (after !== undefined) this.added(scope.area, scope.afterPath, scope.label, after);
    else if (before !== undefined) this.removed(scope.area, scope.beforePath, scope.label, before);
  }

  /** A list matched by identity: an added or removed item once, each pair compared field by field. */
  list<T>(diff: ListDiff<T>): void {
    const locate = diff.locate ?? ((_item: T, index: number) => `/${index}`);
    const value = diff.value ?? ((item: T) => item);
    const passes = typeof diff.identity === 'function' ? [sameKey(diff.identity)] : diff.identity;
    const { pairs, removed, added } = matchByIdentity(diff.before, diff.after, passes);
    for (const { item, index } of removed) {
      this.removed(diff.area, diff.beforePath + locate(item, index), diff.label(item), value(item));
    }
    for (const { item, index } of added) {
      this.added(diff.area, diff.afterPath + locate(item, index), diff.label(item), value(item));
    }
    for (const pair of pairs) {
      const scope: Scope = {
        area: diff.area,
        beforePath: diff.beforePath + locate(pair.before, pair.beforeIndex),
        afterPath: diff.afterPath + locate(pair.after, pair.afterIndex),
        label: diff.label(pair.after),
      };
      diff.compare(scope, pair.before, pair.after);
    }
  }

  private value(scope: Scope, key: string, label: string, before: Comparable, after: Comparable): void {
    if (sameValue(before, after)) return;
    const token = `/${pointerToken(key)}`;
    const fullLabel = joinLabel(scope.label, label);
    if (before === undefined) this.added(scope.area, scope.afterPath + token, fullLabel, after);
    else if (after === undefined) this.removed(scope.area, scope.beforePath + token, fullLabel, before);
    else this.changed(scope.area, scope.afterPath + token, fullLabel, before, after);
  }
}

const sameValue = (a: Comparable, b: Comparable): boolean => {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => item === b[index]);
  }
  return a === b;
};
