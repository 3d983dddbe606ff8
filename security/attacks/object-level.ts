import { expectRefused, refusal, type Reply } from '../support/http';
import {
  changedSince,
  snapshot,
  UNITS,
  type SecurityContext,
  type Target,
  type User,
} from '../support/security-context';

const CATEGORY = 'object-level authorization';

/** Every budget endpoint, with a body that would be accepted from the budget's own unit. */
interface Endpoint {
  name: string;
  /** Roles the endpoint admits at all; others get 403 whatever the id (function level, tested elsewhere). */
  roles: readonly string[];
  send: (context: SecurityContext, token: string, budget: Target, ownDocument: unknown) => Promise<Reply>;
}

const ANY = ['submitter', 'reviewer', 'admin'];
export const BUDGET_ENDPOINTS: readonly Endpoint[] = [
  { name: 'GET budget', roles: ANY, send: (c, t, b) => c.http.get(`/api/budgets/${b.id}`, { token: t }) },
  {
    name: 'GET document',
    roles: ANY,
    send: (c, t, b) => c.http.get(`/api/budgets/${b.id}/document`, { token: t }),
  },
  {
    name: 'GET workbook',
    roles: ANY,
    send: (c, t, b) => c.http.get(`/api/budgets/${b.id}/workbook`, { token: t }),
  },
  {
    name: 'GET history',
    roles: ANY,
    send: (c, t, b) => c.http.get(`/api/budgets/${b.id}/history`, { token: t }),
  },
  {
    name: 'GET versions/1',
    roles: ANY,
    send: (c, t, b) => c.http.get(`/api/budgets/${b.id}/versions/1`, { token: t }),
  },
  {
    name: 'GET diff',
    roles: ANY,
    send: (c, t, b) => c.http.get(`/api/budgets/${b.id}/diff?from=1&to=1`, { token: t }),
  },
  {
    name: 'POST check',
    roles: ANY,
    send: (c, t, b) => c.http.post(`/api/budgets/${b.id}/check`, { token: t }),
  },
  {
    name: 'POST submit',
    roles: ['submitter'],
    send: (c, t, b) => c.http.post(`/api/budgets/${b.id}/submit`, { token: t }),
  },
  {
    name: 'POST approve',
    roles: ['reviewer'],
    send: (c, t, b) => c.http.post(`/api/budgets/${b.id}/approve`, { token: t, json: { comment: '同意' } }),
  },
  {
    name: 'POST return',
    roles: ['reviewer'],
    send: (c, t, b) =>
      c.http.post(`/api/budgets/${b.id}/return`, { token: t, json: { comment: '请修改', itemComments: [] } }),
  },
  {
    name: 'POST amend',
    roles: ['submitter'],
    send: (c, t, b) => c.http.post(`/api/budgets/${b.id}/amend`, { token: t, json: { reason: '更正' } }),
  },
  {
    name: 'PUT document',
    roles: ['submitter'],
    send: (c, t, b, document) => c.http.put(`/api/budgets/${b.id}/document`, { token: t, json: document }),
  },
  {
    name: 'POST import',
    roles: ['submitter'],
    send: (c, t, b, document) => c.http.post(`/api/budgets/${b.id}/import`, { token: t, json: document }),
  },
];

const ROLE: Record<User, string> = {
  handan: 'submitter',
  jiyuan: 'submitter',
  julu: 'submitter',
  reviewer: 'reviewer',
  reviewerJulu: 'reviewer',
  admin: 'admin',
};
const UNITS_OF: Record<User, readonly string[]> = {
  handan: [UNITS.handan],
  jiyuan: [UNITS.jiyuan],
  julu: [UNITS.julu],
  reviewer: Object.values(UNITS),
  reviewerJulu: [UNITS.julu],
  admin: Object.values(UNITS),
};

/** Every user whose scope does not hold the budget's unit. */
const outsiders = (budget: Target): User[] =>
  (Object.keys(UNITS_OF) as User[]).filter((user) => !UNITS_OF[user].includes(budget.unitId));

/**
 * Every budget endpoint with another unit's budget id, as every user outside that unit whose role
 * admits the endpoint: 404 BUDGET.NOT_FOUND, exactly as for an id that does not exist, and the
 * budget unchanged. Also the list filter and creating a budget for another unit.
 */
