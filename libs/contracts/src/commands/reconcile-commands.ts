import { Type } from '@sinclair/typebox';
import { defineCommand } from './command-contract';

/**
 * Commands the reconcilers send between services (never from the gateway: only a `service`
 * actor may send them). Each re-drives a budget that sat too long in an intermediate state,
 * from PostgreSQL, and is idempotent: re-emitted events keep their ids, so nothing is doubled.
 */
const BudgetId = Type.String({ pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' });
const Version = Type.Integer({ minimum: 1, maximum: 100_000 });
const strict = { additionalProperties: false } as const;

/** workflow → validation: validate a submitted version again and emit budget.v1.validated with the id it had. */
export const Revalidate = defineCommand<{ eventId: string }>()(
  'validation',
  'revalidate',
  Type.Object({ budgetId: BudgetId, version: Version, submittedEventId: BudgetId }, strict),
);

/** submission → workflow: the state and version the workflow holds for each budget (absent: unknown). */
export const BudgetStates = defineCommand<{ id: string; state: string; version: number }[]>()(
  'workflow',
  'budget-states',
  Type.Object({ budgetIds: Type.Array(BudgetId, { maxItems: 500 }) }, strict),
);

/**
 * workflow → publication: where the publication of an approved version stands. `unknown` means
 * the approval never reached publication (the workflow announces it again); a pending one gets
 * its jobs again, a posted one its published event.
 */
export const ReconcileApproval = defineCommand<{ status: 'unknown' | 'pending' | 'posted' }>()(
  'publication',
  'reconcile-approval',
  Type.Object({ budgetId: BudgetId, version: Version, staleSeconds: Type.Integer({ minimum: 0 }) }, strict),
);
