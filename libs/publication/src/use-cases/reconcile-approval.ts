import { requeueOutboxEvents } from '@budgetflow/messaging';
import { PublicationRepository } from '../persistence/publication.repository';
import { scheduleJobs } from './on-approved.handler';
import type { PublicationDeps } from './publication-deps';

/**
 * The workflow's reconciler asks about a version it has had approved for a while without a
 * published event. Unknown here: the approval never arrived (the workflow re-announces it).
 * Pending: the jobs are scheduled again (idempotent by job id), in case Redis lost them. Posted:
 * the published event is re-queued with its original id, in case the broker lost it.
 */
export async function reconcileApproval(
  deps: PublicationDeps,
  request: { budgetId: string; version: number; staleSeconds: number },
): Promise<{ status: 'unknown' | 'pending' | 'posted' }> {
  const publication = await new PublicationRepository(deps.database.manager).find(
    request.budgetId,
    request.version,
  );
  if (!publication) return { status: 'unknown' };
  if (publication.state === 'pending') {
    await scheduleJobs(deps, publication);
    return { status: 'pending' };
  }
  await deps.database.transaction((tx) =>
    requeueOutboxEvents(
      tx,
      { budgetId: request.budgetId, eventType: 'budget.v1.published', version: request.version },
      request.staleSeconds,
    ),
  );
  return { status: 'posted' };
}
