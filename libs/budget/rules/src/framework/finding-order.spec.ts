import type { Finding } from './finding';
import { compareFindings, sortFindings } from './finding-order';

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
