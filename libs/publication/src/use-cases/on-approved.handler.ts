import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@budgetflow/contracts';
import { publicationDeadline } from '../deadline/publication-deadline';
import { PublicationRepository } from '../persistence/publication.repository';
import type { PublicationDeps } from './publication-deps';

interface Approval {
  version: number;
  unitId: string;
  unitName: string;
  fiscalYear: number;
  publishAt?: string;
}

/**
 * budget.v1.approved: the version is recorded as waiting for publication (in PostgreSQL, the
 * source of truth a reconciler re-drives from) and its jobs are scheduled: the publication itself
 * (at once, or at the scheduled time), a reminder before the legal deadline, and the check at it.
 */
export async function onApproved(
  deps: PublicationDeps,
  event: EventEnvelope<Approval>,
  tx: EntityManager,
): Promise<void> {
  const approvedAt = new Date(event.occurredAt);
  const deadlineAt = publicationDeadline(approvedAt, deps.deadlineRule);
  const publishAt = event.data.publishAt ? new Date(event.data.publishAt).toISOString() : null;
  const recorded = await new PublicationRepository(tx).insertPending({
    budgetId: event.budgetId,
    version: event.data.version,
    unitId: event.data.unitId,
    unitName: event.data.unitName,
    fiscalYear: event.data.fiscalYear,
    approvedAt: approvedAt.toISOString(),
    deadlineAt: deadlineAt.toISOString(),
    publishAt,
  });
  if (!recorded) return;
  await scheduleJobs(deps, {
    budgetId: event.budgetId,
    version: event.data.version,
    deadlineAt: deadlineAt.toISOString(),
    publishAt,
  });
}

export async function scheduleJobs(
  deps: PublicationDeps,
  p: { budgetId: string; version: number; deadlineAt: string; publishAt: string | null },
): Promise<void> {
  await deps.scheduler.publish(p.budgetId, p.version, p.publishAt ?? undefined);
  const reminderAt = new Date(
    new Date(p.deadlineAt).getTime() - deps.reminderDaysBefore * 86_400_000,
  ).toISOString();
  await deps.scheduler.deadline(p.budgetId, p.version, 'near', reminderAt);
  await deps.scheduler.deadline(p.budgetId, p.version, 'missed', p.deadlineAt);
}
