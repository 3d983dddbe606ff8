import { randomUUID } from 'node:crypto';
import { BudgetSubmitted, type CommandContext } from '@budgetflow/contracts';
import { appendToOutbox } from '@budgetflow/messaging';
import { budgetNotFound, notEditable, revisionConflict } from '../../errors/submission-errors';
import { BudgetRepository } from '../../persistence/budget.repository';
import { actorLabel, requireSubmitter, type SubmissionDeps } from '../submission-deps';

export interface SubmitBudgetCommand {
  budgetId: string;
  expectedRevision?: number;
}

/**
 * Freezes the draft as the next immutable version, locks it against edits and emits
 * budget.v1.submitted, all in one transaction. An edit racing the submit waits for the row lock
 * and then finds the budget locked.
 */
export async function submitBudget(
  deps: SubmissionDeps,
  context: CommandContext,
  command: SubmitBudgetCommand,
): Promise<{ version: number; contentHash: string }> {
  requireSubmitter(context, 'submit a budget');
  return deps.database.transaction(async (tx) => {
    const budgets = new BudgetRepository(tx);
    const budget = await budgets.findInScope(command.budgetId, context.scope, true);
    if (!budget) throw budgetNotFound(command.budgetId);
    if (budget.locked) throw notEditable();
    if (command.expectedRevision !== undefined && command.expectedRevision !== budget.revision) {
      throw revisionConflict(command.expectedRevision, budget.revision);
    }
    const version = await budgets.freezeNextVersion(budget, actorLabel(context));
    await appendToOutbox(tx, deps.namespace, BudgetSubmitted, {
      id: randomUUID(),
      type: 'budget.v1.submitted',
      occurredAt: new Date().toISOString(),
      budgetId: budget.id,
      correlationId: context.correlationId,
      actor: { kind: 'user', id: context.actor.id, name: context.actor.name },
      data: {
        unitId: budget.unitId,
        fiscalYear: budget.fiscalYear,
        version,
        contentHash: budget.documentHash,
      },
    });
    return { version, contentHash: budget.documentHash };
  });
}
