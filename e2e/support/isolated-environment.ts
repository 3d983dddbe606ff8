import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { jetstreamManager } from '@nats-io/jetstream';
import { Client } from 'pg';
import { budgetStreamName, deadLetterStreamName } from '@budgetflow/contracts';
import { connectNats } from '@budgetflow/messaging';
import {
  connectRedis,
  DEFAULT_DATABASE_URL,
  DEFAULT_NATS_URL,
  DEFAULT_REDIS_URL,
  quoteIdentifier,
} from '@budgetflow/runtime';
import { queuePrefix } from '@budgetflow/service-kit';

export interface IsolatedEnvironment {
  /** Variables to give the services: their own database, namespace and HTTP port. */
  env: NodeJS.ProcessEnv;
  databaseUrl: string;
  namespace: string;
  port: number;
  baseUrl: string;
  /** Drops the database, the event stream and the queues this environment created. */
  cleanup(): Promise<void>;
}

/**
 * A test run's own slice of the real infrastructure: a fresh database, a namespace for NATS
 * subjects, the stream and BullMQ keys, and a free port, so tests never touch a developer's data
 * and can run beside a running system.
 */
export async function createIsolatedEnvironment(label: string): Promise<IsolatedEnvironment> {
  const namespace = `${label}${randomBytes(4).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const base = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  base.pathname = `/budgetflow_${namespace}`;
  const databaseUrl = base.toString();
  const natsUrl = process.env.NATS_URL ?? DEFAULT_NATS_URL;
  const redisUrl = process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  const port = await freePort();
  return {
    env: {
      DATABASE_URL: databaseUrl,
      NATS_URL: natsUrl,
      REDIS_URL: redisUrl,
      BUDGETFLOW_NAMESPACE: namespace,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    databaseUrl,
    namespace,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    cleanup: async () => {
      await dropDatabase(databaseUrl);
      const nats = await connectNats(natsUrl, 'test-cleanup');
      const jsm = await jetstreamManager(nats);
      for (const stream of [budgetStreamName, deadLetterStreamName]) {
        await jsm.streams.delete(stream(namespace)).catch(() => false);
      }
      await nats.drain();
      const redis = await connectRedis(redisUrl);
      const keys = await redis.keys(`${queuePrefix(namespace)}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
    },
  };
}

async function dropDatabase(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = target.pathname.slice(1);
  target.pathname = '/postgres';
  const client = new Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
