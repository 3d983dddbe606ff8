import { shiftDecimal } from './decimal-shift';
import { decimalShiftToWanYuan, splitCurrencyUnit } from './measure-unit';
import type { IndicatorTarget, QuantityTarget } from './indicator-target.value-object';

export function isQuantity(target: IndicatorTarget): target is QuantityTarget {
  return target.kind === 'quantity';
}

/** `≥95%`, `100 百分比`. */
export function isPercentage(target: IndicatorTarget): target is QuantityTarget {
  return isQuantity(target) && target.unit === '%';
}

/** Money in 元/千元/万元/亿元, alone or as a rate: `≤500万元`, `≤3000元/人`, `≤0.5万元/件`. */
export function isAmount(target: IndicatorTarget): target is QuantityTarget {
  return isQuantity(target) && splitCurrencyUnit(target.unit) !== undefined;
}

/**
 * The value of a money target in 万元, the unit of the budget tables, as an exact decimal:
 * `≤3000元/人` → `{ value: '0.3', unit: '万元/人' }`. Undefined for anything that is not money.
 */
export function amountInWanYuan(target: IndicatorTarget): { value: string; unit: string } | undefined {
  if (!isQuantity(target)) return undefined;
  const currency = splitCurrencyUnit(target.unit);
  if (!currency) return undefined;
  return {
    value: shiftDecimal(target.value, decimalShiftToWanYuan(currency.currency)),
    unit: `万元${currency.per}`,
  };
}

/** Zero written any way (`0`, `0.00`). Held once: a literal in the function is a new object per call. */
const ZERO_VALUE = /^0(?:\.0+)?$/;

/**
 * Targets that commit to nothing, which 《项目支出绩效评价管理办法》 asks reviewers to send back:
 * a blank cell, a lower bound of zero (`≥0%`, `≥ 0`, always met), or a bare `0` / `0%` with no
 * comparator. An explicit `=0起` (zero incidents) is a real target and is not a placeholder.
 * Rules should still read the indicator name: `监所管理无事故 0` means zero accidents.
 */
export function isPlaceholderTarget(target: IndicatorTarget): boolean {
  if (target.kind === 'empty') return true;
  if (target.kind !== 'quantity' || !ZERO_VALUE.test(target.value)) return false;
  if (target.comparator === '≥') return true;
  return !target.explicitComparator && (target.unit === '' || target.unit === '%');
}
