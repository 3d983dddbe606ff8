import { DomainError, type StandardTable } from '@budgetflow/budget-domain';
import type { CommandContext } from '@budgetflow/contracts';
import {
  budgetNotFound,
  invalidDocument,
  invalidWorkbook,
  type DocumentProblem,
} from '../../errors/submission-errors';
import { BudgetRepository } from '../../persistence/budget.repository';
import { readTablesWorkbook, writeTablesWorkbook } from '../../workbook';
import { replaceDocument } from '../replace-document/replace-document.handler';
import { requireSubmitter, type SubmissionDeps } from '../submission-deps';

async function draftInScope(deps: SubmissionDeps, context: CommandContext, budgetId: string) {
  const draft = await new BudgetRepository(deps.database.manager).findDraftInScope(budgetId, context.scope);
  if (!draft) throw budgetNotFound(budgetId);
  return draft;
}

/** The draft's tables as a workbook to fill in (base64, for the command's JSON reply). */
export async function exportTablesWorkbook(
  deps: SubmissionDeps,
  context: CommandContext,
  budgetId: string,
): Promise<{ workbook: string; revision: number }> {
  const draft = await draftInScope(deps, context, budgetId);
  const tables = (draft.document as { tables?: StandardTable[] } | null)?.tables ?? [];
  return { workbook: (await writeTablesWorkbook(tables)).toString('base64'), revision: draft.revision };
}

/**
 * Replaces the draft's tables with those of a filled-in workbook; the rest of the document stays.
 * A problem in the workbook, or in the document it makes, names the sheet and cell; nothing is
 * saved then. An edit made since the draft was read here is a conflict, never overwritten.
 */
export async function importTablesWorkbook(
  deps: SubmissionDeps,
  context: CommandContext,
  command: { budgetId: string; workbook: string; expectedRevision?: number },
): Promise<{ revision: number }> {
  requireSubmitter(context, 'import a budget');
  // The budget first: someone outside its unit learns nothing, not even what is wrong with the file.
  const draft = await draftInScope(deps, context, command.budgetId);
  const reading = await readTablesWorkbook(Buffer.from(command.workbook, 'base64'));
  if (!reading.ok) throw invalidWorkbook(reading.problems);
  const document = { ...(draft.document as Record<string, unknown>), tables: reading.tables };
  try {
    return await replaceDocument(deps, context, {
      budgetId: command.budgetId,
      document,
      expectedRevision: command.expectedRevision ?? draft.revision,
    });
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'BUDGET.INVALID_DOCUMENT') throw error;
    // The document's own errors point into it; each is given the cell it came from.
    throw invalidDocument(
      (error.details as DocumentProblem[]).map((problem) => {
        const cell = reading.locate(problem.path);
        return cell ? { ...problem, cell } : problem;
      }),
    );
  }
}
