/**
 * The performance benchmark: the limits of this machine's PostgreSQL and NATS, and what BudgetFlow
 * achieves on top of them, measured in one run; prints each figure with the limit it relates to and
 * their ratio, writes bench/results/latest.json and appends to bench/results/history.md.
 *
 *   npm run bench                 # the full run (about 8 minutes)
 *   npm run bench -- --quick      # a short run (under 5 minutes); `npm run bench --quick` works too
 *   npm run bench -- --label="after: pipelined relay"
 *
 * docs/performance.md explains what each figure means and what one budget costs.
 */
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { readFileSync } from 'node:fs';
import { ALL_SERVICES, type BudgetSummary } from '@budgetflow/contracts';
import { connectNats } from '@budgetflow/messaging';
import { connectRedis } from '@budgetflow/runtime';
import { delta, RequestCounter, settleStats, takeSnapshot, type CountDelta } from './harness/counts';
import { load, startBareServer, type LoadResult } from './harness/http-load';
import { measureLimits, PG_CLIENTS, JS_IN_FLIGHT, type Limits } from './harness/limits';
import { figure, renderTable, writeResults, type Figure } from './harness/report';
import { startBenchSystem, STATEFUL_SERVICES, type BenchSystem } from './harness/system';
import { log, now, round } from './harness/util';
import {
  Documents,
  measureInReviewLatency,
  prepareBudgets,
  runPipeline,
  signIn,
  stageTimings,
  YearPool,
  type Clients,
  type DocumentKind,
  type LatencyResult,
  type PipelineResult,
} from './harness/workload';

const ROOT = path.resolve(__dirname, '..', '..');
const FAST_FORMATS = 'html,json';
const ALL_FORMATS = 'html,pdf,xlsx,json,csv';

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick') || process.env.npm_config_quick === 'true';
const LABEL =
  argv.find((a) => a.startsWith('--label='))?.slice('--label='.length) ?? process.env.npm_config_label ?? '';

const PLAN = QUICK
  ? {
      limitMs: 3000,
      small: 30,
      handan: 8,
      latency: 25,
      allSmall: 8,
      allHandan: 3,
      httpS: 5,
      calibration: 100,
      pollMs: 25,
    }
  : {
      limitMs: 8000,
      small: 80,
      handan: 30,
      latency: 80,
      allSmall: 20,
      allHandan: 8,
      httpS: 10,
      calibration: 200,
      pollMs: 25,
    };
const CONNECTIONS = 100;

interface Counted {
  budgets: number;
  /** Per budget, per service database: transactions committed (read-only ones included). */
  commitsPerBudget: Record<string, number>;
  rollbacksPerBudget: Record<string, number>;
  rowWritesPerBudget: Record<string, number>;
  totalCommitsPerBudget: number;
  streamMessagesPerBudget: Record<string, number>;
  totalStreamMessagesPerBudget: number;
  deliveriesPerBudget: Record<string, number>;
  requestsPerBudget: Record<string, number>;
  totalRequestsPerBudget: number;
  /** What one `GET /api/budgets?state=…` of the benchmark reviewer costs (subtracted above). */
  perListRequest: Record<string, number>;
  /** CPU time of each service's process per budget (user + system, /proc; idle use subtracted). */
  cpuMsPerBudget?: Record<string, number>;
  totalCpuMsPerBudget?: number;
  /** Transactions per second with nothing to do (outbox relays' and reconcilers' polls; subtracted). */
  idleCommitsPerSecond: Record<string, number>;
  listRequestsSubtracted: number;
}

interface ConfigurationResult {
  instances: number;
  pipelines: Record<string, PipelineResult>;
  inReview: LatencyResult;
  http: Record<string, LoadResult>;
}

