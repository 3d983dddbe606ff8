import { parseBudgetDocument } from '@budgetflow/budget-domain';
import type { CommandContext } from '@budgetflow/contracts';
import {
  budgetNotFound,
  documentMismatch,
  invalidDocument,
  notEditable,
  revisionConflict,
} from '../../errors/submission-errors';
import { BudgetRepository } from '../../persistence/budget.repository';
import { contentHash } from '@budgetflow/runtime';
import { requireSubmitter, type SubmissionDeps } from '../submission-deps';

export interface ReplaceDocumentCommand {
  budgetId: string;
  document: unknown;
  /** The revision the editor started from; a later edit by someone else makes this a conflict. */
  expectedRevision?: number;
}

/**
 * Replaces the draft's document. It must be a valid budget document of the same unit and year;
 * nothing is saved otherwise, and the previous draft stays exactly as it was.
 */
export async function replaceDocument(
  deps: SubmissionDeps,
  context: CommandContext,
  command: ReplaceDocumentCommand,
): Promise<{ revision: number }> {
  requireSubmitter(context, 'edit a budget');
  const parsed = parseBudgetDocument(command.document);
  return deps.database.transaction(async (tx) => {
    const budgets = new BudgetRepository(tx);
    const budget = await budgets.findInScope(command.budgetId, context.scope, true);
    if (!budget) throw budgetNotFound(command.budgetId);
    if (budget.locked) throw notEditable();
    if (command.expectedRevision !== undefined && command.expectedRevision !== budget.revision) {
      throw revisionConflict(command.expectedRevision, budget.revision);
    }
    if (!parsed.ok) throw invalidDocument(parsed.errors);
    const document = parsed.document;
    if (document.unit.id !== budget.unitId) throw documentMismatch('unit', budget.unitId, document.unit.id);
    if (document.fiscalYear !== budget.fiscalYear) {
      throw documentMismatch('fiscal year', String(budget.fiscalYear), String(document.fiscalYear));
    }
    return { revision: await budgets.replaceDocument(budget.id, document, contentHash(document)) };
  });
}
