import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor, EventContract, EventEnvelope, FrozenVersion } from '@budgetflow/contracts';
import { appendToOutbox } from '@budgetflow/messaging';
import type { DeadlineRule } from '../deadline/publication-deadline';
import type { RenderedArtifact } from '../persistence/publication.repository';
import type { OutboundTarget } from '../targets/outbound-target';

export interface RenderOptions {
  /** The approval time: the same version always renders to the same bytes. */
  generatedAt: string;
  /** Set when this publication corrects an earlier one, which stays available. */
  correction?: { supersedesVersion: number; originalUrl: string };
}

/** Delayed and retried work on BullMQ; every job id is deterministic, so scheduling twice adds nothing. */
export interface PublicationScheduler {
  publish(budgetId: string, version: number, notBefore?: string): Promise<void>;
  deliver(budgetId: string, version: number, target: string): Promise<void>;
  deadline(budgetId: string, version: number, status: 'near' | 'missed', at: string): Promise<void>;
}

export interface PublicationDeps {
  database: DataSource;
  namespace: string;
  deadlineRule: DeadlineRule;
  /** Days before the deadline at which a still-unpublished budget raises a reminder. */
  reminderDaysBefore: number;
  /** Public address of the portal's disclosures: `https://…/public/disclosures`. */
  portalUrl: string;
  targets: readonly OutboundTarget[];
  render(document: unknown, options: RenderOptions): Promise<RenderedArtifact[]>;
  fetchVersion(budgetId: string, version: number, correlationId: string): Promise<FrozenVersion>;
  scheduler: PublicationScheduler;
}

export const PUBLICATION_ACTOR: Actor = { kind: 'service', id: 'publication' };

export const disclosureUrl = (
  deps: Pick<PublicationDeps, 'portalUrl'>,
  unitId: string,
  fiscalYear: number,
  version?: number,
) => `${deps.portalUrl}/${unitId}/${fiscalYear}${version === undefined ? '' : `?version=${version}`}`;

/** A name-based id, so the same fact emitted twice is one event (the outbox ignores the second). */
export function deterministicId(name: string): string {
  const hex = createHash('sha256').update(`budgetflow:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function emitOnce<D>(
  tx: EntityManager,
  namespace: string,
  contract: EventContract<D>,
  id: string,
  budgetId: string,
  data: D,
  correlationId: string,
): Promise<void> {
  const envelope: EventEnvelope<D> = {
    id,
    type: `budget.v${contract.version}.${contract.name}`,
    occurredAt: new Date().toISOString(),
    budgetId,
    correlationId,
    actor: PUBLICATION_ACTOR,
    data,
  };
  await appendToOutbox(tx, namespace, contract, envelope);
}