async function main(): Promise<void> {
  const started = now();
  const loadBefore = os.loadavg();
  log(
    `${QUICK ? 'quick' : 'full'} run; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`,
  );
  if (loadBefore[0] > os.cpus().length)
    log(`warning: the machine is busy (load ${loadBefore[0].toFixed(2)}): figures will be low`);
  const documents = new Documents();

  // 1 instance of every service.
  const one = await startBenchSystem({
    label: 'bench1',
    instances: 1,
    serviceEnv: { publication: { PUBLICATION_FORMATS: FAST_FORMATS } },
  });
  let limits: Limits;
  let counted: { counts: Counted; pipeline: PipelineResult };
  let single: ConfigurationResult;
  let versions: { postgres: string; nats: string; redis: string };
  try {
    const limitsDb = new URL(one.environment.databaseUrl);
    limitsDb.pathname = `${limitsDb.pathname}_limits`;
    limits = await measureLimits({
      databaseUrl: limitsDb.toString(),
      natsUrl: one.environment.env.NATS_URL!,
      namespace: one.environment.namespace,
      durationMs: PLAN.limitMs,
    });
    await dropDatabase(limitsDb.toString());
    versions = await infrastructureVersions(one);
    const years = new YearPool();
    const clients = await signIn(one.gateways[0]);
    counted = await countOneBudget(one, clients, documents, years);
    single = await measureConfiguration(one, clients, documents, years, counted.pipeline);
    // Every format (PDF and XLSX rendering included): publication restarted with all of them.
    await one.restart('publication', { PUBLICATION_FORMATS: ALL_FORMATS });
    for (const [kind, count] of [
      ['small', PLAN.allSmall],
      ['handan', PLAN.allHandan],
    ] as const) {
      const budgets = await prepareBudgets(clients, documents, years, kind, count);
      single.pipelines[`${kind}-all-formats`] = await runPipeline(clients, budgets, {
        pollMs: PLAN.pollMs,
        timeoutMs: 300_000,
      });
      log(
        `pipeline ${kind}, all formats, 1 instance: ${single.pipelines[`${kind}-all-formats`].perSecond.toFixed(2)} budgets/s`,
      );
    }
  } finally {
    await one.stop();
  }

  // 2 instances of every service.
  const two = await startBenchSystem({
    label: 'bench2',
    instances: 2,
    serviceEnv: { publication: { PUBLICATION_FORMATS: FAST_FORMATS } },
  });
  let double: ConfigurationResult;
  try {
    const clients = await signIn(two.gateways[0]);
    double = await measureConfiguration(two, clients, documents, new YearPool());
  } finally {
    await two.stop();
  }

  const loadAfter = os.loadavg();
  const figures = buildFigures(limits, counted.counts, single, double);
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.versions.node,
    ...versions,
    loadBefore: loadBefore.map((l) => round(l)),
    loadAfter: loadAfter.map((l) => round(l)),
  };
  const date = new Date().toISOString();
  const table = renderTable(figures);
  const countsMarkdown = `${renderCounts(counted.counts)}\n\n${renderStages(single, double)}`;
  process.stdout.write(
    `\nBudgetFlow on this machine — ${date}${LABEL ? ` — ${LABEL}` : ''}${QUICK ? ' (quick)' : ''}\n`,
  );
  process.stdout.write(
    `${machine.cpus} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres}, NATS ${machine.nats}, Redis ${machine.redis}; load ${machine.loadBefore.join(' ')} → ${machine.loadAfter.join(' ')}\n\n`,
  );
  process.stdout.write(`${table}\n\n${countsMarkdown}\n`);
  const written = writeResults(
    ROOT,
    {
      label: LABEL,
      date,
      quick: QUICK,
      durationS: round((now() - started) / 1000, 1),
      machine,
      plan: PLAN,
      figures,
      limits,
      counts: counted.counts,
      oneInstance: single,
      twoInstances: double,
    },
    countsMarkdown,
  );
  process.stdout.write(
    `\nwritten: ${written.map((f) => path.relative(ROOT, f)).join(', ')} (${((now() - started) / 1000).toFixed(0)} s)\n`,
  );
}

