import { correctedHandan2023, setAt, type Json } from '../support/documents';
import { expectRefused } from '../support/http';
import {
  changedSince,
  snapshot,
  UNITS,
  type SecurityContext,
  type Target,
} from '../support/security-context';

const CATEGORY = 'mass assignment';

/** Fields a caller might hope the server takes from the body. */
const SMUGGLED: readonly [field: string, value: unknown][] = [
  ['state', 'approved'],
  ['version', 99],
  ['unitId', UNITS.jiyuan],
  ['owner', 'jiyuan'],
  ['revision', 1],
  ['id', '00000000-0000-4000-8000-000000000000'],
  ['createdBy', 'admin'],
  ['publishedAt', '2020-01-01T00:00:00Z'],
];

/** On a draft: create, submit, check, amend, the document PUT and import, and the login. */
export async function smuggleIntoDraftRequests(context: SecurityContext, draft: Target): Promise<void> {
  const { tally, http, tokens } = context;
  const token = tokens[draft.owner];
  const before = await snapshot(context, draft);
  const unchanged = () => changedSince(context, draft, before);
  for (const [field, value] of SMUGGLED) {
    // unitId is a field of create itself: another unit's id there is an object-level attack (404).
    if (field !== 'unitId')
      await expectRefused(
        tally,
        CATEGORY,
        `create with ${field}`,
        () =>
          http.post('/api/budgets', {
            token,
            json: { unitId: UNITS.handan, fiscalYear: 2032, [field]: value },
          }),
        { status: 400, code: 'REQUEST.INVALID_BODY', path: `/${field}` },
      );
    for (const action of ['submit', 'check'] as const) {
      await expectRefused(
        tally,
        CATEGORY,
        `${action} with ${field}`,
        () => http.post(`/api/budgets/${draft.id}/${action}`, { token, json: { [field]: value } }),
        { status: 400, code: 'REQUEST.INVALID_BODY', path: `/${field}` },
        unchanged,
      );
    }
    await expectRefused(
      tally,
      CATEGORY,
      `amend with ${field}`,
      () => http.post(`/api/budgets/${draft.id}/amend`, { token, json: { reason: '更正', [field]: value } }),
      { status: 400, code: 'REQUEST.INVALID_BODY', path: `/${field}` },
      unchanged,
    );
    for (const [method, path] of [
      ['PUT', 'document'],
      ['POST', 'import'],
    ] as const) {
      await expectRefused(
        tally,
        CATEGORY,
        `${method} ${path} with a top-level ${field}`,
        () =>
          http.request(method, `/api/budgets/${draft.id}/${path}`, {
            token,
            json: { ...correctedHandan2023(), [field]: value },
          }),
        { status: 400, code: 'BUDGET.INVALID_DOCUMENT', path: `/${field}` },
        unchanged,
      );
    }
  }
  const nested: [string, string, unknown][] = [
    ['an owner inside the unit', '/unit/owner', 'jiyuan'],
    ['a state inside a table', '/tables/0/state', 'approved'],
    ['another unit’s id', '/unit/id', `${UNITS.jiyuan}`],
    ['another fiscal year', '/fiscalYear', 2020],
  ];
  for (const [what, pointer, value] of nested) {
    const document: Json = correctedHandan2023();
    setAt(document, pointer, value);
    await expectRefused(
      tally,
      CATEGORY,
      `PUT document with ${what} (${pointer})`,
      () => http.put(`/api/budgets/${draft.id}/document`, { token, json: document }),
      { status: 400, code: /^BUDGET\.(INVALID_DOCUMENT|DOCUMENT_MISMATCH)$/, path: pointer },
      unchanged,
    );
  }
  await expectRefused(
    tally,
    CATEGORY,
    'login with a role',
    () => http.post('/api/auth/login', { json: { username: 'jiyuan', password: 'demo', role: 'admin' } }),
    { status: 400, code: 'REQUEST.INVALID_BODY', path: '/role' },
  );
  await tally.attempt(CATEGORY, 'no budget was created by the refused creates', async () => {
    const reply = await http.get('/api/budgets?fiscalYear=2032', { token: tokens.reviewer });
    return Array.isArray(reply.body) && reply.body.length === 0 ? undefined : `found ${reply.text}`;
  });
}

/** On a budget in review: the reviewer's decisions with extra fields, which must not be applied. */
export async function smuggleIntoDecisions(context: SecurityContext, inReview: Target): Promise<void> {
  const { tally, http, tokens } = context;
  const before = await snapshot(context, inReview);
  const unchanged = () => changedSince(context, inReview, before);
  for (const [field, value] of SMUGGLED) {
    await expectRefused(
      tally,
      CATEGORY,
      `approve with ${field}`,
      () =>
        http.post(`/api/budgets/${inReview.id}/approve`, {
          token: tokens.reviewer,
          json: { comment: '同意', [field]: value },
        }),
      { status: 400, code: 'REQUEST.INVALID_BODY', path: `/${field}` },
      unchanged,
    );
    await expectRefused(
      tally,
      CATEGORY,
      `return with ${field}`,
      () =>
        http.post(`/api/budgets/${inReview.id}/return`, {
          token: tokens.reviewer,
          json: { comment: '请修改', [field]: value },
        }),
      { status: 400, code: 'REQUEST.INVALID_BODY', path: `/${field}` },
      unchanged,
    );
  }
  await expectRefused(
    tally,
    CATEGORY,
    'return with an item comment carrying a state',
    () =>
      http.post(`/api/budgets/${inReview.id}/return`, {
        token: tokens.reviewer,
        json: { comment: '请修改', itemComments: [{ path: '/tables/0', text: 'x', state: 'approved' }] },
      }),
    { status: 400, code: 'REQUEST.INVALID_BODY', path: '/itemComments/0/state' },
    unchanged,
  );
}
