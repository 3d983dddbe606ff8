export * from './indicator-target.value-object';
export { parseIndicatorTarget } from './indicator-target.parser';
export {
  amountInWanYuan,
  isAmount,
  isPercentage,
  isPlaceholderTarget,
  isQuantity,
} from './indicator-target.predicates';
export { shiftDecimal } from './decimal-shift';