/**
 * The small-budget pipeline run, bracketed by exact counts: PostgreSQL transactions per service
 * database, stream messages, consumer deliveries and NATS requests. The benchmark reviewer's own
 * list requests are measured alone first (calibration) and subtracted.
 */
async function countOneBudget(
  system: BenchSystem,
  clients: Clients,
  documents: Documents,
  years: YearPool,
): Promise<{ counts: Counted; pipeline: PipelineResult }> {
  const nc = await connectNats(system.environment.env.NATS_URL!, 'bench-counter');
  const counter = new RequestCounter(nc, system.environment.namespace);
  try {
    const budgets = await prepareBudgets(clients, documents, years, 'small', PLAN.small);
    const snapshot = async () => ({
      at: now(),
      cpu: cpuByService(system),
      counts: await takeSnapshot(nc, system.environment.namespace, system.databases, counter),
    });
    log('counting: waiting for PostgreSQL statistics to settle (3 × 11 s)');
    await settleStats();
    // Idle: the relays' and reconcilers' own polling, subtracted below per second.
    const sA = await snapshot();
    await settleStats();
    const s0 = await snapshot();
    for (let i = 0; i < PLAN.calibration; i++)
      await clients.reviewer.get<BudgetSummary[]>('/api/budgets?state=in_review');
    await settleStats();
    const s1 = await snapshot();
    // CPU is read right around the run (it needs no settling), so that the idle use subtracted is
    // that of the run's own seconds, not of the 11 s the database counters need afterwards.
    const cpuAt = () => ({ at: now(), cpu: cpuByService(system) });
    const cpuBefore = cpuAt();
    const pipeline = await runPipeline(clients, budgets, { pollMs: PLAN.pollMs, timeoutMs: 300_000 });
    const cpuAfter = cpuAt();
    log(
      `pipeline small, 1 instance: ${pipeline.perSecond.toFixed(2)} budgets/s (${pipeline.budgets} in ${(pipeline.elapsedMs / 1000).toFixed(1)} s)`,
    );
    await settleStats();
    const s2 = await snapshot();
    pipeline.stages = await stageTimings(clients, budgets);
    const idleCpu = (service: string) =>
      ((s0.cpu[service] - sA.cpu[service]) / (s0.at - sA.at)) * (cpuAfter.at - cpuBefore.at);
    const cpuPerBudget = Object.fromEntries(
      ALL_SERVICES.map((service) => [
        service,
        round(
          Math.max(0, cpuAfter.cpu[service] - cpuBefore.cpu[service] - idleCpu(service)) / pipeline.budgets,
          1,
        ),
      ]),
    );
    const counts = perBudget(
      { delta: delta(s0.counts, sA.counts), ms: s0.at - sA.at },
      { delta: delta(s1.counts, s0.counts), ms: s1.at - s0.at, requests: PLAN.calibration },
      { delta: delta(s2.counts, s1.counts), ms: s2.at - s1.at },
      pipeline,
    );
    counts.cpuMsPerBudget = cpuPerBudget;
    counts.totalCpuMsPerBudget = round(
      Object.values(cpuPerBudget).reduce((a, b) => a + b, 0),
      1,
    );
    return { counts, pipeline };
  } finally {
    counter.stop();
    await nc.drain();
  }
}

