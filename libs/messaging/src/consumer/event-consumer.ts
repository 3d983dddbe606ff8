import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import type { DataSource, EntityManager } from 'typeorm';
import {
  budgetStreamName,
  deadLetterSubject,
  eventSubject,
  type EventContract,
  type EventEnvelope,
} from '@budgetflow/contracts';

/**
 * Thrown by a handler when the event came before the one it follows (its budget is not known
 * yet, its submission not seen yet): not a fault of the event. It is retried for much longer
 * than an ordinary failure (`maxWaitingAttempts`), long enough for the reconcilers to re-send
 * an earlier event the broker lost, before it would go to the dead-letter subject.
 */
export class RetryLaterError extends Error {}

export interface EventHandlerDefinition<D> {
  contract: EventContract<D>;
  /**
   * Does the work. With a database, `tx` is the transaction in which the event is also recorded
   * as processed: the work and that record commit together, then the message is acked.
   * `afterCommit` defers work that must not be seen before the commit (a queue job that reads what
   * the transaction writes); it runs once the transaction has committed, before the ack.
   */
  handle(event: EventEnvelope<D>, tx: EntityManager | undefined, afterCommit: AfterCommit): Promise<void>;
}

/** Registers work to run after the handler's transaction commits (at once when there is none). */
export type AfterCommit = (work: () => Promise<unknown>) => void;

export interface EventConsumerOptions {
  namespace: string;
  /** The durable consumer's name, one per service (`workflow`): instances of it share the work. */
  durable: string;
  /** The service's database; absent for a service that keeps nothing (its handler must be idempotent). */
  database?: DataSource;
  /** Attempts before the event goes to the dead-letter subject. */
  maxAttempts?: number;
  /** Delay before each retry, by attempt (the last repeats). */
  retryDelaysMs?: number[];
  /**
   * Events handled at the same time (default 16). Events of the same budget are still handled one
   * after another, in the order they were published; only different budgets overlap.
   */
  concurrency?: number;
  /** Attempts for an event that keeps failing with RetryLaterError (default 60, about 15 minutes). */
  maxWaitingAttempts?: number;
  log?: (message: string) => void;
}

export interface RunningConsumer {
  stop(): Promise<void>;
}

/**
 * A service's durable pull consumer of the budget events, dispatching each to the handler of its
 * type (one consumer for all types keeps a budget's events in the order they were published;
 * types without a handler are acked and ignored). Each event is handled at most once per
 * consumer (processed_messages), acked only after the handler's transaction commits, retried
 * with backoff on failure (an event that arrives before the one it follows fails its state guard
 * and succeeds on a retry) and, after the last attempt, moved to `budget-dlq.<durable>`.
 */
