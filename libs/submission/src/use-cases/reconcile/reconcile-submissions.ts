import { requeueOutboxEvents } from '@budgetflow/messaging';
import type { SubmissionDeps } from '../submission-deps';

export interface SubmissionReconcileDeps extends SubmissionDeps {
  staleSeconds: number;
  /** The workflow's state and version of each budget; a budget it does not know is absent. */
  workflowStates(budgetIds: string[]): Promise<{ id: string; state: string; version: number }[]>;
}

/**
 * Submission's reconciler, for the events only it can re-send. A budget locked (submitted) here
 * for a while whose version the workflow has not reached lost its submitted event (or, when the
 * workflow does not know it at all, its draft-created event) after the broker acknowledged it:
 * both are re-queued in the outbox with their original ids. A budget the workflow returned at
 * this version while it is still locked here lost its returned event: it is unlocked, as the
 * event would have done. Only budgets changed in the last two days are looked at.
 */
export async function reconcileSubmissions(deps: SubmissionReconcileDeps): Promise<string | undefined> {
  const locked = await deps.database.query<{ id: string; version: number }[]>(
    `SELECT id, latest_version AS version FROM budgets
      WHERE locked AND updated_at < now() - make_interval(secs => $1) AND updated_at > now() - interval '2 days'
      ORDER BY updated_at LIMIT 500`,
    [deps.staleSeconds],
  );
  if (locked.length === 0) return undefined;
  const states = new Map((await deps.workflowStates(locked.map((b) => b.id))).map((s) => [s.id, s]));
  let reannounced = 0;
  let unlocked = 0;
  for (const budget of locked) {
    const known = states.get(budget.id);
    if (known && known.version === budget.version && ['returned', 'draft'].includes(known.state)) {
      const result = await deps.database.query<[unknown, number]>(
        'UPDATE budgets SET locked = false, updated_at = now() WHERE id = $1 AND locked AND latest_version = $2',
        [budget.id, budget.version],
      );
      unlocked += result[1];
      continue;
    }
    if (known && known.version >= budget.version) continue;
    reannounced += await deps.database.transaction(async (tx) => {
      let n = 0;
      if (!known)
        n += await requeueOutboxEvents(
          tx,
          { budgetId: budget.id, eventType: 'budget.v1.draft-created' },
          deps.staleSeconds,
        );
      n += await requeueOutboxEvents(
        tx,
        { budgetId: budget.id, eventType: 'budget.v1.submitted', version: budget.version },
        deps.staleSeconds,
      );
      return n;
    });
  }
  if (reannounced + unlocked === 0) return undefined;
  return `reconciled: ${reannounced} event(s) announced again, ${unlocked} returned budget(s) unlocked`;
}