function perBudget(
  idle: { delta: CountDelta; ms: number },
  calibration: { delta: CountDelta; ms: number; requests: number },
  window: { delta: CountDelta; ms: number },
  pipeline: PipelineResult,
): Counted {
  const n = pipeline.budgets;
  const run = window.delta;
  const perList: Record<string, number> = {};
  const background: Record<string, number> = {};
  const commits: Record<string, number> = {};
  const rollbacks: Record<string, number> = {};
  const writes: Record<string, number> = {};
  for (const service of STATEFUL_SERVICES) {
    background[service] = (idle.delta.databases[service].xactCommit / idle.ms) * 1000;
    perList[service] = Math.max(
      0,
      (calibration.delta.databases[service].xactCommit - (background[service] * calibration.ms) / 1000) /
        calibration.requests,
    );
    commits[service] = Math.max(
      0,
      (run.databases[service].xactCommit -
        (background[service] * window.ms) / 1000 -
        perList[service] * pipeline.listRequests) /
        n,
    );
    rollbacks[service] = run.databases[service].xactRollback / n;
    const d = run.databases[service];
    writes[service] = (d.tupInserted + d.tupUpdated + d.tupDeleted) / n;
  }
  const requests = { ...run.requests };
  const listSubject = Object.keys(requests).find((s) => s.endsWith('.list-budgets'));
  if (listSubject) requests[listSubject] = requests[listSubject] - pipeline.listRequests;
  const per = (record: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(record)
        .filter(([, v]) => v !== 0)
        .map(([k, v]) => [k, round(v / n, 3)]),
    );
  const requestsPerBudget = per(requests);
  const streamMessagesPerBudget = per(run.streamMessages);
  return {
    budgets: n,
    commitsPerBudget: Object.fromEntries(Object.entries(commits).map(([k, v]) => [k, round(v, 2)])),
    rollbacksPerBudget: Object.fromEntries(Object.entries(rollbacks).map(([k, v]) => [k, round(v, 2)])),
    rowWritesPerBudget: Object.fromEntries(Object.entries(writes).map(([k, v]) => [k, round(v, 2)])),
    totalCommitsPerBudget: round(
      Object.values(commits).reduce((a, b) => a + b, 0),
      2,
    ),
    streamMessagesPerBudget,
    totalStreamMessagesPerBudget: round(
      Object.values(streamMessagesPerBudget).reduce((a, b) => a + b, 0),
      2,
    ),
    deliveriesPerBudget: per(run.consumerDeliveries),
    requestsPerBudget,
    totalRequestsPerBudget: round(
      Object.values(requestsPerBudget).reduce((a, b) => a + b, 0),
      2,
    ),
    perListRequest: Object.fromEntries(Object.entries(perList).map(([k, v]) => [k, round(v, 3)])),
    idleCommitsPerSecond: Object.fromEntries(Object.entries(background).map(([k, v]) => [k, round(v, 2)])),
    listRequestsSubtracted: pipeline.listRequests,
  };
}

