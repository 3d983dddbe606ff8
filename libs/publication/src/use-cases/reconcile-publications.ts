import { PublicationRepository } from '../persistence/publication.repository';
import { scheduleJobs } from './on-approved.handler';
import type { PublicationDeps } from './publication-deps';

/**
 * Re-drives publication from PostgreSQL, the source of truth: every version still pending gets
 * its jobs again and every pending delivery its job (all idempotent by job id). Run at start and
 * periodically, so work lost with Redis, or an event lost by the broker, is picked up again.
 */
export async function reconcilePublications(
  deps: PublicationDeps,
): Promise<{ publications: number; deliveries: number }> {
  const publications = new PublicationRepository(deps.database.manager);
  const pending = await publications.pending();
  for (const p of pending) await scheduleJobs(deps, p);
  const deliveries = await publications.pendingDeliveries();
  for (const d of deliveries) await deps.scheduler.deliver(d.budgetId, d.version, d.target);
  return { publications: pending.length, deliveries: deliveries.length };
}
