import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager, type StoredMsg } from '@nats-io/jetstream';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/nats-core';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { ServiceName } from '@budgetflow/contracts';
import type { PrivateInfrastructure } from './private-infra';
import { sleep } from './private-infra';
import type { SupervisedSystem } from './supervised-system';

export interface FaultContext {
  infra: PrivateInfrastructure;
  system: SupervisedSystem;
  /** The suite's own connection to the private NATS (it reconnects by itself). */
  nats: NatsConnection;
  streamName: string;
  /** BullMQ key prefix of the installation (`budgetflow:<namespace>`). */
  queuePrefix: string;
}

export interface Fault {
  name: string;
  /** Does the damage; resolves with a short description of what exactly was done. */
  inject(context: FaultContext): Promise<string>;
}

const random = (min: number, max: number) => Math.round(min + Math.random() * (max - min));

const killService = (service: ServiceName): Fault => ({
  name: `SIGKILL ${service}`,
  async inject({ system }) {
    const down = random(200, 2000);
    await system.kill(service, down);
    return `killed, restarted after ${down} ms`;
  },
});

async function withDatabase<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Every message still in the stream, oldest first (gaps where messages were deleted). */
export async function readStream(nats: NatsConnection, stream: string): Promise<StoredMsg[]> {
  const jsm = await jetstreamManager(nats);
  const info = await jsm.streams.info(stream);
  const messages: StoredMsg[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const message = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
    if (message) messages.push(message);
  }
  return messages;
}

/** Publishes a copy of a stored event under a new Nats-Msg-Id, so the stream does not drop it. */
async function republish(nats: NatsConnection, message: StoredMsg): Promise<void> {
  const h = natsHeaders();
  for (const [name, values] of message.header ?? []) {
    if (name.toLowerCase() !== 'nats-msg-id') for (const value of values) h.append(name, value);
  }
  await jetstream(nats).publish(message.subject, message.data, { msgID: randomUUID(), headers: h });
}

const EVENT_SUBJECT = /budget\.v1\./;

export const FAULTS: Fault[] = [
  killService('submission'),
  killService('validation'),
  killService('workflow'),
  killService('publication'),
  killService('gateway'),
  {
    name: 'NATS server restart',
    async inject({ infra }) {
      const down = random(300, 1500);
      await infra.nats.restart('hard', down);
      return `nats-server SIGKILLed, JetStream on disk, back after ${down} ms`;
    },
  },
  {
    name: 'PostgreSQL restart',
    async inject({ infra }) {
      const down = random(300, 1500);
      await infra.postgres.restart('hard', down);
      return `pg_ctl stop -m immediate (a crash), started after ${down} ms`;
    },
  },
  {
    name: 'connection dropped mid-transaction',
    async inject({ infra }) {
      // For two seconds, every connection caught running a statement or inside a transaction
      // is terminated; then every other one (idle pool connections, LISTEN connections) too.
      let busy = 0;
      let idle = 0;
      await withDatabase(infra.postgres.url, async (client) => {
        const deadline = Date.now() + 2000;
        while (Date.now() < deadline) {
          const { rows } = await client.query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
                AND state IN ('active', 'idle in transaction')`,
          );
          busy += rows.length;
          await sleep(20);
        }
        const { rows } = await client.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
        );
        idle += rows.length;
      });
      return `${busy} connections terminated mid-statement or mid-transaction, then ${idle} idle ones`;
    },
  },
  {
    name: 'Redis restart, delayed jobs pending',
    async inject({ infra, queuePrefix }) {
      const redis = new Redis(infra.redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
      redis.on('error', () => undefined);
      let delayed = 0;
      try {
        await redis.connect();
        const deadline = Date.now() + 20_000;
        while (Date.now() < deadline) {
          delayed = await redis.zcard(`${queuePrefix}:publication:delayed`);
          const publishes = (await redis.zrange(`${queuePrefix}:publication:delayed`, 0, -1)).filter((id) =>
            id.startsWith('publish-'),
          ).length;
          if (publishes > 0) break;
          await sleep(200);
        }
      } finally {
        redis.disconnect();
      }
      await infra.redis.restart('hard', random(300, 1200));
      return `redis-server SIGKILLed with ${delayed} delayed publication jobs (AOF on)`;
    },
  },
  {
    name: 'event delivered twice',
    async inject({ nats, streamName }) {
      const events = (await readStream(nats, streamName)).filter((m) => EVENT_SUBJECT.test(m.subject));
      const copies = events.slice(-12);
      for (const message of copies) await republish(nats, message);
      return `${copies.length} latest events published again under new Nats-Msg-Ids`;
    },
  },
  {
    name: 'event out of order',
    async inject({ nats, streamName }) {
      const events = (await readStream(nats, streamName)).filter((m) => EVENT_SUBJECT.test(m.subject));
      const older = events.slice(0, Math.max(1, Math.floor(events.length * 0.7)));
      const picked = Array.from(
        { length: Math.min(12, older.length) },
        () => older[random(0, older.length - 1)],
      );
      for (const message of picked) await republish(nats, message);
      return `${picked.length} older events published after newer ones`;
    },
  },
  {
    name: 'JetStream loses acknowledged events',
    async inject({ system, nats, streamName, infra }) {
      // The broker acknowledged these events and then lost them (its disk flush comes later):
      // the consumers that had not read them yet never will. Simulated by stopping the workflow
      // and publication (submission and validation go on producing events), deleting every
      // event they have not acknowledged yet, and restarting the broker (its de-duplication
      // memory is rebuilt from what is on disk, as after a real crash).
      const consumers: ServiceName[] = ['workflow', 'publication'];
      for (const service of consumers) await system.killAndHold(service);
      await sleep(random(2000, 4000)); // submits and validations go on meanwhile
      const jsm = await jetstreamManager(nats);
      const info = await jsm.streams.info(streamName);
      const ackFloors = await Promise.all(
        consumers.map((c) =>
          jsm.consumers
            .info(streamName, c)
            .then((i) => i.ack_floor.stream_seq)
            .catch(() => info.state.last_seq),
        ),
      );
      let deleted = 0;
      for (let seq = Math.min(...ackFloors) + 1; seq <= info.state.last_seq; seq++) {
        if (await jsm.streams.deleteMessage(streamName, seq, false).catch(() => false)) deleted++;
      }
      await infra.nats.restart('hard', 300);
      for (const service of consumers) system.restart(service);
      return `${deleted} acknowledged events not yet consumed were lost`;
    },
  },
];
