import { applyCorrections } from './apply-corrections';
import type { Correction } from './corrections';
import { CORRECTIONS } from './corrections';

const lines = [
  { no: 1, text: '全县良好的治安' },
  { no: 2, text: '环境效益指标' },
  { no: 3, text: '16' },
];
const corrections: Correction[] = [
  { kind: 'drop', line: 3, text: '16', why: 'page number' },
  { kind: 'regroup', from: 2, to: 2, lines: ['环境', '效益指标'], why: 'cell and label glued' },
];

describe('applyCorrections', () => {
  it('drops anchored lines and regroups a span into its fragments', () => {
    expect(applyCorrections(lines, corrections).map((line) => line.text)).toEqual([
      '全县良好的治安',
      '环境',
      '效益指标',
    ]);
  });

  it('fails when an anchor no longer matches the source', () => {
    expect(() => applyCorrections([{ no: 3, text: '17' }], corrections.slice(0, 1))).toThrow(/line 3/);
  });

  it('refuses a regroup that changes the text', () => {
    const rewrite: Correction = { kind: 'regroup', from: 2, to: 2, lines: ['环保', '效益指标'], why: 'x' };
    expect(() => applyCorrections(lines, [rewrite])).toThrow(/differs/);
  });

  it('documents every correction', () => {
    for (const correction of CORRECTIONS) expect(correction.why.length).toBeGreaterThan(10);
  });
});