export async function startEventConsumer(
  nc: NatsConnection,
  handlers: readonly AnyEventHandler[],
  options: EventConsumerOptions,
): Promise<RunningConsumer> {
  const stream = budgetStreamName(options.namespace);
  const jsm = await jetstreamManager(nc);
  await jsm.consumers.add(stream, {
    durable_name: options.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: 30_000_000_000,
    max_ack_pending: 1000,
  });
  const js = jetstream(nc);
  const messages = await (await js.consumers.get(stream, options.durable)).consume({ max_messages: 64 });
  const bySubject = new Map(
    handlers.map((h) => [eventSubject(options.namespace, h.contract.name, h.contract.version), h] as const),
  );
  const handleOne = messageHandler(nc, bySubject, options);
  const concurrency = Math.max(1, options.concurrency ?? 16);
  const loop = (async () => {
    const inFlight = new Set<Promise<void>>();
    // The last event in flight per budget: the next one of that budget waits for it.
    const tails = new Map<string, Promise<void>>();
    for await (const message of messages) {
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      const key = orderingKey(message);
      const run = (tails.get(key) ?? Promise.resolve())
        .then(() => handleOne(message))
        .catch((error: unknown) =>
          options.log?.(
            `${options.durable}: event seq ${message.seq}: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
      const done: Promise<void> = run.finally(() => {
        inFlight.delete(done);
        if (tails.get(key) === done) tails.delete(key);
      });
      tails.set(key, done);
      inFlight.add(done);
    }
    await Promise.all(inFlight);
  })();
  return {
    stop: async () => {
      await messages.close();
      await loop;
    },
  };
}

function messageHandler(
  nc: NatsConnection,
  handlers: ReadonlyMap<string, AnyEventHandler>,
  options: EventConsumerOptions,
): (message: JsMsg) => Promise<void> {
  const durable = options.durable;
  const maxAttempts = options.maxAttempts ?? 5;
  const maxWaitingAttempts = options.maxWaitingAttempts ?? 60;
  const delays = options.retryDelaysMs ?? [200, 1000, 5000, 15000];
  const deadLetter = async (message: JsMsg, reason: string) => {
    const h = natsHeaders();
    h.set('Original-Subject', message.subject);
    h.set('Consumer', durable);
    h.set('Reason', reason.slice(0, 1000));
    await jetstream(nc).publish(deadLetterSubject(options.namespace, durable), message.data, {
      msgID: `${durable}:${message.seq}`,
      headers: h,
    });
    message.ack();
    options.log?.(`${durable}: event seq ${message.seq} moved to the dead-letter subject: ${reason}`);
  };

  return async (message) => {
    const definition = handlers.get(message.subject);
    if (!definition) return message.ack(); // an event this service does not act on
    let event: unknown;
    try {
      event = message.json();
    } catch {
      return deadLetter(message, 'not JSON');
    }
    if (!definition.contract.check(event)) {
      return deadLetter(
        message,
        `not a valid ${definition.contract.name} event: ${definition.contract.errors(event).join('; ')}`,
      );
    }
    try {
      await process(durable, definition, options, event);
      message.ack();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const attempt = message.info.deliveryCount;
      const limit = error instanceof RetryLaterError ? maxWaitingAttempts : maxAttempts;
      if (attempt >= limit) return deadLetter(message, `failed ${attempt} times: ${reason}`);
      options.log?.(`${durable}: event ${event.id} failed (attempt ${attempt}): ${reason}`);
      message.nak(delays[Math.min(attempt - 1, delays.length - 1)]);
    }
  };
}

/** Events of one budget keep their order; anything without a budget id is ordered by nothing. */
function orderingKey(message: JsMsg): string {
  const budgetId = /"budgetId"\s*:\s*"([^"]{1,100})"/.exec(message.string())?.[1];
  return budgetId ?? `seq:${message.seq}`;
}

async function process<D>(
  durable: string,
  definition: EventHandlerDefinition<D>,
  options: EventConsumerOptions,
  event: EventEnvelope<D>,
): Promise<void> {
  const after: (() => Promise<unknown>)[] = [];
  const afterCommit: AfterCommit = (work) => void after.push(work);
  const database = options.database;
  if (!database) {
    await definition.handle(event, undefined, afterCommit);
  } else {
    await database.transaction(async (tx) => {
      const first = await tx.query<unknown[]>(
        `INSERT INTO processed_messages (consumer, message_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [durable, event.id],
      );
      if (first.length > 0) await definition.handle(event, tx, afterCommit);
    });
  }
  // Committed: a failure here cannot be retried by redelivery (the event is recorded as processed),
  // so it is logged; the service's own reconciliation from PostgreSQL re-drives such work.
  for (const work of after) {
    await work().catch((error: unknown) =>
      options.log?.(
        `${durable}: event ${event.id}: work after commit failed: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }
}

/** A handler of some event type, for lists that mix types (the type is checked by `onEvent`). */
export type AnyEventHandler = EventHandlerDefinition<never>;

export const onEvent = <D>(
  contract: EventContract<D>,
  handle: EventHandlerDefinition<D>['handle'],
): AnyEventHandler => ({ contract, handle }) as unknown as AnyEventHandler;
