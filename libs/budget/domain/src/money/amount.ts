/**
 * An exact decimal amount (万元 in the standard tables) that keeps the precision of its source:
 * `46003.87` has scale 2, `1,234.5` from the Henan layout has scale 1. Held as a bigint of the
 * smallest unit; never a JavaScript number.
 */
export class Amount {
  private constructor(
    readonly units: bigint,
    readonly scale: number,
  ) {}

  static readonly ZERO = new Amount(0n, 0);

  /** Parses `46003.87`, `-12.5`, `1,234.5`; returns undefined for anything else. */
  static tryParse(text: string): Amount | undefined {
    const cleaned = text.trim().replace(/,/g, '');
    const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(cleaned);
    if (!match) return undefined;
    const [, sign, whole, fraction = ''] = match;
    const units = BigInt(whole + fraction) * (sign ? -1n : 1n);
    return new Amount(units, fraction.length);
  }

  static parse(text: string): Amount {
    const amount = Amount.tryParse(text);
    if (!amount) throw new RangeError(`not a decimal amount: "${text}"`);
    return amount;
  }

  plus(other: Amount): Amount {
    const scale = Math.max(this.scale, other.scale);
    return new Amount(this.rescaled(scale) + other.rescaled(scale), scale);
  }

  minus(other: Amount): Amount {
    return this.plus(other.negated());
  }

  negated(): Amount {
    return new Amount(-this.units, this.scale);
  }

  compare(other: Amount): -1 | 0 | 1 {
    const scale = Math.max(this.scale, other.scale);
    const a = this.rescaled(scale);
    const b = other.rescaled(scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  equals(other: Amount): boolean {
    return this.compare(other) === 0;
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  static sum(amounts: Iterable<Amount>): Amount {
    let total = Amount.ZERO;
    for (const amount of amounts) total = total.plus(amount);
    return total;
  }

  /** The canonical text, with exactly `scale` decimals: `46003.87`, `1234.5`, `18.00`. */
  toString(): string {
    const negative = this.units < 0n;
    const digits = (negative ? -this.units : this.units).toString().padStart(this.scale + 1, '0');
    const whole = digits.slice(0, digits.length - this.scale);
    const fraction = this.scale > 0 ? `.${digits.slice(digits.length - this.scale)}` : '';
    return `${negative ? '-' : ''}${whole}${fraction}`;
  }

  toJSON(): string {
    return this.toString();
  }

  private rescaled(scale: number): bigint {
    return this.units * 10n ** BigInt(scale - this.scale);
  }
}
