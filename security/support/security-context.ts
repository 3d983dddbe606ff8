import { Client } from 'pg';
import { hashPassword } from '@budgetflow/identity';
import { eventually } from '../../e2e/support/api-client';
import { startSystem, type RunningSystem } from '../../e2e/support/running-system';
import { hashOf, type Json } from './documents';
import { Http, signIn } from './http';
import type { Tally } from './tally';

export const UNITS = { handan: '130400-312', jiyuan: '419001-020', julu: '130529-312' } as const;

export type User = 'handan' | 'jiyuan' | 'julu' | 'reviewer' | 'reviewerJulu' | 'admin';

/** A budget the suite attacks, with its unit and the user who owns it. */
export interface Target {
  label: string;
  id: string;
  unitId: string;
  fiscalYear: number;
  owner: User;
}

/** Everything an attack module needs: the system, a token per user, the budgets, the tally. */
export interface SecurityContext {
  system: RunningSystem;
  http: Http;
  tally: Tally;
  tokens: Record<User, string>;
  /** 邯郸 2022 (seeded), carrying script payloads; goes to review, approval and publication. */
  handan2022: Target;
  /** 邯郸 2023 (created by the suite), carrying SQL fragments; approved for a later publication date. */
  handan2023: Target;
  /** 济源 2020 and 巨鹿 2024 (seeded drafts). */
  jiyuan2020: Target;
  julu2024: Target;
}

/** The user whose scope holds only 巨鹿县公安局: a reviewer limited to some units. */
export const LIMITED_REVIEWER = 'reviewer-julu';

/**
 * Starts every service as its own process on an isolated database and namespace, adds a reviewer
 * limited to one unit next to the demo users, signs everyone in and finds the seeded budgets.
 */
export async function prepareContext(tally: Tally): Promise<SecurityContext> {
  const system = await startSystem('security');
  try {
    await addLimitedReviewer(system.environment.databaseUrl);
    const http = new Http(system.environment.baseUrl);
    const names: [User, string][] = [
      ['handan', 'handan'],
      ['jiyuan', 'jiyuan'],
      ['julu', 'julu'],
      ['reviewer', 'reviewer'],
      ['reviewerJulu', LIMITED_REVIEWER],
      ['admin', 'admin'],
    ];
    const tokens = Object.fromEntries(
      await Promise.all(names.map(async ([user, username]) => [user, await signIn(http, username)] as const)),
    ) as Record<User, string>;
    const list = await http.get('/api/budgets', { token: tokens.reviewer });
    const budgets = list.body as { id: string; unitId: string; fiscalYear: number }[];
    const find = (unitId: string, fiscalYear: number) => {
      const found = budgets.find((budget) => budget.unitId === unitId && budget.fiscalYear === fiscalYear);
      if (!found) throw new Error(`the seed budget of ${unitId} for ${fiscalYear} is missing: ${list.text}`);
      return found.id;
    };
    const created = await http.post('/api/budgets', {
      token: tokens.handan,
      json: { unitId: UNITS.handan, fiscalYear: 2023 },
    });
    const handan2023Id = (created.body as { id?: string } | undefined)?.id;
    if (!handan2023Id) throw new Error(`could not create 邯郸 2023: ${created.status} ${created.text}`);
    return {
      system,
      http,
      tally,
      tokens,
      handan2022: target('邯郸 2022', find(UNITS.handan, 2022), UNITS.handan, 2022, 'handan'),
      handan2023: target('邯郸 2023', handan2023Id, UNITS.handan, 2023, 'handan'),
      jiyuan2020: target('济源 2020', find(UNITS.jiyuan, 2020), UNITS.jiyuan, 2020, 'jiyuan'),
      julu2024: target('巨鹿 2024', find(UNITS.julu, 2024), UNITS.julu, 2024, 'julu'),
    };
  } catch (error) {
    await system.stop();
    throw error;
  }
}

const target = (label: string, id: string, unitId: string, fiscalYear: number, owner: User): Target => ({
  label,
  id,
  unitId,
  fiscalYear,
  owner,
});

async function addLimitedReviewer(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO gateway.users (username, display_name, role, password_hash)
         VALUES ($1, '财政局 巨鹿县预算审核员', 'reviewer', $2) RETURNING id`,
      [LIMITED_REVIEWER, await hashPassword('demo')],
    );
    await client.query('INSERT INTO gateway.user_units (user_id, unit_id) VALUES ($1, $2)', [
      inserted.rows[0].id,
      UNITS.julu,
    ]);
  } finally {
    await client.end();
  }
}

/** What must not change when an attack is refused: lifecycle state, version, draft revision and content. */
export interface Snapshot {
  state: string;
  version: number;
  revision: number;
  documentHash: string;
}

/** Read by the budget's owner, as the unit would see it. */
export async function snapshot(context: SecurityContext, budget: Target): Promise<Snapshot> {
  const token = context.tokens[budget.owner];
  const [detail, draft] = await Promise.all([
    context.http.get(`/api/budgets/${budget.id}`, { token }),
    context.http.get(`/api/budgets/${budget.id}/document`, { token }),
  ]);
  const { state, version } = detail.body as { state: string; version: number };
  const { revision, document } = draft.body as { revision: number; document: unknown };
  return { state, version, revision, documentHash: hashOf(document) };
}

/** Undefined when nothing changed, otherwise what did. */
export async function changedSince(
  context: SecurityContext,
  budget: Target,
  before: Snapshot,
): Promise<string | undefined> {
  const after = await snapshot(context, budget);
  const changed = (Object.keys(before) as (keyof Snapshot)[]).filter((key) => before[key] !== after[key]);
  return changed.length === 0
    ? undefined
    : `refused, but ${budget.label} changed: ${changed.map((key) => `${key} ${before[key]} → ${after[key]}`).join(', ')}`;
}

export async function stateOf(context: SecurityContext, budget: Target): Promise<string> {
  const reply = await context.http.get(`/api/budgets/${budget.id}`, { token: context.tokens.reviewer });
  return (reply.body as { state: string }).state;
}

export function waitForState(context: SecurityContext, budget: Target, state: string, timeoutMs = 60_000) {
  return eventually(
    () => stateOf(context, budget),
    (current) => current === state,
    timeoutMs,
  ).catch((error: Error) => {
    throw new Error(
      `${budget.label} did not reach ${state}: ${error.message}\n${context.system.recentOutput()}`,
    );
  });
}

/** Saves a document as the owner; throws unless it is accepted. */
export async function saveDocument(context: SecurityContext, budget: Target, document: Json): Promise<void> {
  const saved = await context.http.put(`/api/budgets/${budget.id}/document`, {
    token: context.tokens[budget.owner],
    json: document,
  });
  if (saved.status !== 200) throw new Error(`could not save ${budget.label}: ${saved.status} ${saved.text}`);
}

/** The dry-run findings of the draft. */
export async function checkDraft(
  context: SecurityContext,
  budget: Target,
): Promise<{
  counts: { error: number; warning: number };
  findings: { ruleId: string; severity: string; location: { path: string } }[];
}> {
  const reply = await context.http.post(`/api/budgets/${budget.id}/check`, {
    token: context.tokens[budget.owner],
  });
  if (reply.status !== 200) throw new Error(`check of ${budget.label} failed: ${reply.status} ${reply.text}`);
  return reply.body as Awaited<ReturnType<typeof checkDraft>>;
}
