import { randomUUID } from 'node:crypto';
import { BUDGET_DOCUMENT_SCHEMA_VERSION, type BudgetDocument } from '@budgetflow/budget-domain';
import { BudgetDraftCreated, inScope, type BudgetSummary, type CommandContext } from '@budgetflow/contracts';
import { appendToOutbox } from '@budgetflow/messaging';
import { budgetAlreadyExists, budgetNotFound } from '../../errors/submission-errors';
import { BudgetRepository } from '../../persistence/budget.repository';
import { contentHash } from '@budgetflow/runtime';
import { actorLabel, requireSubmitter, type SubmissionDeps } from '../submission-deps';

export interface CreateBudgetCommand {
  unitId: string;
  unitName: string;
  divisionName?: string;
  fiscalYear: number;
}

/** An empty draft of the unit's budget for the year, and its draft-created event. */
export async function createBudget(
  deps: SubmissionDeps,
  context: CommandContext,
  command: CreateBudgetCommand,
): Promise<BudgetSummary> {
  requireSubmitter(context, 'create a budget');
  // Another unit's budget is "not found", never "forbidden": nothing about it leaks.
  if (!inScope(context.scope, command.unitId)) throw budgetNotFound(`of unit ${command.unitId}`);
  const id = randomUUID();
  const document = emptyDocument(command);
  return deps.database.transaction(async (tx) => {
    const created = await new BudgetRepository(tx).insert(
      {
        id,
        unitId: command.unitId,
        unitName: command.unitName,
        fiscalYear: command.fiscalYear,
        document,
        documentHash: contentHash(document),
      },
      actorLabel(context),
    );
    if (!created) throw budgetAlreadyExists(command.unitId, command.fiscalYear);
    await appendToOutbox(tx, deps.namespace, BudgetDraftCreated, {
      id: randomUUID(),
      type: 'budget.v1.draft-created',
      occurredAt: new Date().toISOString(),
      budgetId: id,
      correlationId: context.correlationId,
      actor: { kind: 'user', id: context.actor.id, name: context.actor.name },
      data: { unitId: command.unitId, unitName: command.unitName, fiscalYear: command.fiscalYear },
    });
    return {
      id,
      unitId: command.unitId,
      unitName: command.unitName,
      fiscalYear: command.fiscalYear,
      state: 'draft',
      version: 0,
    };
  });
}

function emptyDocument(command: CreateBudgetCommand): BudgetDocument {
  const [division = '', code = ''] = command.unitId.split('-');
  return {
    schemaVersion: BUDGET_DOCUMENT_SCHEMA_VERSION,
    unit: {
      id: command.unitId,
      division: { code: division, name: command.divisionName ?? division },
      code,
      name: command.unitName,
      subUnits: [],
      duties: [],
    },
    fiscalYear: command.fiscalYear,
    tables: [],
  };
}
