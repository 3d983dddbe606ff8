import { ancestryOf, joinCodeParts, levelOfCode, parentCodeOf } from './classification-code';

describe('classification codes', () => {
  it.each([
    ['204', '类'],
    ['20402', '款'],
    ['2040201', '项'],
    ['302', '类'],
    ['30213', '款'],
  ])('%s is a %s', (code, level) => {
    expect(levelOfCode(code)).toBe(level);
  });

  it.each(['', '20', '2040', '204020', '20402011', '20a02', ' 204'])('%p is not a code', (code) => {
    expect(levelOfCode(code)).toBeUndefined();
    expect(parentCodeOf(code)).toBeUndefined();
  });

  it('finds parents by dropping two digits', () => {
    expect(parentCodeOf('2040201')).toBe('20402');
    expect(parentCodeOf('20402')).toBe('204');
    expect(parentCodeOf('204')).toBeUndefined();
    expect(parentCodeOf('31002')).toBe('310');
  });

  it('lists the 类, 款 and 项 of a code from the top', () => {
    expect(ancestryOf('2080505')).toEqual(['208', '20805', '2080505']);
    expect(ancestryOf('2080')).toEqual([]);
  });

  it("joins Jiyuan's split 类 | 款 | 项 cells", () => {
    expect(joinCodeParts('204', '02', ' 01')).toBe('2040201');
  });
});
