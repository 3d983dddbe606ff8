import { byCodeThenName, matchByIdentity, sameKey } from './match-by-identity';
import { comparePointers } from './json-pointer';

describe('matchByIdentity', () => {
  const byName = [sameKey((item: { name: string }) => item.name)];

  it('pairs items that share a key in printed order, and leaves the extra one added', () => {
    const before = [{ name: '办公经费' }, { name: '办公经费' }];
    const after = [{ name: '办公经费' }, { name: '办公经费' }, { name: '办公经费' }];
    const { pairs, removed, added } = matchByIdentity(before, after, byName);
    expect(pairs.map(({ beforeIndex, afterIndex }) => [beforeIndex, afterIndex])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(removed).toEqual([]);
    expect(added).toEqual([{ item: { name: '办公经费' }, index: 2 }]);
  });

  it('recognises an item by name only when one side has no code', () => {
    const before = [{ name: 'A' }, { code: 'P1', name: 'B' }];
    const after = [
      { code: 'P9', name: 'A' },
      { code: 'P2', name: 'B' },
    ];
    const { pairs, removed, added } = matchByIdentity(before, after, byCodeThenName());
    expect(pairs.map(({ beforeIndex, afterIndex }) => [beforeIndex, afterIndex])).toEqual([[0, 0]]);
    expect(removed.map(({ index }) => index)).toEqual([1]);
    expect(added.map(({ index }) => index)).toEqual([1]);
  });
});

describe('comparePointers', () => {
  it('orders array indices as numbers and shorter paths first', () => {
    const paths = [
      '/tables/10',
      '/tables/2/rows/1',
      '/tables/2',
      '/narrative',
      '/tables/2/rows/0/amounts/basic',
    ];
    expect(paths.sort(comparePointers)).toEqual([
      '/narrative',
      '/tables/2',
      '/tables/2/rows/0/amounts/basic',
      '/tables/2/rows/1',
      '/tables/10',
    ]);
  });
});
