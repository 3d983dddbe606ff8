import { eventSubject, type EventContract, type EventEnvelope } from '@budgetflow/contracts';

/** Anything that runs SQL inside the caller's transaction (a TypeORM EntityManager or QueryRunner). */
export interface SqlExecutor {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export class InvalidEventError extends Error {
  constructor(type: string, problems: string[]) {
    super(`refusing to emit an invalid ${type} event: ${problems.join('; ')}`);
  }
}

/**
 * Records an event in the service's outbox, in the caller's transaction: the event exists if and
 * only if the state change it reports was committed. A relay publishes it to JetStream later.
 * The payload is checked against its contract here, so nothing malformed ever leaves.
 */
export async function appendToOutbox<D>(
  tx: SqlExecutor,
  namespace: string,
  contract: EventContract<D>,
  envelope: EventEnvelope<D>,
): Promise<void> {
  const problems = contract.errors(envelope);
  if (problems.length > 0) throw new InvalidEventError(envelope.type, problems);
  await tx.query(
    `INSERT INTO outbox (id, subject, payload, headers) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO NOTHING`,
    [
      envelope.id,
      eventSubject(namespace, contract.name, contract.version),
      JSON.stringify(envelope),
      JSON.stringify({ 'Correlation-Id': envelope.correlationId, 'Event-Type': envelope.type }),
    ],
  );
  // Delivered on commit only; wakes the relay at once instead of at its next poll.
  await tx.query("SELECT pg_notify('outbox_' || current_schema(), '')");
}
