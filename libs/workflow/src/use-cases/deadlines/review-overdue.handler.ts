import type { EntityManager } from 'typeorm';
import { BudgetReviewOverdue } from '@budgetflow/contracts';
import { WorkflowRepository } from '../../persistence/workflow.repository';
import { emit, WORKFLOW_ACTOR, type WorkflowDeps } from '../workflow-deps';

/**
 * The review deadline of a budget's version has come. If it is still in review at that version,
 * the lapse is recorded once in the audit trail and announced (budget.v1.review-overdue) so that
 * reviewers and their supervisors are reminded; otherwise the reminder is moot.
 */
export async function markReviewOverdue(
  deps: Pick<WorkflowDeps, 'namespace'>,
  tx: EntityManager,
  reminder: { budgetId: string; version: number },
): Promise<boolean> {
  const budgets = new WorkflowRepository(tx);
  const budget = await budgets.lock(reminder.budgetId);
  if (!budget || budget.state !== 'in_review' || budget.version !== reminder.version || !budget.reviewDueAt)
    return false;
  if (new Date(budget.reviewDueAt).getTime() > Date.now()) return false;
  if (await budgets.hasAuditAction(budget.id, 'review-overdue', budget.version)) return false;
  await budgets.appendAudit(budget, {
    actor: 'service:workflow',
    action: 'review-overdue',
    fromState: budget.state,
    toState: budget.state,
    version: budget.version,
    reason: `review was due at ${budget.reviewDueAt}`,
    correlationId: `review-deadline-${budget.id}-${budget.version}`,
  });
  await emit(
    tx,
    deps,
    BudgetReviewOverdue,
    budget.id,
    { version: budget.version, reviewDueAt: budget.reviewDueAt },
    {
      correlationId: `review-deadline-${budget.id}-${budget.version}`,
      actor: WORKFLOW_ACTOR,
    },
  );
  return true;
}

/** Budgets in review with their deadlines, to (re)schedule reminders after a restart. */
export function reviewsInProgress(
  tx: EntityManager,
): Promise<{ budgetId: string; version: number; dueAt: string }[]> {
  return new WorkflowRepository(tx).inReviewWithDeadline();
}
