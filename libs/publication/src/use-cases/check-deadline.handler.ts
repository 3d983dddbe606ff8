import { BudgetPublicationDeadline } from '@budgetflow/contracts';
import { PublicationRepository } from '../persistence/publication.repository';
import { deterministicId, emitOnce, type PublicationDeps } from './publication-deps';

/**
 * At the reminder time and at the legal deadline: if the version is still not on the portal,
 * say so (budget.v1.publication-deadline, near or missed) — once, whatever the retries.
 */
export async function checkPublicationDeadline(
  deps: PublicationDeps,
  job: { budgetId: string; version: number; status: 'near' | 'missed' },
): Promise<boolean> {
  return deps.database.transaction(async (tx) => {
    const publication = await new PublicationRepository(tx).find(job.budgetId, job.version);
    if (!publication) throw new Error(`publication of ${job.budgetId} v${job.version} is not recorded yet`);
    if (publication.state === 'posted') return false;
    await emitOnce(
      tx,
      deps.namespace,
      BudgetPublicationDeadline,
      deterministicId(`deadline:${job.budgetId}:${job.version}:${job.status}`),
      job.budgetId,
      { version: job.version, deadlineAt: publication.deadlineAt, status: job.status },
      `deadline-${job.budgetId}-v${job.version}`,
    );
    return true;
  });
}
