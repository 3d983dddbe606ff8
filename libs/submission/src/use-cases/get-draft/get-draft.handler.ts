import type { CommandContext, DraftView } from '@budgetflow/contracts';
import { budgetNotFound } from '../../errors/submission-errors';
import { BudgetRepository } from '../../persistence/budget.repository';
import type { SubmissionDeps } from '../submission-deps';

/** The working draft as it stands, for whoever may see the unit's budgets. */
export async function getDraft(
  deps: SubmissionDeps,
  context: CommandContext,
  budgetId: string,
): Promise<DraftView> {
  const budget = await new BudgetRepository(deps.database.manager).findDraftInScope(budgetId, context.scope);
  if (!budget) throw budgetNotFound(budgetId);
  return {
    id: budget.id,
    unitId: budget.unitId,
    unitName: budget.unitName,
    fiscalYear: budget.fiscalYear,
    revision: budget.revision,
    latestVersion: budget.latestVersion,
    editable: !budget.locked,
    document: budget.document,
  };
}
