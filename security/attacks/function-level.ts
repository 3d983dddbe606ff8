import { expectRefused } from '../support/http';
import {
  changedSince,
  snapshot,
  UNITS,
  type SecurityContext,
  type Target,
  type User,
} from '../support/security-context';
import { BUDGET_ENDPOINTS } from './object-level';

const CATEGORY = 'function-level authorization';

/** Who may do what (DESIGN.md): submitters edit, submit and amend; reviewers approve and return. */
const ONLY: Record<string, string> = {
  'POST submit': 'submitter',
  'POST amend': 'submitter',
  'PUT document': 'submitter',
  'POST import': 'submitter',
  'POST approve': 'reviewer',
  'POST return': 'reviewer',
};

/**
 * Every role on every action it does not hold, on budgets inside its own scope (so only the role
 * stands in the way): 403 AUTH.FORBIDDEN, and the budget unchanged. Also creating budgets as a
 * reviewer or admin, and claiming a role through request headers.
 */
export async function attackFunctions(
  context: SecurityContext,
  inReview: Target,
  draft: Target,
): Promise<void> {
  const { tally, http, tokens } = context;
  const attackers: [User, string, Target][] = [
    ['handan', 'submitter', inReview],
    ['reviewer', 'reviewer', inReview],
    ['reviewer', 'reviewer', draft],
    ['reviewerJulu', 'reviewer', context.julu2024],
    ['admin', 'admin', inReview],
    ['admin', 'admin', draft],
  ];
  for (const [user, role, budget] of attackers) {
    const before = await snapshot(context, budget);
    const ownDocument = (
      (await http.get(`/api/budgets/${budget.id}/document`, { token: tokens[budget.owner] })).body as {
        document: unknown;
      }
    ).document;
    for (const endpoint of BUDGET_ENDPOINTS.filter((e) => ONLY[e.name] && ONLY[e.name] !== role)) {
      await expectRefused(
        tally,
        CATEGORY,
        `${user} (${role}) → ${endpoint.name} of ${budget.label} (${before.state})`,
        () => endpoint.send(context, tokens[user], budget, ownDocument),
        { status: 403, code: 'AUTH.FORBIDDEN' },
        () => changedSince(context, budget, before),
      );
    }
  }
  for (const user of ['reviewer', 'reviewerJulu', 'admin'] as const) {
    await expectRefused(
      tally,
      CATEGORY,
      `${user} → POST /api/budgets (create a draft)`,
      () =>
        http.post('/api/budgets', { token: tokens[user], json: { unitId: UNITS.julu, fiscalYear: 2031 } }),
      { status: 403, code: 'AUTH.FORBIDDEN' },
    );
  }
  // A role or a unit claimed in headers is not a role: the token alone says who is asking.
  for (const [header, value] of [
    ['x-user-role', 'reviewer'],
    ['x-role', 'admin'],
    ['x-forwarded-user', 'reviewer'],
    ['x-unit-id', UNITS.handan],
  ] as const) {
    await expectRefused(
      tally,
      CATEGORY,
      `jiyuan with ${header}: ${value} → approve ${inReview.label}`,
      () =>
        http.post(`/api/budgets/${inReview.id}/approve`, {
          token: tokens.jiyuan,
          json: { comment: '同意' },
          headers: { [header]: value },
        }),
      { status: 403, code: 'AUTH.FORBIDDEN' },
    );
  }
  // The one admin-only read: the details of /api/health (versions, instances, stream names,
  // failure reasons). Anyone else, or a role claimed in a header, gets up or down only.
  const healthDetails = (text: string) => /"(detail|report|latencyMs|instance|version)"/.test(text);
  for (const [who, options] of [
    ['anonymous', {}],
    ['handan', { token: tokens.handan }],
    ['reviewer', { token: tokens.reviewer }],
    ['anonymous with x-role: admin', { headers: { 'x-role': 'admin' } }],
  ] as const) {
    await tally.attempt(CATEGORY, `${who} → GET /api/health without details`, async () => {
      const reply = await http.get('/api/health', options);
      if (reply.status !== 200) return `health ${reply.status}`;
      return healthDetails(reply.text) ? `details given: ${reply.text.slice(0, 200)}` : undefined;
    });
  }
  await tally.attempt(
    CATEGORY,
    'control: admin → GET /api/health with details (the refusals above are for the role)',
    async () => {
      const reply = await http.get('/api/health', { token: tokens.admin });
      return healthDetails(reply.text) ? undefined : `no details for the admin: ${reply.text.slice(0, 200)}`;
    },
  );
}