export async function attackOtherUnitsBudgets(
  context: SecurityContext,
  budgets: readonly Target[],
): Promise<void> {
  const { tally, http, tokens } = context;
  for (const budget of budgets) {
    const before = await snapshot(context, budget);
    const ownDocument = (
      (await http.get(`/api/budgets/${budget.id}/document`, { token: tokens[budget.owner] })).body as {
        document: unknown;
      }
    ).document;
    for (const user of outsiders(budget)) {
      for (const endpoint of BUDGET_ENDPOINTS.filter((e) => e.roles.includes(ROLE[user]))) {
        await expectRefused(
          tally,
          CATEGORY,
          `${user} → ${endpoint.name} of ${budget.label} (${before.state})`,
          () => endpoint.send(context, tokens[user], budget, ownDocument),
          { status: 404, code: 'BUDGET.NOT_FOUND' },
          () => changedSince(context, budget, before),
        );
      }
      if (ROLE[user] !== 'admin') {
        await tally.attempt(CATEGORY, `${user} → GET /api/budgets?unitId=${budget.unitId}`, async () => {
          const reply = await http.get(`/api/budgets?unitId=${budget.unitId}`, { token: tokens[user] });
          return reply.status === 200 && Array.isArray(reply.body) && reply.body.length === 0
            ? undefined
            : `expected 200 [], got ${reply.status} ${reply.text.slice(0, 200)}`;
        });
      }
      if (ROLE[user] === 'submitter') {
        await expectRefused(
          tally,
          CATEGORY,
          `${user} → POST /api/budgets for ${budget.unitId}`,
          () =>
            http.post('/api/budgets', {
              token: tokens[user],
              json: { unitId: budget.unitId, fiscalYear: 2031 },
            }),
          { status: 404, code: 'UNIT.NOT_FOUND' },
        );
      }
    }
  }
  // An id that exists and one that does not must be indistinguishable.
  await tally.attempt(
    CATEGORY,
    'another unit’s budget answers exactly like a budget that does not exist',
    async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      const [theirs, none] = await Promise.all([
        http.get(`/api/budgets/${budgets[0].id}`, { token: tokens.jiyuan }),
        http.get(`/api/budgets/${missing}`, { token: tokens.jiyuan }),
      ]);
      const shape = (reply: Reply) => {
        const error = (reply.body as { error?: { code?: string; message?: string } }).error;
        return `${reply.status} ${error?.code} ${error?.message?.replace(/[0-9a-f-]{36}/g, '<id>')}`;
      };
      return shape(theirs) === shape(none) ? undefined : `${shape(theirs)} ≠ ${shape(none)}`;
    },
  );
}

/** Another user's Idempotency-Key must not replay that user's stored answer. */
export async function attackIdempotencyReplay(context: SecurityContext, budget: Target): Promise<void> {
  const { tally, http, tokens } = context;
  const key = { 'idempotency-key': `sec-shared-${budget.id.slice(0, 8)}` };
  const own = await http.post(`/api/budgets/${budget.id}/check`, {
    token: tokens[budget.owner],
    headers: key,
  });
  await tally.attempt(
    CATEGORY,
    `jiyuan replays ${budget.owner}'s Idempotency-Key on check of ${budget.label}`,
    async () => {
      if (own.status !== 200) return `the owner's own check failed: ${own.status}`;
      const replay = await http.post(`/api/budgets/${budget.id}/check`, {
        token: tokens.jiyuan,
        headers: key,
      });
      return refusal(replay, { status: 404, code: 'BUDGET.NOT_FOUND' });
    },
  );
}

/** The public portal must know nothing of a budget that is not published. */
export async function attackPortalUnpublished(
  context: SecurityContext,
  budgets: readonly Target[],
): Promise<void> {
  const { tally, http } = context;
  for (const budget of budgets) {
    const state = (
      (await http.get(`/api/budgets/${budget.id}`, { token: context.tokens.reviewer })).body as {
        state: string;
      }
    ).state;
    for (const suffix of ['', '.html', '.pdf', '.xlsx', '.json', '.csv', '.json?version=1']) {
      const path = `/public/disclosures/${budget.unitId}/${budget.fiscalYear}${suffix}`;
      await expectRefused(tally, CATEGORY, `public → ${path} (${state})`, () => http.get(path), {
        status: 404,
        code: 'DISCLOSURE.NOT_FOUND',
      });
    }
    // The unit's page lists what the unit has published: 404 when nothing, never this year.
    await tally.attempt(
      CATEGORY,
      `public → /public/disclosures/${budget.unitId} lists no ${budget.fiscalYear} (${state})`,
      async () => {
        const reply = await http.get(`/public/disclosures/${budget.unitId}`, {
          headers: { accept: 'application/json' },
        });
        if (reply.status === 404) return refusal(reply, { status: 404, code: 'DISCLOSURE.NOT_FOUND' });
        const listed = Array.isArray(reply.body) ? (reply.body as { fiscalYear: number }[]) : undefined;
        return reply.status === 200 && listed && !listed.some((d) => d.fiscalYear === budget.fiscalYear)
          ? undefined
          : `${reply.status} ${reply.text.slice(0, 300)}`;
      },
    );
    await tally.attempt(
      CATEGORY,
      `public → listing ?unitId=${budget.unitId}&fiscalYear=${budget.fiscalYear} (${state})`,
      async () => {
        const reply = await http.get(
          `/public/disclosures?unitId=${budget.unitId}&fiscalYear=${budget.fiscalYear}`,
        );
        return reply.status === 200 && Array.isArray(reply.body) && reply.body.length === 0
          ? undefined
          : `expected 200 [], got ${reply.status} ${reply.text.slice(0, 200)}`;
      },
    );
  }
}
