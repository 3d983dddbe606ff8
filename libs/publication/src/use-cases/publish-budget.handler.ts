import { createHash } from 'node:crypto';
import { BudgetPublished } from '@budgetflow/contracts';
import { PublicationRepository } from '../persistence/publication.repository';
import { deterministicId, disclosureUrl, emitOnce, type PublicationDeps } from './publication-deps';

/**
 * The publication job: render every format from the frozen version, store the files immutably
 * with their hashes, post the version on the portal and emit budget.v1.published — once. The
 * render happens outside the transaction; a crash before the commit only means the job runs
 * again and renders the same bytes (the output depends only on the version and its approval).
 */
export async function publishBudget(
  deps: PublicationDeps,
  job: { budgetId: string; version: number },
): Promise<'posted' | 'already-posted'> {
  const publications = new PublicationRepository(deps.database.manager);
  const publication = await publications.find(job.budgetId, job.version);
  // The job is scheduled inside the transaction that records the approval: it can run before
  // that commits. Failing makes the queue retry it a moment later.
  if (!publication) throw new Error(`publication of ${job.budgetId} v${job.version} is not recorded yet`);
  if (publication.state === 'posted') return 'already-posted';
  const correlationId = `publish-${job.budgetId}-v${job.version}`;
  const frozen = await deps.fetchVersion(job.budgetId, job.version, correlationId);
  const supersedes = await publications.latestPostedVersion(publication.unitId, publication.fiscalYear);
  const artifacts = await deps.render(frozen.document, {
    generatedAt: publication.approvedAt,
    ...(supersedes !== null
      ? {
          correction: {
            supersedesVersion: supersedes,
            originalUrl: disclosureUrl(deps, publication.unitId, publication.fiscalYear, supersedes),
          },
        }
      : {}),
  });
  const posted = await deps.database.transaction(async (tx) => {
    const repository = new PublicationRepository(tx);
    const current = await repository.find(job.budgetId, job.version, true);
    if (!current || current.state === 'posted') return false;
    await repository.storeArtifacts(
      job.budgetId,
      job.version,
      artifacts.map((artifact) => ({
        ...artifact,
        contentHash: createHash('sha256').update(artifact.content).digest('hex'),
      })),
    );
    await repository.markPosted(job.budgetId, job.version, supersedes);
    await repository.insertDeliveries(
      job.budgetId,
      job.version,
      deps.targets.map((target) => target.name),
    );
    await emitOnce(
      tx,
      deps.namespace,
      BudgetPublished,
      deterministicId(`published:${job.budgetId}:${job.version}`),
      job.budgetId,
      { version: job.version, url: disclosureUrl(deps, current.unitId, current.fiscalYear) },
      correlationId,
    );
    return true;
  });
  if (!posted) return 'already-posted';
  for (const target of deps.targets) await deps.scheduler.deliver(job.budgetId, job.version, target.name);
  return 'posted';
}
