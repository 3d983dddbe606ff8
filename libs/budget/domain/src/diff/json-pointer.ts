/** One reference token of a JSON Pointer (RFC 6901): `~` and `/` are escaped. */
export const pointerToken = (key: string | number): string =>
  String(key).replace(/~/g, '~0').replace(/\//g, '~1');

const INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * Orders pointers token by token, array indices numerically, so `/tables/2` comes before
 * `/tables/10`. Plain code-unit comparison elsewhere: locale collation would make the order
 * depend on the machine.
 */
export const comparePointers = (a: string, b: string): number => {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareTokens(left[i], right[i]);
    if (order !== 0) return order;
  }
  return left.length - right.length;
};

const compareTokens = (a: string, b: string): number => {
  if (a === b) return 0;
  if (INDEX.test(a) && INDEX.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : 1;
};
