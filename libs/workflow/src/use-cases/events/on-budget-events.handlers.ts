import type { EntityManager } from 'typeorm';
import { nextState } from '@budgetflow/budget-domain';
import {
  BudgetInReview,
  BudgetReturned,
  type Actor,
  type EventEnvelope,
  type FindingCounts,
  type FindingMessage,
} from '@budgetflow/contracts';
import { RetryLaterError } from '@budgetflow/messaging';
import { WorkflowRepository } from '../../persistence/workflow.repository';
import { emit, WORKFLOW_ACTOR, type WorkflowDeps } from '../workflow-deps';

const actorText = (actor: Actor): string => `${actor.kind === 'user' ? 'user' : 'service'}:${actor.id}`;

/** An event that arrived before the one it follows: the consumer retries it a little later. */
class NotYetError extends RetryLaterError {}

/** budget.v1.draft-created: the workflow starts following the budget. */
export async function onDraftCreated(
  event: EventEnvelope<{ unitId: string; unitName: string; fiscalYear: number }>,
  tx: EntityManager,
): Promise<void> {
  const budgets = new WorkflowRepository(tx);
  if (!(await budgets.insertDraft({ id: event.budgetId, ...event.data }))) return;
  const budget = (await budgets.lock(event.budgetId))!;
  await budgets.appendAudit(budget, {
    actor: actorText(event.actor),
    action: 'created',
    toState: 'draft',
    correlationId: event.correlationId,
    eventId: event.id,
  });
}

/** budget.v1.submitted: draft or returned → submitted, at the frozen version. */
export async function onSubmitted(
  event: EventEnvelope<{ version: number }>,
  tx: EntityManager,
): Promise<void> {
  const budgets = new WorkflowRepository(tx);
  const budget = await budgets.lock(event.budgetId);
  if (!budget) throw new NotYetError(`budget ${event.budgetId} is not known yet`);
  if (budget.version >= event.data.version) return; // already past this submission
  const to = nextState(budget.state, 'submit');
  await budgets.transition(budget, to, { version: event.data.version, reviewDueAt: null });
  await budgets.appendAudit(budget, {
    actor: actorText(event.actor),
    action: 'submitted',
    fromState: budget.state,
    toState: to,
    version: event.data.version,
    correlationId: event.correlationId,
    eventId: event.id,
  });
}

/**
 * budget.v1.validated: errors send the budget back to the unit; otherwise it goes to review with
 * a deadline, and a reminder is scheduled for it.
 */
export async function onValidated(
  deps: WorkflowDeps,
  event: EventEnvelope<{ version: number; counts: FindingCounts; findings: FindingMessage[] }>,
  tx: EntityManager,
): Promise<void> {
  const budgets = new WorkflowRepository(tx);
  const budget = await budgets.lock(event.budgetId);
  if (!budget || budget.version < event.data.version)
    throw new NotYetError(`submission ${event.data.version} not seen yet`);
  if (budget.version > event.data.version || budget.state !== 'submitted') return; // stale
  await budgets.saveFindings(budget.id, event.data.version, event.data.counts, event.data.findings);
  const cause = { correlationId: event.correlationId, causationId: event.id, actor: WORKFLOW_ACTOR };
  const errors = event.data.counts.error;
  if (errors > 0) {
    const to = nextState(budget.state, 'failValidation');
    await budgets.transition(budget, to);
    await budgets.appendAudit(budget, {
      actor: 'service:validation',
      action: 'returned',
      fromState: budget.state,
      toState: to,
      version: budget.version,
      reason: `validation found ${errors} error(s)`,
      correlationId: event.correlationId,
      eventId: event.id,
    });
    await emit(
      tx,
      deps,
      BudgetReturned,
      budget.id,
      { version: budget.version, reason: 'validation', itemComments: [], errorCount: errors },
      cause,
    );
    return;
  }
  const to = nextState(budget.state, 'passValidation');
  const reviewDueAt = new Date(Date.now() + deps.reviewDays * 86_400_000).toISOString();
  // Scheduled while the transaction's statements run, and awaited before it commits: if it rolls
  // back, the reminder finds the budget not in review and does nothing.
  const reminder = deps.scheduleReviewReminder(budget.id, budget.version, reviewDueAt);
  // Awaited below; a failure here must not surface as an unhandled rejection in the meantime.
  reminder.catch(() => undefined);
  await budgets.transition(budget, to, { reviewDueAt });
  await budgets.appendAudit(budget, {
    actor: 'service:validation',
    action: 'validated',
    fromState: budget.state,
    toState: to,
    version: budget.version,
    reason: `no errors; ${event.data.counts.warning} warning(s), ${event.data.counts.info} info`,
    correlationId: event.correlationId,
    eventId: event.id,
  });
  await emit(tx, deps, BudgetInReview, budget.id, { version: budget.version, reviewDueAt }, cause);
  await reminder;
}

/** budget.v1.published: the disclosure is on the portal. */
export async function onPublished(
  event: EventEnvelope<{ version: number; url: string }>,
  tx: EntityManager,
): Promise<void> {
  const budgets = new WorkflowRepository(tx);
  const budget = await budgets.lock(event.budgetId);
  if (!budget) throw new NotYetError(`budget ${event.budgetId} is not known yet`);
  if (budget.state === 'published' && budget.version === event.data.version) return;
  if (budget.state !== 'approved')
    throw new NotYetError(`budget ${event.budgetId} is ${budget.state}, not yet approved`);
  const to = nextState(budget.state, 'publish');
  await budgets.transition(budget, to);
  await budgets.appendAudit(budget, {
    actor: actorText(event.actor),
    action: 'published',
    fromState: budget.state,
    toState: to,
    version: event.data.version,
    reason: event.data.url,
    correlationId: event.correlationId,
    eventId: event.id,
  });
}

/**
 * budget.v1.delivered and budget.v1.publication-deadline: no state changes, but the history shows
 * each outbound target's delivery and every deadline warning.
 */
export async function recordInHistory(
  event: EventEnvelope<{ version: number }>,
  action: string,
  reason: string,
  tx: EntityManager,
): Promise<void> {
  const budgets = new WorkflowRepository(tx);
  const budget = await budgets.lock(event.budgetId);
  if (!budget) throw new NotYetError(`budget ${event.budgetId} is not known yet`);
  await budgets.appendAudit(budget, {
    actor: actorText(event.actor),
    action,
    version: event.data.version,
    reason,
    correlationId: event.correlationId,
    eventId: event.id,
  });
}
