import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@budgetflow/budget-domain';
import {
  budgetNotFoundError,
  type Actor,
  type CommandContext,
  type EventContract,
  type EventEnvelope,
} from '@budgetflow/contracts';
import { appendToOutbox } from '@budgetflow/messaging';

export interface WorkflowDeps {
  database: DataSource;
  namespace: string;
  /** Calendar days a reviewer has for a budget once it is in review. */
  reviewDays: number;
  /** Schedules the reminder for a review's deadline (idempotent per budget and version). */
  scheduleReviewReminder(budgetId: string, version: number, dueAt: string): Promise<void>;
}

export const budgetNotFound = (budgetId: string): DomainError => {
  const { code, message } = budgetNotFoundError(budgetId);
  return new DomainError(code, message);
};

/** Reviewing is the finance bureau's work: only reviewers approve and return budgets. */
export function requireReviewer(context: CommandContext, action: string): void {
  if (context.actor.role !== 'reviewer')
    throw new DomainError('AUTH.FORBIDDEN', `a ${context.actor.role} may not ${action}`);
}

export const actorOf = (context: CommandContext): string => `${context.actor.role}:${context.actor.id}`;

export const eventActor = (context: CommandContext): Actor => ({
  kind: 'user',
  id: context.actor.id,
  name: context.actor.name,
});

export const WORKFLOW_ACTOR: Actor = { kind: 'service', id: 'workflow' };

/** Emits an event of the workflow in the current transaction, caused by `cause`. */
export async function emit<D>(
  tx: EntityManager,
  deps: Pick<WorkflowDeps, 'namespace'>,
  contract: EventContract<D>,
  budgetId: string,
  data: D,
  cause: { correlationId: string; causationId?: string; actor: Actor },
): Promise<string> {
  const envelope: EventEnvelope<D> = {
    id: randomUUID(),
    type: `budget.v${contract.version}.${contract.name}`,
    occurredAt: new Date().toISOString(),
    budgetId,
    correlationId: cause.correlationId,
    ...(cause.causationId ? { causationId: cause.causationId } : {}),
    actor: cause.actor,
    data,
  };
  await appendToOutbox(tx, deps.namespace, contract, envelope);
  return envelope.id;
}
