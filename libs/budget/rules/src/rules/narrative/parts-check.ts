import { Amount, type FigureKey } from '@budgetflow/budget-domain';
import type { RuleIssue } from '../../framework/finding';
import type { RuleContext } from '../../framework/rule-context';
import { figureQuote, type LocatedFigure } from './narrative-figures';

/**
 * The narrative's total against the parts it states. With every part stated they must add up;
 * with some left unsaid the stated parts can only be checked not to exceed the total (a part the
 * author did not mention may be zero or not).
 */
export const checkStatedParts = (
  context: RuleContext,
  figures: ReadonlyMap<FigureKey, LocatedFigure>,
  totalKey: FigureKey,
  partKeys: readonly FigureKey[],
  /** A collective noun for the parts (`增减分项`): the quoted figures already name each part. */
  partsLabel: string,
  report: (issue: RuleIssue) => void,
): void => {
  const total = figures.get(totalKey);
  if (!total) return;
  const stated = partKeys.flatMap((key) => {
    const part = figures.get(key);
    return part ? [part] : [];
  });
  if (stated.length === 0) return;
  const sum = Amount.sum(stated.map((part) => part.amount));
  const complete = stated.length === partKeys.length;
  const wrong = complete
    ? !context.sameAmount(sum, total.amount)
    : sum.minus(total.amount).compare(context.config.amountTolerance) > 0;
  if (!wrong) return;
  const parts = stated.map((part) => `“${part.figure.text}”`).join('、');
  report({
    message: complete
      ? `${figureQuote(total)}，但所列${partsLabel}${parts}合计为${sum.toString()}，两者不符。`
      : `${figureQuote(total)}，但已列出的${partsLabel}${parts}合计${sum.toString()}已超过总数。`,
    location: { path: total.path },
    expected: complete ? sum.toString() : `≥${sum.toString()}`,
    actual: total.amount.toString(),
  });
};
