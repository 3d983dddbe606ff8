/**
 * An exact decimal amount (万元 in the standard tables) that keeps the precision of its source:
 * `46003.87` has scale 2, `1,234.5` from the Henan layout has scale 1. Held as an integer count of
 * the smallest unit; never a JavaScript fraction.
 *
 * The count is a safe integer (|n| < 2^53, exact in a double) whenever it fits, which is nearly
 * every amount a budget prints, and a bigint otherwise. Integer arithmetic on safe integers is
 * exact; each operation checks that its result is still safe and otherwise redoes it in bigint.
 * Validation adds up every cell of every table several times, and a bigint per cell and per sum
 * was most of its cost.
 */
export class Amount {
  private constructor(
    /** The count of 10^-scale: a safe integer, or a bigint outside the safe range. */
    private readonly count: number | bigint,
    readonly scale: number,
  ) {}

  static readonly ZERO = new Amount(0, 0);

  /** The value in the smallest unit (`46003.87` → 4600387n). */
  get units(): bigint {
    return typeof this.count === 'bigint' ? this.count : BigInt(this.count);
  }

  /** Parses `46003.87`, `-12.5`, `1,234.5`; returns undefined for anything else. */
  static tryParse(text: string): Amount | undefined {
    return Amount.parsePlain(text) ?? Amount.parseCleaned(text);
  }

  /**
   * The common case without allocating: `-?digits(.digits)?` and nothing else, up to 15 digits
   * (exact in a double). Anything else (commas, spaces, longer numbers, junk) returns undefined
   * and takes the general path.
   */
  private static parsePlain(text: string): Amount | undefined {
    const length = text.length;
    let i = 0;
    const negative = length > 0 && text.charCodeAt(0) === 45; // '-'
    if (negative) i = 1;
    let value = 0;
    let digits = 0;
    let scale = -1;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 48 && code <= 57) {
        value = value * 10 + (code - 48);
        digits++;
        if (scale >= 0) scale++;
      } else if (code === 46 && scale < 0 && digits > 0) {
        scale = 0;
      } else {
        return undefined;
      }
    }
    if (digits === 0 || scale === 0 || digits > 15) return undefined;
    return new Amount(negative && value !== 0 ? -value : value, scale < 0 ? 0 : scale);
  }

  private static parseCleaned(text: string): Amount | undefined {
    const cleaned = text.trim().replace(/,/g, '');
    const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(cleaned);
    if (!match) return undefined;
    const [, sign, whole, fraction = ''] = match;
    const units = BigInt(whole + fraction) * (sign ? -1n : 1n);
    return Amount.of(units, fraction.length);
  }

  static parse(text: string): Amount {
    const amount = Amount.tryParse(text);
    if (!amount) throw new RangeError(`not a decimal amount: "${text}"`);
    return amount;
  }

  /** An amount from a bigint count, held as a safe integer when it fits. */
  private static of(units: bigint, scale: number): Amount {
    return new Amount(units >= MIN_SAFE && units <= MAX_SAFE ? Number(units) : units, scale);
  }

  plus(other: Amount): Amount {
    const scale = Math.max(this.scale, other.scale);
    if (typeof this.count === 'number' && typeof other.count === 'number') {
      const a = rescaledNumber(this.count, scale - this.scale);
      const b = rescaledNumber(other.count, scale - other.scale);
      // Exact when both operands and the sum are safe integers; otherwise redo it in bigint.
      if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
        const sum = a + b;
        if (Number.isSafeInteger(sum)) return new Amount(sum, scale);
      }
    }
    return Amount.of(this.rescaled(scale) + other.rescaled(scale), scale);
  }

  minus(other: Amount): Amount {
    return this.plus(other.negated());
  }

  negated(): Amount {
    const count = this.count;
    if (typeof count === 'number') return new Amount(count === 0 ? 0 : -count, this.scale);
    return Amount.of(-count, this.scale);
  }

  compare(other: Amount): -1 | 0 | 1 {
    const scale = Math.max(this.scale, other.scale);
    if (typeof this.count === 'number' && typeof other.count === 'number') {
      const a = rescaledNumber(this.count, scale - this.scale);
      const b = rescaledNumber(other.count, scale - other.scale);
      // Both exact (a safe integer times a power of ten that stayed safe), or fall through.
      if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return a < b ? -1 : a > b ? 1 : 0;
    }
    const a = this.rescaled(scale);
    const b = other.rescaled(scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  equals(other: Amount): boolean {
    return this.compare(other) === 0;
  }

  isZero(): boolean {
    return this.count === 0 || this.count === 0n;
  }

  static sum(amounts: Iterable<Amount>): Amount {
    let total = Amount.ZERO;
    for (const amount of amounts) total = total.plus(amount);
    return total;
  }

  /** The canonical text, with exactly `scale` decimals: `46003.87`, `1234.5`, `18.00`. */
  toString(): string {
    const count = this.count;
    const negative = count < 0;
    const magnitude = typeof count === 'number' ? Math.abs(count) : negative ? -count : count;
    const digits = magnitude.toString().padStart(this.scale + 1, '0');
    const whole = digits.slice(0, digits.length - this.scale);
    const fraction = this.scale > 0 ? `.${digits.slice(digits.length - this.scale)}` : '';
    return `${negative ? '-' : ''}${whole}${fraction}`;
  }

  toJSON(): string {
    return this.toString();
  }

  private rescaled(scale: number): bigint {
    const units = this.units;
    return scale === this.scale ? units : units * powerOfTen(scale - this.scale);
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** 10^0 … 10^22 are exact doubles. */
const NUMBER_POWERS = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);

/**
 * A safe integer times 10^exponent. The result is exact when it is a safe integer (a product past
 * 2^53 rounds to at least 2^53, so it cannot pass for a safe one); callers check.
 */
const rescaledNumber = (count: number, exponent: number): number =>
  exponent === 0 ? count : count * (NUMBER_POWERS[exponent] ?? Infinity);

const POWERS_OF_TEN: bigint[] = [];
const powerOfTen = (exponent: number): bigint => {
  let power = POWERS_OF_TEN[exponent];
  if (power === undefined) {
    power = 10n ** BigInt(exponent);
    if (exponent < 64) POWERS_OF_TEN[exponent] = power;
  }
  return power;
};
