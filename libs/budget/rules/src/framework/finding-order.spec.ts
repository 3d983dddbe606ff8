import type { Finding } from './finding';
import { compareFindings, comparePointers, pointerSortKey, sortFindings } from './finding-order';

const finding = (path: string, ruleId = 'TBL-SUM-001', message = 'm'): Finding => ({
  ruleId,
  severity: 'error',
  message,
  location: { path },
});

const PATHS = [
  '/performance/projects/10/indicators/0/groups/1/indicators/2/target',
  '/performance/projects/2/indicators/0/groups/1/indicators/2/target',
  '/performance/projects/2/indicators/0/groups/1',
  '/performance/projects/2',
  '/performance/projects',
  '/performance/specialFunds/0/goals/0',
  '/narrative/sections/10/figures/1/amount',
  '/narrative/sections/9/figures/0/amount',
  '/tables/10/rows/3/amounts/total',
  '/tables/2/rows/30/amounts/basic',
  '/tables/2/rows/30/amounts/basicWages',
  '/tables/2/rows/4/amounts/total',
  '/tables/2/notes',
  '/tables',
  '/procurement/notes',
  '/assets/rows',
  '/unit/name',
  '/',
  '/zzz/1',
];

describe('sortFindings', () => {
  it('orders findings exactly as compareFindings does', () => {
    const findings = PATHS.flatMap((path, i) => [
      finding(path, 'XTB-EXP-001', `b${i}`),
      finding(path, 'TBL-SUM-001', `a${i}`),
      finding(path, 'TBL-SUM-001', `a${i}`),
    ]).reverse();
    expect(sortFindings(findings)).toEqual([...findings].sort(compareFindings));
  });

  it('reads numbers as numbers and a pointer before the pointers under it, as comparePointers does', () => {
    const findings = [
      '/tables/2/rows/07',
      '/tables/2/rows/7/x',
      '/tables/2/rows/7',
      '/tables/2/9abc',
      '/tables/2/12',
      '/tables/2/rows/3',
      '/tables/2/rows/30',
      '/tables/2/rows',
      'tables',
    ].map((path) => finding(path));
    expect(sortFindings(findings)).toEqual([...findings].sort(compareFindings));
  });
});

describe('pointerSortKey', () => {
  /** Pointers built from segments that exercise every case comparePointers distinguishes. */
  const SEGMENTS = ['0', '1', '2', '9', '10', '07', '123456789012345', '1234567890123456', 'a', 'ab', 'b'];
  const SECTIONS = ['tables', 'performance', 'narrative', 'zzz', 'aaa', '12', 'constructor', ''];
  const OTHER = ['rows', 'amounts', 'total', 'total2', 'x.y', '~1', '-', '9abc', '?', 'A', '中文', ''];
  const pointers = (): string[] => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pick = (list: readonly string[]): string => list[next(list.length)] ?? '';
    return Array.from({ length: 400 }, () => {
      const depth = next(5);
      const parts = [pick(SECTIONS)];
      for (let i = 0; i < depth; i++) parts.push(next(2) === 0 ? pick(SEGMENTS) : pick(OTHER));
      return `/${parts.join('/')}`;
    });
  };
  const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

  it('orders any two pointers it keys as comparePointers does', () => {
    const keyed = pointers().flatMap((pointer) => {
      const key = pointerSortKey(pointer);
      return key === undefined ? [] : [{ pointer, key }];
    });
    expect(keyed.length).toBeGreaterThan(100);
    const disagreements: string[] = [];
    for (const a of keyed)
      for (const b of keyed) {
        const byKey = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
        if (byKey !== sign(comparePointers(a.pointer, b.pointer)))
          disagreements.push(`${a.pointer} ${b.pointer}`);
      }
    expect(disagreements).toEqual([]);
  });

  it('declines pointers its order cannot stand for', () => {
    for (const pointer of [
      '',
      '/',
      '//tables',
      'tables',
      '/tables/',
      '/tables//1',
      '/tables/07',
      '/tables/x.y',
    ])
      expect(pointerSortKey(pointer)).toBeUndefined();
    for (const pointer of [
      '/tables/1234567890123456',
      '/tables/9abc',
      '/constructor/1',
      `/tables/${'x'.repeat(20_000)}`,
    ])
      expect(pointerSortKey(pointer)).toBeUndefined();
  });

  it('lets sortFindings order keyed and unkeyed pointers together as compareFindings does', () => {
    const findings = pointers().map((path, i) =>
      finding(path, i % 3 === 0 ? 'XTB-EXP-001' : 'TBL-SUM-001', `m${i % 5}`),
    );
    expect(sortFindings(findings)).toEqual([...findings].sort(compareFindings));
  });
});
