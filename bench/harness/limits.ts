import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { jetstream, jetstreamManager, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import { Client } from 'pg';
import { connectNats } from '@budgetflow/messaging';
import { ensureDatabaseExists } from '@budgetflow/runtime';
import { loopFor, log } from './util';

/** The same number of connections a service's pool opens (libs/runtime: max 10; 8 is the brief's figure). */
export const PG_CLIENTS = 8;
export const JS_IN_FLIGHT = 256;

export interface Limits {
  /** Single-row INSERT commits per second, PG_CLIENTS connections, with the services' driver (pg). */
  pgCommitsPerSecond: number;
  /** The same with pgbench, when it is installed (the server's view, no Node client in the way). */
  pgbenchCommitsPerSecond: number | null;
  /** One connection, one INSERT commit after another: the time one commit takes. */
  pgCommitMs: number;
  /** JetStream persisted publishes per second, JS_IN_FLIGHT unacknowledged, each with a msgID. */
  jsPublishesPerSecond: number;
  /** JetStream publishes waiting for each ack (what a relay that awaits each one can reach). */
  jsSequentialPublishesPerSecond: number;
  /** NATS request/reply round trips per second, one after another, with a trivial responder. */
  natsRequestsPerSecond: number;
  /** The same with 64 requests in flight. */
  natsConcurrentRequestsPerSecond: number;
  /** 1000 / natsRequestsPerSecond. */
  natsRoundTripMs: number;
}

const pexec = promisify(execFile);

export async function measureLimits(options: {
  databaseUrl: string;
  natsUrl: string;
  namespace: string;
  durationMs: number;
}): Promise<Limits> {
  const pg = await measurePostgres(options.databaseUrl, options.durationMs);
  const nats = await measureNats(options.natsUrl, options.namespace, options.durationMs);
  return { ...pg, ...nats, natsRoundTripMs: 1000 / nats.natsRequestsPerSecond };
}

async function measurePostgres(databaseUrl: string, durationMs: number) {
  await ensureDatabaseExists(databaseUrl);
  const setup = new Client({ connectionString: databaseUrl });
  await setup.connect();
  await setup.query('CREATE SCHEMA IF NOT EXISTS bench_limits');
  await setup.query(
    'CREATE TABLE IF NOT EXISTS bench_limits.commits (id bigserial PRIMARY KEY, payload text NOT NULL, at timestamptz NOT NULL DEFAULT now())',
  );
  const payload = 'x'.repeat(200);
  const insert = (client: Client) =>
    client.query('INSERT INTO bench_limits.commits (payload) VALUES ($1)', [payload]);

  const clients = await Promise.all(
    Array.from({ length: PG_CLIENTS }, async () => {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  let pgCommitsPerSecond: number;
  let pgCommitMs: number;
  try {
    await Promise.all(clients.map((client) => insert(client))); // warm-up
    const concurrent = await loopFor(durationMs, PG_CLIENTS, (loop) => insert(clients[loop]));
    pgCommitsPerSecond = concurrent.perSecond;
    log(
      `PostgreSQL: ${concurrent.perSecond.toFixed(0)} single-row INSERT commits/s with ${PG_CLIENTS} clients`,
    );
    const single = await loopFor(Math.min(durationMs, 2000), 1, () => insert(clients[0]));
    pgCommitMs = single.elapsedMs / single.count;
    log(`PostgreSQL: ${pgCommitMs.toFixed(3)} ms per commit on one connection`);
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
  const pgbenchCommitsPerSecond = await runPgbench(databaseUrl, durationMs);
  await setup.query('DROP SCHEMA bench_limits CASCADE');
  await setup.end();
  return { pgCommitsPerSecond, pgbenchCommitsPerSecond, pgCommitMs };
}

function findPgbench(): string | null {
  for (const candidate of [
    '/usr/lib/postgresql/17/bin/pgbench',
    '/usr/lib/postgresql/16/bin/pgbench',
    '/usr/lib/postgresql/15/bin/pgbench',
    '/usr/bin/pgbench',
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

async function runPgbench(databaseUrl: string, durationMs: number): Promise<number | null> {
  const pgbench = findPgbench();
  if (!pgbench) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-pgbench-'));
  const script = path.join(dir, 'insert.sql');
  writeFileSync(script, `INSERT INTO bench_limits.commits (payload) VALUES (repeat('x', 200));\n`);
  try {
    const seconds = String(Math.max(1, Math.round(durationMs / 1000)));
    const { stdout } = await pexec(pgbench, [
      '-n',
      '-c',
      String(PG_CLIENTS),
      '-j',
      '2',
      '-T',
      seconds,
      '-f',
      script,
      databaseUrl,
    ]);
    const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
    if (!tps) return null;
    log(`pgbench: ${Number(tps).toFixed(0)} single-row INSERT commits/s with ${PG_CLIENTS} clients`);
    return Number(tps);
  } catch (error) {
    log(
      `pgbench failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); using the pg loop only`,
    );
    return null;
  }
}

async function measureNats(natsUrl: string, namespace: string, durationMs: number) {
  const nc = await connectNats(natsUrl, 'bench-limits');
  const responder = await connectNats(natsUrl, 'bench-limits-responder');
  const jsm = await jetstreamManager(nc);
  const stream = `BENCH_LIMITS_${namespace}`;
  const subject = `${namespace}.bench-limits.publish`;
  try {
    await jsm.streams.add({
      name: stream,
      subjects: [subject],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      duplicate_window: 120_000_000_000,
    });
    const js = jetstream(nc);
    const body = new TextEncoder().encode(JSON.stringify({ type: 'budget.v1.bench', data: 'x'.repeat(500) }));
    let sequence = 0;
    const publishOne = () => js.publish(subject, body, { msgID: `${namespace}-${sequence++}` });
    await loopFor(300, 16, publishOne); // warm-up
    const asyncRun = await loopFor(durationMs, JS_IN_FLIGHT, publishOne);
    log(`JetStream: ${asyncRun.perSecond.toFixed(0)} publishes/s with ${JS_IN_FLIGHT} in flight`);
    const sequentialRun = await loopFor(Math.min(durationMs, 2000), 1, publishOne);
    log(`JetStream: ${sequentialRun.perSecond.toFixed(0)} publishes/s waiting for each ack`);

    const requestSubject = `${namespace}.bench-limits.echo`;
    responder.subscribe(requestSubject, {
      callback: (error, message) => {
        if (!error) message.respond(message.data);
      },
    });
    await responder.flush();
    const request = () => nc.request(requestSubject, body.subarray(0, 200), { timeout: 2000 });
    await loopFor(300, 1, request); // warm-up
    const sequential = await loopFor(durationMs, 1, request);
    log(`NATS: ${sequential.perSecond.toFixed(0)} request/reply round trips/s, one after another`);
    const concurrent = await loopFor(Math.min(durationMs, 2000), 64, request);
    log(`NATS: ${concurrent.perSecond.toFixed(0)} request/reply round trips/s, 64 in flight`);
    return {
      jsPublishesPerSecond: asyncRun.perSecond,
      jsSequentialPublishesPerSecond: sequentialRun.perSecond,
      natsRequestsPerSecond: sequential.perSecond,
      natsConcurrentRequestsPerSecond: concurrent.perSecond,
    };
  } finally {
    await jsm.streams.delete(stream).catch(() => false);
    await responder.drain();
    await nc.drain();
  }
}
