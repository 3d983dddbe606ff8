import { diffBudgetDocuments, type BudgetDocument } from '@budgetflow/budget-domain';
import type { CommandContext, DocumentDifference } from '@budgetflow/contracts';
import { budgetNotFound, versionNotFound } from '../../errors/submission-errors';
import { BudgetRepository } from '../../persistence/budget.repository';
import type { SubmissionDeps } from '../submission-deps';

/** What changed between two frozen versions: table cells, figures, projects, indicators. */
export async function diffVersions(
  deps: SubmissionDeps,
  context: CommandContext,
  command: { budgetId: string; from: number; to: number },
): Promise<{ from: number; to: number; differences: DocumentDifference[] }> {
  const budgets = new BudgetRepository(deps.database.manager);
  if (!(await budgets.findInScope(command.budgetId, context.scope))) throw budgetNotFound(command.budgetId);
  const [from, to] = await Promise.all([
    budgets.findVersion(command.budgetId, command.from),
    budgets.findVersion(command.budgetId, command.to),
  ]);
  if (!from) throw versionNotFound(command.budgetId, command.from);
  if (!to) throw versionNotFound(command.budgetId, command.to);
  // Frozen versions were valid budget documents when they were frozen.
  const differences = diffBudgetDocuments(from.document as BudgetDocument, to.document as BudgetDocument);
  return { from: command.from, to: command.to, differences };
}
