import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@budgetflow/contracts';
import { BudgetRepository } from '../../persistence/budget.repository';

/**
 * budget.v1.returned (and amendment-started): the unit holds the budget again and may edit it —
 * unless a later version was submitted since, which this (late or repeated) event must not unlock.
 */
export async function unlockReturned(event: EventEnvelope<unknown>, tx: EntityManager): Promise<void> {
  const data = event.data as { version?: unknown; publishedVersion?: unknown };
  const version = typeof data.version === 'number' ? data.version : data.publishedVersion;
  await new BudgetRepository(tx).unlock(event.budgetId, typeof version === 'number' ? version : undefined);
}
