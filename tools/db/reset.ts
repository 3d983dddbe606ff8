import { budgetStreamName, deadLetterStreamName } from '@budgetflow/contracts';
import { connectNats } from '@budgetflow/messaging';
import { jetstreamManager } from '@nats-io/jetstream';
import {
  connectRedis,
  infrastructureSettings,
  looksLikeProduction,
  quoteIdentifier,
  readSettings,
  runTool,
} from '@budgetflow/runtime';
import { queuePrefix } from '@budgetflow/service-kit';
import { Client } from 'pg';
import { migrateAll } from './migrate';
import { seedAll } from './seed';
import { SERVICE_SCHEMAS } from './service-schemas';

/**
 * Starts over: drops the project's own schemas, its event stream and its queues, migrates and
 * reloads the seeds. It touches nothing else in the database, broker or Redis.
 */
runTool('reset', async () => {
  const settings = readSettings(infrastructureSettings);
  const force = process.argv.includes('--force');
  if (looksLikeProduction(settings.DATABASE_URL) && !force) {
    throw new Error(
      `refusing to reset ${new URL(settings.DATABASE_URL).host}${new URL(settings.DATABASE_URL).pathname}: ` +
        'it looks like a production database; run with --force if you really mean it',
    );
  }
  const client = new Client({ connectionString: settings.DATABASE_URL });
  await client.connect().catch(() => undefined); // a missing database is created by migrate
  for (const { schema } of SERVICE_SCHEMAS) {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`).catch(() => undefined);
  }
  await client.end().catch(() => undefined);

  const nats = await connectNats(settings.NATS_URL, 'reset');
  const jsm = await jetstreamManager(nats);
  for (const stream of [budgetStreamName, deadLetterStreamName]) {
    await jsm.streams.delete(stream(settings.BUDGETFLOW_NAMESPACE)).catch(() => false);
  }
  await nats.drain();

  const redis = await connectRedis(settings.REDIS_URL);
  const keys = await redis.keys(`${queuePrefix(settings.BUDGETFLOW_NAMESPACE)}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();

  await migrateAll(settings.DATABASE_URL);
  const seeded = await seedAll(settings.DATABASE_URL, settings.BUDGETFLOW_NAMESPACE);
  process.stdout.write(`reset: schemas, stream and queues recreated; ${seeded.join('; ')}\n`);
});
