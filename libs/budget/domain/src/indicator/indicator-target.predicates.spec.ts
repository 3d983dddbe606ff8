import { parseIndicatorTarget } from './indicator-target.parser';
import { amountInWanYuan, isAmount, isPercentage, isPlaceholderTarget } from './indicator-target.predicates';
import { shiftDecimal } from './decimal-shift';

const target = parseIndicatorTarget;

describe('isPercentage', () => {
  it.each(['≥95%', '100 百分比', '≥ 0%', '＝１００％'])('is true for %p', (text) => {
    expect(isPercentage(target(text))).toBe(true);
  });
  it.each(['≥95', '66人', '2024年12月底', '及时'])('is false for %p', (text) => {
    expect(isPercentage(target(text))).toBe(false);
  });
});

describe('isAmount and amountInWanYuan', () => {
  it.each([
    ['≤500 万元', '500', '万元'],
    ['≤3000 元/人', '0.3', '万元/人'],
    ['≤3500 元/人/月', '0.35', '万元/人/月'],
    ['45054.96 元', '4.505496', '万元'],
    ['≤0.5 万元/件', '0.5', '万元/件'],
    ['2亿元', '20000', '万元'],
    ['≥6.3 元', '0.00063', '万元'],
  ])('converts %p to %s %s exactly', (text, value, unit) => {
    expect(isAmount(target(text))).toBe(true);
    expect(amountInWanYuan(target(text))).toEqual({ value, unit });
  });

  it.each(['100万', '≥6000 亿条/年', '≥95%', '66 人', '持续上升', '涉密'])('is not money: %p', (text) => {
    expect(isAmount(target(text))).toBe(false);
    expect(amountInWanYuan(target(text))).toBeUndefined();
  });
});

describe('isPlaceholderTarget', () => {
  it.each(['≥0%', '≥ 0%', '0%', '0', '≥0', '≥0人', '', ' ', '-'])('flags %p', (text) => {
    expect(isPlaceholderTarget(target(text))).toBe(true);
  });
  it.each(['=0起', '=0', '0起', '≥90%', '100%', '≤0.5 次', '持续稳定', '涉密', '12月底前'])(
    'accepts %p',
    (text) => {
      expect(isPlaceholderTarget(target(text))).toBe(false);
    },
  );
});

describe('shiftDecimal', () => {
  it.each([
    ['3000', -4, '0.3'],
    ['45054.96', -4, '4.505496'],
    ['0.5', 4, '5000'],
    ['500', 0, '500'],
    ['1.50', 0, '1.5'],
    ['0', -4, '0'],
  ])('shifts %p by %p to %p', (value, places, expected) => {
    expect(shiftDecimal(value, places)).toBe(expected);
  });
});
