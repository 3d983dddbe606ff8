/**
 * Moves the decimal point of an exact decimal string: `shiftDecimal('3000', -4)` is `0.3`.
 * Works on digits, never on floats, so `45054.96` 元 becomes exactly `4.505496` 万元. The result
 * has no trailing zeros after the point.
 */
export function shiftDecimal(value: string, places: number): string {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) throw new RangeError(`not a decimal: "${value}"`);
  const [, sign = '', whole = '', fraction = ''] = match;
  let digits = (whole + fraction).replace(/^0+(?=\d)/, '');
  let scale = fraction.length - places;
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  digits = digits.padStart(scale + 1, '0');
  const integer = digits.slice(0, digits.length - scale).replace(/^0+(?=\d)/, '');
  const decimals = digits.slice(digits.length - scale).replace(/0+$/, '');
  const text = decimals ? `${integer}.${decimals}` : integer;
  return sign && /[1-9]/.test(text) ? `-${text}` : text;
}
