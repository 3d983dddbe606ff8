/**
 * One way to recognise the same item in two versions: a key for each side, or undefined when this
 * pass cannot identify the item. The sides differ when, say, only items without a code may be
 * recognised by name.
 */
export interface IdentityPass<T> {
  readonly before: (item: T) => string | undefined;
  readonly after: (item: T) => string | undefined;
}

export const sameKey = <T>(key: (item: T) => string | undefined): IdentityPass<T> => ({
  before: key,
  after: key,
});

export interface Matching<T> {
  readonly pairs: { before: T; after: T; beforeIndex: number; afterIndex: number }[];
  readonly removed: { item: T; index: number }[];
  readonly added: { item: T; index: number }[];
}

/**
 * Pairs up items by identity, never by position, so reordering alone pairs everything. Passes run
 * in order over what is still unpaired. Items sharing a key (the model allows duplicate names)
 * pair in printed order: the second `办公经费` before with the second after. Linear: one Map per pass.
 */
export const matchByIdentity = <T>(
  before: readonly T[],
  after: readonly T[],
  passes: readonly IdentityPass<T>[],
): Matching<T> => {
  const pairedBefore = new Array<boolean>(before.length).fill(false);
  const pairedAfter = new Array<boolean>(after.length).fill(false);
  const pairs: Matching<T>['pairs'] = [];

  for (const pass of passes) {
    const waiting = new Map<string, { indices: number[]; next: number }>();
    before.forEach((item, index) => {
      const key = pairedBefore[index] ? undefined : pass.before(item);
      if (key === undefined) return;
      const queue = waiting.get(key);
      if (queue) queue.indices.push(index);
      else waiting.set(key, { indices: [index], next: 0 });
    });
    after.forEach((item, afterIndex) => {
      const key = pairedAfter[afterIndex] ? undefined : pass.after(item);
      const queue = key === undefined ? undefined : waiting.get(key);
      if (!queue || queue.next >= queue.indices.length) return;
      const beforeIndex = queue.indices[queue.next++];
      pairedBefore[beforeIndex] = true;
      pairedAfter[afterIndex] = true;
      pairs.push({ before: before[beforeIndex], after: item, beforeIndex, afterIndex });
    });
  }

  return {
    pairs,
    removed: before.flatMap((item, index) => (pairedBefore[index] ? [] : [{ item, index }])),
    added: after.flatMap((item, index) => (pairedAfter[index] ? [] : [{ item, index }])),
  };
};

/**
 * For things keyed "by code when present, else by name" (projects, sub-units): equal codes match;
 * an item that gained or lost its code between versions is still recognised by its name; two
 * different codes never match, whatever the names.
 */
export const byCodeThenName = <
  T extends { readonly code?: string; readonly name: string },
>(): IdentityPass<T>[] => {
  const name = (item: T) => item.name;
  const nameIfUncoded = (item: T) => (item.code === undefined ? item.name : undefined);
  return [
    sameKey((item) => item.code),
    { before: nameIfUncoded, after: name },
    { before: name, after: nameIfUncoded },
  ];
};
