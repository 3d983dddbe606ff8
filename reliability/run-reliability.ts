import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { budgetStreamName, deadLetterStreamName } from '@budgetflow/contracts';
import { hashPassword } from '@budgetflow/identity';
import { connectNats } from '@budgetflow/messaging';
import { integer, readSettings, runTool } from '@budgetflow/runtime';
import { queuePrefix } from '@budgetflow/service-kit';
import { seedAll } from '../tools/db/seed';
import { waitForHealthy } from '../tools/dev/service-processes';
import { REPOSITORY_ROOT } from '../tools/repository-root';
import { FAULTS, type Fault, type FaultContext } from './support/faults';
import { Api } from './support/http';
import { checkInvariants, RACE_MARKER, type InvariantReport } from './support/invariants';
import { LifecycleDriver, type BudgetRun } from './support/lifecycle-driver';
import { freePort, sleep, startPrivateInfrastructure } from './support/private-infra';
import { renderReport, type Injection } from './support/report';
import { SupervisedSystem } from './support/supervised-system';

/**
 * npm run test:reliability — N budgets (RELIABILITY_BUDGETS, default 200) through the whole
 * lifecycle over HTTP, every service a separate process on the suite's own PostgreSQL, NATS
 * JetStream and Redis, while faults are injected one after another; then the invariants are
 * checked and a table is printed. Exit status 1 when any invariant does not hold.
 */
const settings = readSettings({
  RELIABILITY_BUDGETS: integer(200, 1, 990),
  RELIABILITY_CONCURRENCY: integer(8, 1, 64),
  /** Seconds the system gets after the last budget to settle (reconcilers included). */
  RELIABILITY_SETTLE_SECONDS: integer(120, 10, 1800),
});

const NAMESPACE = 'rel';
const PASSWORD = 'reliability-suite';
const UNIT_PREFIX = '130400-9';

function loadDocument(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, relative), 'utf8')) as Record<string, unknown>;
}

const unitIdOf = (index: number) => `${UNIT_PREFIX}${String(index + 1).padStart(3, '0')}`;
const unitNameOf = (index: number) => `邯郸市可靠性测试单位${String(index + 1).padStart(3, '0')}`;

/** Units and users of the run, straight into the gateway's schema (as an administrator would). */
async function seedRunUsers(databaseUrl: string, budgets: number): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const ids = Array.from({ length: budgets }, (_, i) => unitIdOf(i));
    const names = Array.from({ length: budgets }, (_, i) => unitNameOf(i));
    await db.query(
      'INSERT INTO gateway.units (id, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING',
      [ids, names],
    );
    const hash = await hashPassword(PASSWORD);
    for (const [username, role] of [
      ['rel-submitter', 'submitter'],
      ['rel-reviewer-a', 'reviewer'],
      ['rel-reviewer-b', 'reviewer'],
    ]) {
      const [user] = (
        await db.query<{ id: string }>(
          `INSERT INTO gateway.users (username, display_name, role, password_hash) VALUES ($1, $1, $2, $3)
           ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash RETURNING id`,
          [username, role, hash],
        )
      ).rows;
      await db.query(
        'INSERT INTO gateway.user_units (user_id, unit_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING',
        [user.id, ids],
      );
    }
  } finally {
    await db.end();
  }
}

