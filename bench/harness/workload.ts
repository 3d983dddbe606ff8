import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BudgetDetail, BudgetSummary } from '@budgetflow/contracts';
import { ApiClient } from '../../e2e/support/api-client';
import { log, mapLimit, now, percentile, sleep } from './util';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;

export type DocumentKind = 'small' | 'handan';

/** The units the demo submitters may create budgets for, and the year each already has seeded. */
const UNITS = [
  { unitId: '130400-312', user: 'handan', seed: 'seeds/handan-psb-2022.json', seededYear: 2022 },
  { unitId: '419001-020', user: 'jiyuan', seed: 'seeds/jiyuan-psb-2020.json', seededYear: 2020 },
  { unitId: '130529-312', user: 'julu', seed: 'seeds/julu-psb-2024.json', seededYear: 2024 },
] as const;

/**
 * The documents: a small consistent one (bench/fixtures/small-budget.json, the rules' own
 * `validStandardBudget`: 9 tables, 2 projects, 29 kB) and the corrected 邯郸 2022 disclosure
 * (280 kB, 20+ sub-units, 60 projects), each adjusted to the unit and year it is created for.
 */
export class Documents {
  private readonly small = readJson('bench/fixtures/small-budget.json');
  private readonly handan = readJson('seeds/examples/handan-psb-2022-corrected.json');
  private readonly units = new Map<string, unknown>(UNITS.map((u) => [u.unitId, readJson(u.seed).unit]));

  for(kind: DocumentKind, unitId: string, fiscalYear: number): unknown {
    const base = kind === 'small' ? this.small : this.handan;
    // The performance targets' deadlines name the year (PRF-TIM-001 checks them against it).
    const performance = JSON.parse(
      JSON.stringify(base.performance).replace(/2022/g, String(fiscalYear)),
    ) as unknown;
    const document: Record<string, unknown> = {
      ...base,
      unit: kind === 'small' ? this.units.get(unitId) : base.unit,
      fiscalYear,
      performance,
    };
    if (kind === 'handan' && fiscalYear >= 2023) adjustClassification(document);
    return document;
  }
}

/**
 * From 2023 the classification catalog no longer has class 234 (抗疫特别国债, an empty row in the
 * 2022 document) and names 30110 职工基本医疗保险缴费: the document a unit would file that year.
 */
function adjustClassification(document: Record<string, unknown>): void {
  const tables = JSON.parse(JSON.stringify(document.tables)) as { rows: { code?: string; name: string }[] }[];
  for (const table of tables) {
    table.rows = table.rows.filter((row) => row.code !== '234');
    for (const row of table.rows) {
      if (row.code === '30110')
        row.name = row.name.replace('城镇职工基本医疗保险缴费', '职工基本医疗保险缴费');
    }
  }
  document.tables = tables;
}

export interface Clients {
  reviewer: ApiClient;
  /** The reviewer's bearer token, for the load generator. */
  reviewerToken: string;
  submitters: Map<string, ApiClient>;
}

export async function signIn(baseUrl: string): Promise<Clients> {
  const [reviewer, ...submitters] = await Promise.all(
    ['reviewer', ...UNITS.map((u) => u.user)].map((user) => ApiClient.signIn(baseUrl, user)),
  );
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'reviewer', password: process.env.BUDGETFLOW_DEMO_PASSWORD ?? 'demo' }),
  });
  const { accessToken } = (await response.json()) as { accessToken: string };
  return {
    reviewer: reviewer,
    reviewerToken: accessToken,
    submitters: new Map(UNITS.map((u, i) => [u.unitId, submitters[i]])),
  };
}

/** Hands out distinct (unit, fiscal year) pairs: 邯郸 documents from 2100 down, small ones from 2000 up. */
export class YearPool {
  private readonly free = new Map<string, number[]>(
    UNITS.map((u) => [
      u.unitId,
      Array.from({ length: 101 }, (_, i) => 2000 + i).filter((year) => year !== u.seededYear),
    ]),
  );
  private smallUnit = 0;

