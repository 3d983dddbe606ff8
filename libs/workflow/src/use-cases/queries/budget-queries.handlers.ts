import type { AuditEntry, BudgetDetail, BudgetSummary, CommandContext } from '@budgetflow/contracts';
import { verifyChain } from '../../audit/audit-chain';
import { toAuditEntry, WorkflowRepository } from '../../persistence/workflow.repository';
import { budgetNotFound, type WorkflowDeps } from '../workflow-deps';

export function listBudgets(
  deps: WorkflowDeps,
  context: CommandContext,
  filter: { state?: string; unitId?: string; fiscalYear?: number },
): Promise<BudgetSummary[]> {
  return new WorkflowRepository(deps.database.manager).list(context.scope, filter);
}

/** State, version, the latest findings and the comments, for whoever may see the unit's budgets. */
export async function getBudget(
  deps: WorkflowDeps,
  context: CommandContext,
  budgetId: string,
): Promise<BudgetDetail> {
  const detail = await new WorkflowRepository(deps.database.manager).detail(budgetId, context.scope);
  if (!detail) throw budgetNotFound(budgetId);
  return detail;
}

/** The budget's audit trail, with the verdict of its hash chain. */
export async function getHistory(
  deps: WorkflowDeps,
  context: CommandContext,
  budgetId: string,
): Promise<{ entries: AuditEntry[]; chainValid: boolean }> {
  return deps.database.transaction('REPEATABLE READ', async (tx) => {
    const budgets = new WorkflowRepository(tx);
    const budget = await budgets.find(budgetId, context.scope);
    if (!budget) throw budgetNotFound(budgetId);
    const entries = await budgets.auditTrail(budgetId);
    const verdict = verifyChain(budgetId, entries, { count: budget.auditCount, hash: budget.auditHead });
    return { entries: entries.map(toAuditEntry), chainValid: verdict.valid };
  });
}