async function measureConfiguration(
  system: BenchSystem,
  clients: Clients,
  documents: Documents,
  years: YearPool,
  smallAlreadyRun?: PipelineResult,
): Promise<ConfigurationResult> {
  const n = system.instances;
  const pipelines: Record<string, PipelineResult> = {};
  const kinds: [DocumentKind, number][] = [
    ['small', PLAN.small],
    ['handan', PLAN.handan],
  ];
  let lastHandan: { unitId: string; fiscalYear: number } | undefined;
  for (const [kind, count] of kinds) {
    if (kind === 'small' && smallAlreadyRun) {
      pipelines.small = smallAlreadyRun;
      continue;
    }
    const budgets = await prepareBudgets(clients, documents, years, kind, count);
    pipelines[kind] = await runPipeline(clients, budgets, { pollMs: PLAN.pollMs, timeoutMs: 300_000 });
    pipelines[kind].stages = await stageTimings(clients, budgets);
    if (kind === 'handan') lastHandan = budgets[0];
    log(
      `pipeline ${kind}, ${n} instance(s): ${pipelines[kind].perSecond.toFixed(2)} budgets/s (${pipelines[kind].budgets} in ${(pipelines[kind].elapsedMs / 1000).toFixed(1)} s)`,
    );
  }
  const latencyBudgets = await prepareBudgets(clients, documents, years, 'small', PLAN.latency);
  const inReview = await measureInReviewLatency(clients, latencyBudgets);

  // Gateway under load: a budget the reviewer reads, and the public page of a published 邯郸 disclosure.
  const [aBudget] = (await clients.reviewer.get<BudgetSummary[]>('/api/budgets?state=published')).body;
  const token = clients.reviewerToken;
  const budgetUrls = system.gateways.map((g) => `${g}/api/budgets/${aBudget.id}`);
  const body = Buffer.from(
    await (await fetch(budgetUrls[0], { headers: { authorization: `Bearer ${token}` } })).arrayBuffer(),
  );
  const pageUrls = system.gateways.map(
    (g) => `${g}/public/disclosures/${lastHandan!.unitId}/${lastHandan!.fiscalYear}`,
  );
  const http: Record<string, LoadResult> = {};
  const options = { connections: CONNECTIONS, durationS: PLAN.httpS };
  http.getBudget = await load(`GET /api/budgets/:id, ${n} gateway(s)`, budgetUrls, {
    ...options,
    headers: { authorization: `Bearer ${token}` },
  });
  http.publicPage = await load(
    `GET /public/disclosures/… (${lastHandan!.fiscalYear}), ${n} gateway(s)`,
    pageUrls,
    options,
  );
  const bare = await startBareServer(body, 'application/json; charset=utf-8');
  try {
    http.bareNode = await load(`bare Node http, ${body.length} B`, [bare.url], options);
  } finally {
    await bare.stop();
  }
  // The page is larger than the JSON: a bare server sending the same page bytes is its comparison.
  const page = Buffer.from(await (await fetch(pageUrls[0])).arrayBuffer());
  const barePage = await startBareServer(page, 'text/html; charset=utf-8');
  try {
    http.bareNodePage = await load(`bare Node http, ${page.length} B page`, [barePage.url], options);
  } finally {
    await barePage.stop();
  }
  return { instances: n, pipelines, inReview, http };
}