  take(kind: DocumentKind): { unitId: string; fiscalYear: number } {
    if (kind === 'handan') {
      const years = this.free.get('130400-312')!;
      const year = years.pop();
      if (year === undefined || year < 2021) throw new Error('no fiscal year left for 邯郸 budgets');
      return { unitId: '130400-312', fiscalYear: year };
    }
    // Small budgets go to 济源 and 巨鹿 first, so that 邯郸's years stay for the 邯郸 document.
    for (let attempt = 0; attempt < UNITS.length * 2; attempt++) {
      const unit = UNITS[(this.smallUnit++ % (UNITS.length - 1)) + 1];
      const year = this.free.get(unit.unitId)!.shift();
      if (year !== undefined) return { unitId: unit.unitId, fiscalYear: year };
    }
    const year = this.free.get('130400-312')!.shift();
    if (year === undefined) throw new Error('no (unit, fiscal year) pair left');
    return { unitId: '130400-312', fiscalYear: year };
  }
}

export interface PreparedBudget {
  id: string;
  unitId: string;
  fiscalYear: number;
  submitter: ApiClient;
}

const expectStatus = (what: string, response: { status: number; body: unknown }, status = 200) => {
  if (response.status !== status) {
    throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(response.body).slice(0, 400)}`);
  }
};

/** Creates drafts with their documents, and waits until the workflow follows every one (state draft). */
export async function prepareBudgets(
  clients: Clients,
  documents: Documents,
  years: YearPool,
  kind: DocumentKind,
  count: number,
): Promise<PreparedBudget[]> {
  const pairs = Array.from({ length: count }, () => years.take(kind));
  const prepared = await mapLimit(pairs, 8, async ({ unitId, fiscalYear }) => {
    const submitter = clients.submitters.get(unitId)!;
    const created = await submitter.post<BudgetSummary>('/api/budgets', { unitId, fiscalYear });
    expectStatus(`create ${unitId}/${fiscalYear}`, created, 201);
    const saved = await submitter.put(
      `/api/budgets/${created.body.id}/document`,
      documents.for(kind, unitId, fiscalYear),
    );
    expectStatus(`document of ${unitId}/${fiscalYear}`, saved);
    return { id: created.body.id, unitId, fiscalYear, submitter };
  });
  const ids = new Set(prepared.map((b) => b.id));
  await until(
    async () => {
      const drafts = await clients.reviewer.get<BudgetSummary[]>('/api/budgets?state=draft');
      return drafts.body.filter((b) => ids.has(b.id)).length === ids.size;
    },
    60_000,
    'the workflow to follow the new drafts',
  );
  return prepared;
}

export interface PipelineResult {
  budgets: number;
  elapsedMs: number;
  perSecond: number;
  /** List requests the benchmark reviewer made (its own load, subtracted from the counts). */
  listRequests: number;
  stages?: StageTimings;
}

/**
 * Submits every prepared budget (16 at a time) while a benchmark reviewer polls the in-review list
 * and approves each budget as soon as it appears; the run ends when the last one is published.
 */
export async function runPipeline(
  clients: Clients,
  budgets: readonly PreparedBudget[],
  options: { pollMs: number; timeoutMs: number },
): Promise<PipelineResult> {
  const ids = new Set(budgets.map((b) => b.id));
  const approving = new Set<string>();
  let listRequests = 0;
  let published = 0;
  let failure: Error | undefined;
  const start = now();
  const submitting = mapLimit(budgets, 16, async (budget) => {
    const response = await budget.submitter.post(`/api/budgets/${budget.id}/submit`);
    expectStatus(`submit ${budget.unitId}/${budget.fiscalYear}`, response);
  }).catch((error: Error) => (failure = error));

  const list = async (state: string) => {
    listRequests++;
    const response = await clients.reviewer.get<BudgetSummary[]>(`/api/budgets?state=${state}`);
    expectStatus(`list ${state}`, response);
    return response.body.filter((b) => ids.has(b.id));
  };
  const reviewer = (async () => {
    while (published < ids.size && !failure) {
      const inReview = (await list('in_review')).filter((b) => !approving.has(b.id));
      for (const budget of inReview) {
        approving.add(budget.id);
        void clients.reviewer
          .post(`/api/budgets/${budget.id}/approve`, { comment: '同意（性能测试）' })
          .then((response) => {
            // 409: seen in review by a list that was already stale; the next poll tries again.
            if (response.status !== 200) approving.delete(budget.id);
          });
      }
      const returned = await list('returned');
      if (returned.length > 0)
        failure = new Error(
          `validation returned ${returned.length} budget(s), e.g. ${returned[0].unitId}/${returned[0].fiscalYear}`,
        );
      await sleep(options.pollMs);
    }
  })();
  const deadline = start + options.timeoutMs;
  let end = start;
  while (!failure) {
    published = (await list('published')).length;
    end = now();
    if (published === ids.size) break;
    if (end > deadline)
      failure = new Error(
        `only ${published} of ${ids.size} budgets published within ${options.timeoutMs} ms`,
      );
    else await sleep(Math.max(10, options.pollMs / 2));
  }
  await Promise.all([submitting, reviewer]);
  if (failure) throw failure;
  const elapsedMs = end - start;
  return { budgets: ids.size, elapsedMs, perSecond: (ids.size / elapsedMs) * 1000, listRequests };
}

export interface LatencyResult {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * Submit → in_review as the reviewer sees it: one budget at a time, the reviewer holding a
 * conditional read open (`If-None-Match` + `Prefer: wait`) from the moment the submit is sent, and
 * reading again each time it answers, until it shows in_review.
 */
export async function measureInReviewLatency(
  clients: Clients,
  budgets: readonly PreparedBudget[],
): Promise<LatencyResult> {
  const samples: number[] = [];
  for (const budget of budgets) {
    const url = `/api/budgets/${budget.id}`;
    let etag = (await clients.reviewer.get<BudgetDetail>(url)).headers.get('etag') ?? '';
    const start = now();
    const submitted = budget.submitter.post(`/api/budgets/${budget.id}/submit`);
    for (;;) {
      const detail = await clients.reviewer.request<BudgetDetail>('GET', url, undefined, {
        'if-none-match': etag,
        prefer: 'wait=30',
      });
      if (detail.status === 200 && detail.body.state === 'in_review') break;
      if (detail.status === 200 && detail.body.state === 'returned')
        throw new Error(`${budget.unitId}/${budget.fiscalYear} was returned`);
      if (now() - start > 30_000) throw new Error(`${budget.id} not in review after 30 s`);
      etag = detail.headers.get('etag') ?? etag;
    }
    samples.push(now() - start);
    expectStatus('submit', await submitted);
    await sleep(30);
  }
  log(
    `submit → in_review: p50 ${percentile(samples, 50).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms`,
  );
  return {
    samples: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: Math.max(...samples),
  };
}

export async function until(
  condition: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

export interface StageTimings {
  /** submitted → in_review (validation and routing), approved → published, from the audit trail. */
  validateP50Ms: number;
  validateMaxMs: number;
  reviewP50Ms: number;
  publishP50Ms: number;
  publishMaxMs: number;
  /** First to last submit. */
  submitSpreadMs: number;
}

/** Where a run's time went, from the audit trail of (up to 20 of) its budgets. */
export async function stageTimings(
  clients: Clients,
  budgets: readonly PreparedBudget[],
): Promise<StageTimings> {
  const stages = {
    validate: [] as number[],
    review: [] as number[],
    publish: [] as number[],
    submitted: [] as number[],
  };
  for (const budget of budgets.slice(0, 20)) {
    const history = await clients.reviewer.get<{ entries: { action: string; at: string }[] }>(
      `/api/budgets/${budget.id}/history`,
    );
    const at = new Map(history.body.entries.map((e) => [e.action, Date.parse(e.at)]));
    stages.submitted.push(at.get('submitted')!);
    stages.validate.push(at.get('validated')! - at.get('submitted')!);
    stages.review.push(at.get('approved')! - at.get('validated')!);
    stages.publish.push(at.get('published')! - at.get('approved')!);
  }
  return {
    validateP50Ms: percentile(stages.validate, 50),
    validateMaxMs: Math.max(...stages.validate),
    reviewP50Ms: percentile(stages.review, 50),
    publishP50Ms: percentile(stages.publish, 50),
    publishMaxMs: Math.max(...stages.publish),
    submitSpreadMs: Math.max(...stages.submitted) - Math.min(...stages.submitted),
  };
}
