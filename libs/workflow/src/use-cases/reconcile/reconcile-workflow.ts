import type { DataSource } from 'typeorm';
import { requeueOutboxEvents } from '@budgetflow/messaging';

export interface WorkflowReconcileDeps {
  database: DataSource;
  /** A budget that sat this long in `submitted` or `approved` is re-driven. */
  staleSeconds: number;
  /** Asks validation to validate the submitted version again (same validated event id). */
  revalidate(budgetId: string, version: number, submittedEventId: string): Promise<void>;
  /** Asks publication where the approved version stands (and to re-drive its side). */
  approvalStatus(budgetId: string, version: number): Promise<'unknown' | 'pending' | 'posted'>;
}

/**
 * The workflow's reconciler: PostgreSQL, not the broker, says what is unfinished.
 *
 * - `submitted` for too long without a validated event: validation is asked to validate again;
 *   it re-emits budget.v1.validated under the id derived from the submitted event, so if the
 *   first one was only slow, the second is a duplicate the stream or processed_messages drops.
 * - `approved` for too long without a published event: publication is asked where it stands. If
 *   it never recorded the approval (the event was lost after JetStream acknowledged it), the
 *   approved event is re-queued in the outbox with its original id; if it is pending, publication
 *   re-schedules its jobs; if posted, publication re-sends its published event.
 */
export async function reconcileWorkflow(deps: WorkflowReconcileDeps): Promise<string | undefined> {
  const { database, staleSeconds } = deps;
  const submitted = await database.query<{ id: string; version: number; eventId: string | null }[]>(
    `SELECT b.id, b.version,
            (SELECT a.event_id FROM audit_trail a WHERE a.budget_id = b.id AND a.action = 'submitted'
                AND a.version = b.version ORDER BY a.sequence DESC LIMIT 1) AS "eventId"
       FROM budgets b
      WHERE b.state = 'submitted' AND b.updated_at < now() - make_interval(secs => $1)
      ORDER BY b.updated_at LIMIT 200`,
    [staleSeconds],
  );
  let revalidated = 0;
  for (const budget of submitted) {
    if (!budget.eventId) continue;
    await deps.revalidate(budget.id, budget.version, budget.eventId).then(
      () => revalidated++,
      () => undefined, // validation down: next pass
    );
  }
  const approved = await database.query<{ id: string; version: number }[]>(
    `SELECT id, version FROM budgets
      WHERE state = 'approved' AND updated_at < now() - make_interval(secs => $1)
      ORDER BY updated_at LIMIT 200`,
    [staleSeconds],
  );
  let reannounced = 0;
  for (const budget of approved) {
    const status = await deps.approvalStatus(budget.id, budget.version).catch(() => undefined);
    if (status !== 'unknown') continue;
    reannounced += await database.transaction((tx) =>
      requeueOutboxEvents(
        tx,
        { budgetId: budget.id, eventType: 'budget.v1.approved', version: budget.version },
        staleSeconds,
      ),
    );
  }
  if (revalidated + reannounced === 0) return undefined;
  return `reconciled: ${revalidated} submitted budget(s) sent to validation again, ${reannounced} approval(s) announced again`;
}

/** The workflow's view of some budgets, for submission's reconciler. */
export function budgetStates(
  database: DataSource,
  budgetIds: readonly string[],
): Promise<{ id: string; state: string; version: number }[]> {
  return database.query('SELECT id, state, version FROM budgets WHERE id = ANY($1)', [budgetIds]);
}
