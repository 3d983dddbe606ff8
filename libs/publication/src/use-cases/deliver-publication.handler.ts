import { BudgetDelivered } from '@budgetflow/contracts';
import { PublicationRepository, type ArtifactFormat } from '../persistence/publication.repository';
import type { DeliveryFile } from '../targets/outbound-target';
import { deterministicId, disclosureUrl, emitOnce, type PublicationDeps } from './publication-deps';

const FORMATS: readonly ArtifactFormat[] = ['html', 'pdf', 'xlsx', 'json', 'csv'];

/**
 * Delivers a posted disclosure to one outbound target. Each target is its own job with its own
 * retries: one being down delays no other. A failure is recorded (visible in the delivery's
 * status) and rethrown so the queue retries it with backoff.
 */
export async function deliverPublication(
  deps: PublicationDeps,
  job: { budgetId: string; version: number; target: string },
): Promise<'delivered' | 'already-delivered'> {
  const target = deps.targets.find((t) => t.name === job.target);
  if (!target) throw new Error(`no outbound target named ${job.target} is configured`);
  try {
    return await deps.database.transaction(async (tx) => {
      const publications = new PublicationRepository(tx);
      if (!(await publications.lockPendingDelivery(job.budgetId, job.version, job.target)))
        return 'already-delivered';
      const publication = (await publications.find(job.budgetId, job.version))!;
      const hashes = await publications.artifactHashes(job.budgetId, job.version);
      const url = (format: ArtifactFormat) =>
        `${deps.portalUrl}/${publication.unitId}/${publication.fiscalYear}.${format}?version=${job.version}`;
      const files = async (): Promise<DeliveryFile[]> => {
        const slices = await Promise.all(
          FORMATS.map((format) =>
            publications.artifactSlice(
              publication.unitId,
              publication.fiscalYear,
              format,
              job.version,
              0,
              2 ** 30,
            ),
          ),
        );
        return FORMATS.flatMap((format, i) => (slices[i] ? [{ format, content: slices[i].chunk }] : []));
      };
      const location = await target.deliver(
        {
          budgetId: job.budgetId,
          unitId: publication.unitId,
          unitName: publication.unitName,
          fiscalYear: publication.fiscalYear,
          version: job.version,
          publishedAt: publication.postedAt ?? publication.approvedAt,
          supersedesVersion: publication.supersedesVersion,
          artifacts: hashes.map((h) => ({ format: h.format, url: url(h.format), sha256: h.contentHash })),
        },
        files,
      );
      await publications.markDelivered(job.budgetId, job.version, job.target);
      await emitOnce(
        tx,
        deps.namespace,
        BudgetDelivered,
        deterministicId(`delivered:${job.budgetId}:${job.version}:${job.target}`),
        job.budgetId,
        {
          version: job.version,
          target: job.target,
          url: location ?? disclosureUrl(deps, publication.unitId, publication.fiscalYear),
        },
        `deliver-${job.budgetId}-v${job.version}`,
      );
      return 'delivered';
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await new PublicationRepository(deps.database.manager).recordDeliveryFailure(
      job.budgetId,
      job.version,
      job.target,
      reason,
    );
    throw error;
  }
}
