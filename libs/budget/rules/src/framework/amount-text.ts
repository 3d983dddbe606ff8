import { Amount } from '@budgetflow/budget-domain';

/** How an absent cell reads in a finding: reviewers say 空白, not 0. */
export const BLANK = '空白';

export const amountText = (amount: Amount | undefined): string => (amount ? amount.toString() : BLANK);

/** A decimal string as an Amount; a blank cell stays undefined. */
export const amountOf = (text: string | undefined): Amount | undefined =>
  text === undefined ? undefined : Amount.tryParse(text);

/** Blank counts as zero when adding up, as reviewers read a table. */
export const orZero = (amount: Amount | undefined): Amount => amount ?? Amount.ZERO;

export const sumOf = (amounts: Iterable<Amount | undefined>): Amount => {
  let total = Amount.ZERO;
  for (const amount of amounts) if (amount) total = total.plus(amount);
  return total;
};
