import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@budgetflow/contracts';
import { BudgetRepository } from '../../persistence/budget.repository';

/** budget.v1.returned: the unit holds the budget again and may edit it. */
export async function unlockReturned(event: EventEnvelope<unknown>, tx: EntityManager): Promise<void> {
  await new BudgetRepository(tx).unlock(event.budgetId);
}
