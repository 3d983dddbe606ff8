import { CreateBudgets1763769600000 } from './1763769600000-create-budgets';
import { AddBudgetLock1763856000000 } from './1763856000000-add-budget-lock';

/** The submission service's own tables, after the messaging tables; each runs once, in order. */
export const submissionCoreMigrations = [CreateBudgets1763769600000, AddBudgetLock1763856000000];
