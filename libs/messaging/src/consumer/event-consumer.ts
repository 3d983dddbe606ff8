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

export interface EventHandlerDefinition<D> {
  contract: EventContract<D>;
  /**
   * Does the work. With a database, `tx` is the transaction in which the event is also recorded
   * as processed: the work and that record commit together, then the message is acked.
   */
  handle(event: EventEnvelope<D>, tx: EntityManager | undefined): Promise<void>;
}

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
  const loop = (async () => {
    for await (const message of messages) await handleOne(message);
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
      await process(durable, definition, options.database, event);
      message.ack();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const attempt = message.info.deliveryCount;
      if (attempt >= maxAttempts) return deadLetter(message, `failed ${attempt} times: ${reason}`);
      options.log?.(`${durable}: event ${event.id} failed (attempt ${attempt}): ${reason}`);
      message.nak(delays[Math.min(attempt - 1, delays.length - 1)]);
    }
  };
}

async function process<D>(
  durable: string,
  definition: EventHandlerDefinition<D>,
  database: DataSource | undefined,
  event: EventEnvelope<D>,
): Promise<void> {
  if (!database) return definition.handle(event, undefined);
  await database.transaction(async (tx) => {
    const first = await tx.query<unknown[]>(
      `INSERT INTO processed_messages (consumer, message_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [durable, event.id],
    );
    if (first.length > 0) await definition.handle(event, tx);
  });
}

/** A handler of some event type, for lists that mix types (the type is checked by `onEvent`). */
export type AnyEventHandler = EventHandlerDefinition<never>;

export const onEvent = <D>(
  contract: EventContract<D>,
  handle: EventHandlerDefinition<D>['handle'],
): AnyEventHandler => ({ contract, handle }) as unknown as AnyEventHandler;
