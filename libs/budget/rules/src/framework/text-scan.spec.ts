import { scanText } from './text-scan';

const hasX = (value: string): boolean => value.includes('X');

describe('scanText', () => {
  it('finds every string kept, with its JSON Pointer, keys escaped', () => {
    const document = {
      a: 'X1',
      'b/c': ['no', 'X2', { 'd~e': 'X3' }],
      n: 5,
      none: null,
    };
    expect(scanText(document, hasX)).toEqual([
      { value: 'X1', path: '/a' },
      { value: 'X2', path: '/b~1c/1' },
      { value: 'X3', path: '/b~1c/2/d~0e' },
    ]);
  });

  it('reports a repeated string at each place, and turns down repeats of strings turned down', () => {
    const rows = Array.from({ length: 3 }, () => ({ name: '涉密', code: '2040201', note: 'XX' }));
    expect(scanText({ rows }, hasX)).toEqual([
      { value: 'XX', path: '/rows/0/note' },
      { value: 'XX', path: '/rows/1/note' },
      { value: 'XX', path: '/rows/2/note' },
    ]);
  });

  it('asks about strings that merely share a memo slot', () => {
    // Same length and the same characters where the slot is read (all but the second): one slot.
    expect(scanText(['a-bcd', 'aXbcd', 'a-bcd', 'aXbcd'], hasX)).toEqual([
      { value: 'aXbcd', path: '/1' },
      { value: 'aXbcd', path: '/3' },
    ]);
  });

  it('reads a string root as the document itself', () => {
    expect(scanText('X', hasX)).toEqual([{ value: 'X', path: '/' }]);
    expect(scanText('', (value) => value === '')).toEqual([{ value: '', path: '/' }]);
    expect(scanText(['', ''], (value) => value === '')).toHaveLength(2);
  });
});