function buildFigures(
  limits: Limits,
  counts: Counted,
  one: ConfigurationResult,
  two: ConfigurationResult,
): Figure[] {
  const implied = limits.pgCommitsPerSecond / counts.totalCommitsPerBudget;
  const latencyLimit = 5 * limits.natsRoundTripMs + 5 * limits.pgCommitMs;
  const impliedLabel = `PG commits/s ÷ ${counts.totalCommitsPerBudget} commits per budget`;
  const figures: Figure[] = [
    figure(
      'limit.pg.commits',
      `PostgreSQL INSERT commits, ${PG_CLIENTS} clients (pg)`,
      limits.pgCommitsPerSecond,
      '/s',
    ),
    ...(limits.pgbenchCommitsPerSecond === null
      ? []
      : [
          figure(
            'limit.pg.pgbench',
            `PostgreSQL INSERT commits, ${PG_CLIENTS} clients (pgbench)`,
            limits.pgbenchCommitsPerSecond,
            '/s',
          ),
        ]),
    figure('limit.pg.commitMs', 'PostgreSQL commit, one connection', limits.pgCommitMs, 'ms'),
    figure(
      'limit.js.publish',
      `JetStream publishes, ${JS_IN_FLIGHT} in flight, msgID`,
      limits.jsPublishesPerSecond,
      '/s',
    ),
    figure(
      'limit.js.publishSequential',
      'JetStream publishes, awaiting each ack',
      limits.jsSequentialPublishesPerSecond,
      '/s',
    ),
    figure('limit.nats.rr', 'NATS request/reply, sequential', limits.natsRequestsPerSecond, '/s'),
    figure(
      'limit.nats.rr64',
      'NATS request/reply, 64 in flight',
      limits.natsConcurrentRequestsPerSecond,
      '/s',
    ),
    figure('limit.implied', `implied pipeline limit (${impliedLabel})`, implied, 'budgets/s'),
    ...(counts.totalCpuMsPerBudget
      ? [
          figure(
            'limit.cpu',
            `CPU-implied limit (${os.cpus().length} cores ÷ ${counts.totalCpuMsPerBudget} CPU ms per budget)`,
            (os.cpus().length * 1000) / counts.totalCpuMsPerBudget,
            'budgets/s',
          ),
        ]
      : []),
  ];
  for (const [config, result] of [
    ['1', one],
    ['2', two],
  ] as const) {
    const suffix = `${config} inst.`;
    for (const [key, p] of Object.entries(result.pipelines)) {
      const what =
        key === 'small'
          ? 'small, html+json'
          : key === 'handan'
            ? '邯郸 2022, html+json'
            : key === 'small-all-formats'
              ? 'small, all 5 formats'
              : '邯郸 2022, all 5 formats';
      figures.push(
        figure(`pipeline.${key}.${config}`, `pipeline ${what}, ${suffix}`, p.perSecond, 'budgets/s', {
          relatesTo: impliedLabel,
          limit: implied,
          target: '≥ 0.5',
        }),
      );
    }
    figures.push(
      figure(`inReview.p50.${config}`, `submit → in_review p50, ${suffix}`, result.inReview.p50, 'ms'),
    );
    figures.push(
      figure(`inReview.p95.${config}`, `submit → in_review p95, ${suffix}`, result.inReview.p95, 'ms'),
    );
    figures.push(
      figure(`inReview.p99.${config}`, `submit → in_review p99, ${suffix}`, result.inReview.p99, 'ms', {
        relatesTo: '5 NATS round trips + 5 commits',
        limit: latencyLimit,
        target: '≤ 1',
      }),
    );
    const bare = result.http.bareNode;
    figures.push(
      figure(
        `http.bare.rps.${config}`,
        `bare Node http, ${CONNECTIONS} conn.`,
        bare.requestsPerSecond,
        'req/s',
      ),
    );
    figures.push(figure(`http.bare.p99.${config}`, 'bare Node http p99', bare.p99, 'ms'));
    const barePage = result.http.bareNodePage;
    figures.push(
      figure(
        `http.barePage.rps.${config}`,
        'bare Node http, same page bytes',
        barePage.requestsPerSecond,
        'req/s',
      ),
    );
    figures.push(
      figure(`http.barePage.p99.${config}`, 'bare Node http, same page bytes, p99', barePage.p99, 'ms'),
    );
    for (const [key, what, reference, referenceLabel] of [
      ['getBudget', 'GET /api/budgets/:id', bare, 'bare Node http req/s'],
      ['publicPage', 'GET public disclosure page', barePage, 'bare Node, same page, req/s'],
    ] as const) {
      const h = result.http[key];
      figures.push(
        figure(
          `http.${key}.rps.${config}`,
          `${what}, ${CONNECTIONS} conn., ${suffix}`,
          h.requestsPerSecond,
          'req/s',
          { relatesTo: referenceLabel, limit: reference.requestsPerSecond, target: '≥ 0.5' },
        ),
      );
      figures.push(figure(`http.${key}.p50.${config}`, `${what} p50, ${suffix}`, h.p50, 'ms'));
      figures.push(
        figure(`http.${key}.p99.${config}`, `${what} p99, ${suffix}`, h.p99, 'ms', {
          relatesTo: 'target 10 ms',
          limit: 10,
          target: '≤ 1',
        }),
      );
      // At 100 connections p99 cannot beat the bare server's own: this is the machine's floor.
      figures.push(
        figure(`http.${key}.p99VsBare.${config}`, `${what} p99 against bare Node's, ${suffix}`, h.p99, 'ms', {
          relatesTo: 'bare Node p99, same bytes',
          limit: reference.p99,
          target: '≤ 1',
        }),
      );
    }
  }
  // How the second instance changes each figure.
  for (const key of Object.keys(two.pipelines)) {
    figures.push(
      figure(
        `scale.pipeline.${key}`,
        `pipeline ${key}: 2 inst. ÷ 1 inst.`,
        two.pipelines[key].perSecond / one.pipelines[key].perSecond,
        '×',
      ),
    );
  }
  figures.push(
    figure('scale.inReview.p99', 'submit → in_review p99: 2 ÷ 1', two.inReview.p99 / one.inReview.p99, '×'),
  );
  figures.push(
    figure(
      'scale.http.getBudget',
      'GET /api/budgets/:id req/s: 2 ÷ 1',
      two.http.getBudget.requestsPerSecond / one.http.getBudget.requestsPerSecond,
      '×',
    ),
  );
  return figures;
}

