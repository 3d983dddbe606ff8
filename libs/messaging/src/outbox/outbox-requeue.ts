import type { SqlExecutor } from './outbox-writer';

/**
 * Puts already-sent outbox events of a budget back in the queue, with their original ids, so
 * the relay sends them again: the reconcilers' way of re-announcing a fact whose message the
 * broker may have lost after acknowledging it. Consumers that did see it skip it (the stream
 * drops a repeated Nats-Msg-Id within its window, processed_messages after it). Only events sent
 * more than `sentBeforeSeconds` ago are re-queued, so a reconciler that runs every few seconds
 * re-sends an event at most once per that period.
 */
export async function requeueOutboxEvents(
  tx: SqlExecutor,
  filter: { budgetId: string; eventType: string; version?: number; versionField?: string },
  sentBeforeSeconds: number,
): Promise<number> {
  const field = filter.versionField ?? 'version';
  const rows = (await tx.query(
    `UPDATE outbox SET published_at = NULL, last_error = 'requeued by the reconciler'
      WHERE published_at IS NOT NULL AND published_at < now() - make_interval(secs => $4)
        AND payload->>'budgetId' = $1 AND payload->>'type' = $2
        AND ($3::integer IS NULL OR (payload->'data'->>'${field.replace(/[^A-Za-z]/g, '')}')::integer = $3)
      RETURNING id`,
    [filter.budgetId, filter.eventType, filter.version ?? null, sentBeforeSeconds],
  )) as [unknown[], number] | unknown[];
  const requeued = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
  if (requeued > 0) await tx.query("SELECT pg_notify('outbox_' || current_schema(), '')");
  return requeued;
}
