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
  const found = await new BudgetRepository(deps.database.manager).findVersionInScope(
    command.budgetId,
    command.version,
    context.scope,
  );
  if (!found.budgetFound) throw budgetNotFound(command.budgetId);
  if (!found.version) throw versionNotFound(command.budgetId, command.version);
  return found.version;
}