function renderStages(...configurations: ConfigurationResult[]): string {
  const lines = [
    'Where a pipeline run’s time went (audit trail, ms: submitted → in_review p50/max, in_review → approved p50, approved → published p50/max, first → last submit):',
  ];
  for (const c of configurations) {
    for (const [key, p] of Object.entries(c.pipelines)) {
      const s = p.stages;
      if (!s) continue;
      lines.push(
        `- ${key}, ${c.instances} inst.: validate ${s.validateP50Ms}/${s.validateMaxMs}, review ${s.reviewP50Ms}, publish ${s.publishP50Ms}/${s.publishMaxMs}, submits ${s.submitSpreadMs}`,
      );
    }
  }
  return lines.join('\n');
}

function renderCounts(c: Counted): string {
  const rows = (record: Record<string, number>) =>
    Object.entries(record)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  return [
    `Counted over ${c.budgets} small budgets, submit → published, per budget (the benchmark reviewer's ${c.listRequestsSubtracted} list requests subtracted):`,
    `- PostgreSQL transactions committed: ${c.totalCommitsPerBudget} (${rows(c.commitsPerBudget)}); rolled back: ${rows(c.rollbacksPerBudget)}; rows written: ${rows(c.rowWritesPerBudget)}`,
    `- JetStream messages: ${c.totalStreamMessagesPerBudget} (${rows(c.streamMessagesPerBudget)}); deliveries by durable consumer: ${rows(c.deliveriesPerBudget)}`,
    `- NATS requests: ${c.totalRequestsPerBudget} (${rows(c.requestsPerBudget)})`,
    `- CPU time: ${c.totalCpuMsPerBudget ?? '?'} ms (${rows(c.cpuMsPerBudget ?? {})}); the bench's own requests included`,
    `- subtracted: one list request of the reviewer costs ${rows(c.perListRequest)} transactions; idle polling ${rows(c.idleCommitsPerSecond)} transactions/s`,
  ].join('\n');
}

function cpuByService(system: BenchSystem): Record<string, number> {
  return Object.fromEntries(ALL_SERVICES.map((service) => [service, cpuMs(system.pids(service))]));
}

/** CPU time (user + system) the processes have used so far, from /proc (Linux). */
function cpuMs(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    } catch {
      // not Linux, or the process is gone
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

async function infrastructureVersions(
  system: BenchSystem,
): Promise<{ postgres: string; nats: string; redis: string }> {
  const client = new Client({ connectionString: system.databases.gateway });
  await client.connect();
  const postgres = (
    (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '?'
  ).split(' ')[0];
  await client.end();
  const nc = await connectNats(system.environment.env.NATS_URL!, 'bench-version');
  const nats = nc.info?.version ?? '?';
  await nc.drain();
  const redisClient = await connectRedis(system.environment.env.REDIS_URL!);
  const info = await redisClient.info('server');
  await redisClient.quit();
  const redis = /redis_version:(\S+)/.exec(info)?.[1] ?? '?';
  return { postgres, nats, redis };
}

async function dropDatabase(url: string): Promise<void> {
  const maintenance = new URL(url);
  const name = decodeURIComponent(maintenance.pathname.slice(1));
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  await client.end();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
