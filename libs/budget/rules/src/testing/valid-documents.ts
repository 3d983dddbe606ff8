import type { BudgetDocument } from '@budgetflow/budget-domain';
import { validHenanBudget } from './henan-budget.mother';
import { validStandardBudget, validStandardBudgetWithClassifiedProject } from './standard-budget.mother';

/** The documents on which no rule may fire, named for test titles. */
export const VALID_DOCUMENTS: ReadonlyArray<readonly [string, () => BudgetDocument]> = [
  ['consistent standard-layout budget', validStandardBudget],
  ['consistent budget with a classified project', validStandardBudgetWithClassifiedProject],
  ['consistent Henan-layout budget', validHenanBudget],
];
