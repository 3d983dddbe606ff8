import { Amount } from './amount';

describe('Amount', () => {
  it('keeps the precision of its source', () => {
    expect(Amount.parse('18.00').toString()).toBe('18.00');
    expect(Amount.parse('1,234.5').toString()).toBe('1234.5');
  });

  it('adds exactly where floats would not', () => {
    expect(Amount.parse('0.1').plus(Amount.parse('0.2')).toString()).toBe('0.3');
    expect(Amount.sum(['19355.29', '5549.48', '14308.19', '119.62'].map(Amount.parse)).toString()).toBe(
      '39332.58',
    );
  });

  it('compares across scales', () => {
    expect(Amount.parse('1.5').equals(Amount.parse('1.50'))).toBe(true);
    expect(Amount.parse('-0.01').compare(Amount.ZERO)).toBe(-1);
  });

  it('stays exact past the range of safe integers', () => {
    const large = Amount.parse('9007199254740991.99');
    expect(large.plus(Amount.parse('0.01')).toString()).toBe('9007199254740992.00');
    expect(large.plus(large).minus(large).equals(large)).toBe(true);
    expect(Amount.parse('90071992547409.91').plus(Amount.parse('0.001')).toString()).toBe(
      '90071992547409.911',
    );
    expect(large.units).toBe(900719925474099199n);
    expect(Amount.parse('-0.00').toString()).toBe('0.00');
  });

  it('rejects what is not a plain decimal', () => {
    expect(Amount.tryParse('1e5')).toBeUndefined();
    expect(Amount.tryParse('abc')).toBeUndefined();
    expect(() => Amount.parse('')).toThrow(RangeError);
  });
});
