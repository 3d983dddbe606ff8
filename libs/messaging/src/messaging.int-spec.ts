import { randomBytes, randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import type { DataSource } from 'typeorm';
import {
  budgetStreamName,
  BudgetDraftCreated,
  deadLetterStreamName,
  eventSubject,
  type EventEnvelope,
} from '@budgetflow/contracts';
import { DEFAULT_NATS_URL, openServiceDatabase } from '@budgetflow/runtime';
import { createTestDatabase } from '@budgetflow/testing';
import { budgetStreamSubjects } from '@budgetflow/contracts';
import { ensureBudgetStream } from './budget-stream';
import { onEvent, startEventConsumer } from './consumer/event-consumer';
import { CreateMessagingTables1763683200000 } from './create-messaging-tables.migration';
import { connectNats } from './nats-connection';
import { OutboxRelay } from './outbox/outbox-relay';
import { appendToOutbox } from './outbox/outbox-writer';

type DraftCreated = EventEnvelope<{ unitId: string; unitName: string; fiscalYear: number }>;

const draftCreated = (budgetId = randomUUID()): DraftCreated => ({
  id: randomUUID(),
  type: 'budget.v1.draft-created',
  occurredAt: new Date().toISOString(),
  budgetId,
  correlationId: `test-${budgetId}`,
  actor: { kind: 'service', id: 'test' },
  data: { unitId: '130400-312', unitName: '邯郸市公安局', fiscalYear: 2022 },
});

const until = async (condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('outbox relay and event consumer on real PostgreSQL and NATS JetStream', () => {
  const namespace = `msg${randomBytes(3).toString('hex')}`;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let service: DataSource;
  let nc: NatsConnection;

  const streamMessages = async (stream = budgetStreamName(namespace)) =>
    (await (await jetstreamManager(nc)).streams.info(stream)).state.messages;

  beforeAll(async () => {
    database = await createTestDatabase('messaging');
    service = await openServiceDatabase({
      url: database.url,
      schema: 'svc',
      migrations: [CreateMessagingTables1763683200000],
    });
    nc = await connectNats(process.env.NATS_URL ?? DEFAULT_NATS_URL, 'messaging-test');
    await ensureBudgetStream(nc, namespace);
  });

  afterAll(async () => {
    const jsm = await jetstreamManager(nc);
    for (const stream of [budgetStreamName(namespace), deadLetterStreamName(namespace)]) {
      await jsm.streams.delete(stream).catch(() => false);
    }
    await nc.drain();
    await service.destroy();
    await database.drop();
  });

  it('publishes only committed events, each exactly once, with two relays racing', async () => {
    await service
      .transaction(async (tx) => {
        await appendToOutbox(tx, namespace, BudgetDraftCreated, draftCreated());
        throw new Error('the state change failed');
      })
      .catch(() => undefined);
    const events = Array.from({ length: 200 }, () => draftCreated());
    for (let i = 0; i < events.length; i += 20) {
      await service.transaction(async (tx) => {
        for (const event of events.slice(i, i + 20))
          await appendToOutbox(tx, namespace, BudgetDraftCreated, event);
      });
    }
    const options = { schema: 'svc', databaseUrl: database.url, batchSize: 25, pollIntervalMs: 100 };
    const relays = [
      new OutboxRelay(service, jetstream(nc), options),
      new OutboxRelay(service, jetstream(nc), options),
    ];
    await Promise.all(relays.map((relay) => relay.start()));
    try {
      await until(async () => (await streamMessages()) >= 200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await streamMessages()).toBe(200);
      const [unsent] = await service.query<{ count: string }[]>(
        'SELECT count(*) FROM outbox WHERE published_at IS NULL',
      );
      expect(unsent?.count).toBe('0');
    } finally {
      await Promise.all(relays.map((relay) => relay.stop()));
    }
    expect(budgetStreamSubjects(namespace)).toEqual([`${namespace}.budget.>`]);
  }, 30_000);

  it('handles an event once even when it is delivered twice, and acks after commit', async () => {
    const handled: string[] = [];
    const consumer = await startEventConsumer(
      nc,
      [
        onEvent(BudgetDraftCreated, async (event, tx) => {
          handled.push(event.id);
          await tx!.query('SELECT 1');
        }),
      ],
      { namespace, durable: 'test-once', database: service },
    );
    try {
      const event = draftCreated();
      const subject = eventSubject(namespace, 'draft-created');
      // Two copies under different message ids get past the stream's de-duplication.
      await jetstream(nc).publish(subject, JSON.stringify(event), { msgID: `${event.id}-a` });
      await jetstream(nc).publish(subject, JSON.stringify(event), { msgID: `${event.id}-b` });
      await until(async () => {
        const rows = await service.query<unknown[]>(
          `SELECT 1 FROM processed_messages WHERE consumer = 'test-once' AND message_id = $1`,
          [event.id],
        );
        return rows.length === 1 && handled.includes(event.id);
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(handled.filter((id) => id === event.id)).toHaveLength(1);
    } finally {
      await consumer.stop();
    }
  }, 30_000);

  it('retries a failing handler, then moves the event to the dead-letter stream; malformed ones at once', async () => {
    const isolated = `${namespace}dlq`;
    await ensureBudgetStream(nc, isolated);
    const attempts: string[] = [];
    const consumer = await startEventConsumer(
      nc,
      [
        onEvent(BudgetDraftCreated, (event) => {
          attempts.push(event.id);
          return Promise.reject(new Error('the handler always fails'));
        }),
      ],
      { namespace: isolated, durable: 'test-poison', database: service, maxAttempts: 3, retryDelaysMs: [50] },
    );
    try {
      const event = draftCreated();
      const subject = eventSubject(isolated, 'draft-created');
      await jetstream(nc).publish(subject, JSON.stringify(event), { msgID: event.id });
      await jetstream(nc).publish(subject, '{"not":"an event"}', { msgID: randomUUID() });
      await until(async () => (await streamMessages(deadLetterStreamName(isolated))) === 2);
      expect(attempts).toEqual([event.id, event.id, event.id]);
      const jsm = await jetstreamManager(nc);
      const reasons = await Promise.all(
        [1, 2].map(async (seq) =>
          (await jsm.streams.getMessage(deadLetterStreamName(isolated), { seq }))?.header.get('Reason'),
        ),
      );
      expect(reasons.sort()).toEqual([
        'failed 3 times: the handler always fails',
        expect.stringContaining('not a valid draft-created event') as string,
      ]);
    } finally {
      await consumer.stop();
      const jsm = await jetstreamManager(nc);
      for (const stream of [budgetStreamName(isolated), deadLetterStreamName(isolated)]) {
        await jsm.streams.delete(stream).catch(() => false);
      }
    }
  }, 30_000);
});
