import type { CommandContext, FrozenVersion } from '@budgetflow/contracts';
import { budgetNotFound, versionNotFound } from '../../errors/submission-errors';
import { BudgetRepository } from '../../persistence/budget.repository';
import type { SubmissionDeps } from '../submission-deps';

/** A frozen version exactly as it was submitted. */
export async function getVersion(
  deps: SubmissionDeps,
  context: CommandContext,
  command: { budgetId: string; version: number },
): Promise<FrozenVersion> {
  const budgets = new BudgetRepository(deps.database.manager);
  if (!(await budgets.findInScope(command.budgetId, context.scope))) throw budgetNotFound(command.budgetId);
  const version = await budgets.findVersion(command.budgetId, command.version);
  if (!version) throw versionNotFound(command.budgetId, command.version);
  return version;
}