function plan(budgets: number): BudgetRun[] {
  return Array.from({ length: budgets }, (_, index) => ({
    index,
    unitId: unitIdOf(index),
    fiscalYear: 2022,
    kind: index % 10 === 3 ? 'invalid' : 'valid',
    approval: index % 6 === 2 ? 'dual' : index % 4 === 1 ? 'scheduled' : 'single',
    raceEdit: index % 7 === 4,
    anomalies: [],
  }));
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

async function main(): Promise<void> {
  const started = Date.now();
  const log = (line: string) =>
    process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`);
  const budgets = settings.RELIABILITY_BUDGETS;
  log(`reliability: ${budgets} budgets; starting private PostgreSQL, NATS and Redis`);
  const infra = await startPrivateInfrastructure();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    DATABASE_URL: infra.postgres.url,
    NATS_URL: infra.nats.url,
    REDIS_URL: infra.redis.url,
    BUDGETFLOW_NAMESPACE: NAMESPACE,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PORTAL_URL: `${baseUrl}/public/disclosures`,
    // Recovery loops run often here so that a run takes minutes, not hours.
    PUBLICATION_RECONCILE_SECONDS: '5',
    RECONCILE_INTERVAL_SECONDS: '3',
    RECONCILE_STALE_SECONDS: '10',
  };
  const system = new SupervisedSystem(await snapshotDist(infra.dir), {
    ...env,
    NODE_PATH: path.join(REPOSITORY_ROOT, 'node_modules'),
  });
  const nats = await connectNats(infra.nats.url, 'reliability-suite');
  let report: InvariantReport | undefined;
  let failed = true;
  try {
    await seedAll(infra.postgres.url, NAMESPACE);
    await seedRunUsers(infra.postgres.url, budgets);
    system.startAll();
    await waitForHealthy(baseUrl, 90_000);
    log(`services up on ${baseUrl}; data in ${infra.dir}`);

    const submitter = new Api(baseUrl, 'rel-submitter', PASSWORD);
    const reviewers: [Api, Api] = [
      new Api(baseUrl, 'rel-reviewer-a', PASSWORD),
      new Api(baseUrl, 'rel-reviewer-b', PASSWORD),
    ];
    await Promise.all([submitter, ...reviewers].map((api) => api.signIn()));

    const corrected = loadDocument('seeds/examples/handan-psb-2022-corrected.json');
    const original = loadDocument('seeds/handan-psb-2022.json');
    const documentFor = (run: BudgetRun, edited = false): unknown => {
      const document = structuredClone(run.kind === 'valid' ? corrected : original) as {
        unit: { id: string; code: string; name: string; duties: string[] };
      };
      document.unit.id = run.unitId;
      document.unit.code = run.unitId.split('-')[1];
      document.unit.name = unitNameOf(run.index);
      if (edited) document.unit.duties = [...document.unit.duties, RACE_MARKER];
      return document;
    };

    const runs = plan(budgets);
    let progress = 0;
    const driver = new LifecycleDriver({
      submitter,
      reviewers,
      documentFor,
      concurrency: Math.min(settings.RELIABILITY_CONCURRENCY, budgets),
      stageTimeoutMs: 240_000,
      scheduledDelayMs: 4000,
      onProgress: () => progress++,
    });
    let driving = true;
    const driven = driver.run(runs).finally(() => (driving = false));

    const context: FaultContext = {
      infra,
      system,
      nats,
      streamName: budgetStreamName(NAMESPACE),
      queuePrefix: queuePrefix(NAMESPACE),
    };
    const injections: Injection[] = [];
    const injectedOnce = new Set<string>();
    // RELIABILITY_FAULTS=<text>: only the faults whose names contain it (to study one).
    const only = process.env.RELIABILITY_FAULTS?.toLowerCase();
    const faults = only ? FAULTS.filter((f) => f.name.toLowerCase().includes(only)) : FAULTS;
    let cycle: Fault[] = [];
    // One fault at a time, each after the system recovered from the previous one.
    while (driving || injectedOnce.size < faults.length) {
      await sleep(1000 + Math.random() * 2500);
      if (cycle.length === 0) cycle = shuffled(faults);
      const fault = cycle.shift()!;
      const at = Date.now();
      const affected = runs.filter(
        (r) => r.startedAt !== undefined && r.startedAt <= at && (r.finishedAt ?? Infinity) >= at,
      );
      let detail: string;
      try {
        detail = await fault.inject(context);
      } catch (error) {
        detail = `injection failed: ${error instanceof Error ? error.message : String(error)}`;
      }
      injectedOnce.add(fault.name);
      const before = progress;
      await waitForHealthy(baseUrl, 120_000).catch(() => undefined);
      const healthyAt = Date.now();
      const progressDeadline = Date.now() + 60_000;
      while (driving && progress === before && Date.now() < progressDeadline) await sleep(100);
      const recoveredAt = progress > before || !driving ? Date.now() : undefined;
      injections.push({ fault: fault.name, at, affected, detail, healthyAt, recoveredAt });
      const finished = runs.filter((r) => r.finishedAt !== undefined).length;
      log(
        `${fault.name}: ${detail}; ${affected.length} budgets in flight; ` +
          `recovered in ${recoveredAt ? ((recoveredAt - at) / 1000).toFixed(1) : '—'} s (${finished}/${budgets} done)`,
      );
    }
    await driven;
    log('all budgets driven; letting the system settle');

    // Settle: outboxes drained and no budget in an intermediate state (the reconcilers' work).
    const settleDeadline = Date.now() + settings.RELIABILITY_SETTLE_SECONDS * 1000;
    for (;;) {
      const pending = await settled(infra.postgres.url);
      if (pending === 0) break;
      if (Date.now() > settleDeadline) {
        log(`still ${pending} budgets or outbox rows in flight after the settle time`);
        break;
      }
      await sleep(1000);
    }
    await sleep(2000);

    report = await checkInvariants({
      runs,
      reviewer: reviewers[0],
      submitter,
      databaseUrl: infra.postgres.url,
      nats,
      streamName: budgetStreamName(NAMESPACE),
      deadLetterStreamName: deadLetterStreamName(NAMESPACE),
    });
    process.stdout.write(
      renderReport({ runs, injections, report, unplannedExits: system.unplannedExits, started }),
    );
    failed = report.violations.length > 0;
  } finally {
    await system.stop();
    await nats.close().catch(() => undefined);
    await infra.destroy(failed && !!process.env.RELIABILITY_KEEP);
  }
  if (failed) {
    process.stderr.write('reliability: invariants violated (see above)\n');
    process.exit(1);
  }
}

/**
 * The services run from a copy of dist/ taken now: others may rebuild dist/ while the suite runs,
 * and a service restarted halfway through their build would not start. A copy caught halfway
 * (a file not yet rewritten by tsc-alias) is taken again.
 */
async function snapshotDist(dir: string): Promise<string> {
  const source = path.join(REPOSITORY_ROOT, 'dist');
  const target = path.join(dir, 'dist');
  for (let attempt = 1; ; attempt++) {
    rmSync(target, { recursive: true, force: true });
    cpSync(source, target, {
      recursive: true,
      filter: (file) => !file.includes(`${path.sep}dist${path.sep}bench`),
    });
    const unresolved = ['apps', 'libs'].some((top) =>
      readdirSync(path.join(target, top), { recursive: true, encoding: 'utf8' }).some(
        (file) =>
          file.endsWith('.js') &&
          readFileSync(path.join(target, top, file), 'utf8').includes('require("@budgetflow/'),
      ),
    );
    if (!unresolved) return target;
    if (attempt >= 10) throw new Error('dist/ keeps changing (someone is building); try again');
    await sleep(3000);
  }
}

/** Budgets in an intermediate state plus unsent outbox rows; 0 when everything has settled. */
async function settled(databaseUrl: string): Promise<number> {
  const db = new Client({ connectionString: databaseUrl });
  db.on('error', () => undefined);
  try {
    await db.connect();
    const { rows } = await db.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM workflow.budgets WHERE state IN ('submitted', 'in_review', 'approved')
                 AND unit_id LIKE '${UNIT_PREFIX}%')
            + (SELECT count(*) FROM submission.outbox WHERE published_at IS NULL)
            + (SELECT count(*) FROM workflow.outbox WHERE published_at IS NULL)
            + (SELECT count(*) FROM publication.outbox WHERE published_at IS NULL) AS n`,
    );
    return Number(rows[0].n);
  } catch {
    return -1;
  } finally {
    await db.end().catch(() => undefined);
  }
}

runTool('reliability', main);
