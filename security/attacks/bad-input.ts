import type { ServiceName } from '@budgetflow/contracts';
import { correctedHandan2023, setAt, valueAt, type Json } from '../support/documents';
import { expectRefused, type Reply } from '../support/http';
import {
  changedSince,
  checkDraft,
  saveDocument,
  snapshot,
  UNITS,
  type SecurityContext,
  type Target,
} from '../support/security-context';

const CATEGORY = 'bad input';
const AMOUNT = '/tables/5/rows/3/amounts/total';

/**
 * Malformed, mistyped, oversized, absurdly nested and invisible-character input: 4xx naming the
 * field, nothing saved changes, every process stays up.
 */
export async function sendBadInput(context: SecurityContext, draft: Target): Promise<void> {
  const { tally, http, tokens } = context;
  const token = tokens[draft.owner];
  const document = `/api/budgets/${draft.id}/document`;
  const before = await snapshot(context, draft);
  const unchanged = () => changedSince(context, draft, before);
  const refused = (
    name: string,
    send: () => Promise<Reply>,
    status: number | number[],
    path?: string,
    code?: string | RegExp,
  ) =>
    expectRefused(
      tally,
      CATEGORY,
      name,
      send,
      { status, ...(path ? { path } : {}), ...(code ? { code } : {}) },
      unchanged,
    );

  // Malformed JSON and bodies of the wrong kind.
  await refused(
    'malformed JSON on create',
    () => http.post('/api/budgets', { token, raw: '{"unitId":' }),
    400,
  );
  await refused(
    'malformed JSON on the document',
    () => http.put(document, { token, raw: '{"unit": {' }),
    400,
  );
  await refused(
    'malformed JSON on login',
    () => http.post('/api/auth/login', { raw: "{username:'admin'}" }),
    400,
  );
  await refused(
    'trailing garbage after JSON',
    () => http.post('/api/budgets', { token, raw: '{"unitId":"130400-312","fiscalYear":2033}xyz' }),
    400,
  );
  await refused(
    '__proto__ in a body',
    () =>
      http.post('/api/budgets', {
        token,
        raw: '{"unitId":"130400-312","fiscalYear":2033,"__proto__":{"state":"approved"}}',
      }),
    400,
  );
  await refused(
    'constructor.prototype in a body',
    () =>
      http.post('/api/budgets', {
        token,
        raw: '{"unitId":"130400-312","fiscalYear":2033,"constructor":{"prototype":{"role":"admin"}}}',
      }),
    400,
  );
  await refused(
    'an array as the document',
    () => http.put(document, { token, json: [correctedHandan2023()] }),
    400,
  );
  await refused('a string as the document', () => http.put(document, { token, json: 'document' }), 400);
  await refused(
    'the document as text/plain',
    () =>
      http.put(document, { token, raw: JSON.stringify(correctedHandan2023()), contentType: 'text/plain' }),
    [400, 415],
  );
  await refused(
    'the document as a form',
    () =>
      http.put(document, { token, raw: 'state=approved', contentType: 'application/x-www-form-urlencoded' }),
    [400, 415],
  );
  await refused(
    'an array to check',
    () => http.post(`/api/budgets/${draft.id}/check`, { token, json: [1] }),
    400,
  );

  // Wrong types.
  await refused(
    'unitId as a number',
    () => http.post('/api/budgets', { token, json: { unitId: 130400312, fiscalYear: 2033 } }),
    400,
    '/unitId',
  );
  await refused(
    'fiscalYear as a string',
    () => http.post('/api/budgets', { token, json: { unitId: UNITS.handan, fiscalYear: '2033' } }),
    400,
    '/fiscalYear',
  );
  await refused(
    'fiscalYear with a fraction',
    () => http.post('/api/budgets', { token, json: { unitId: UNITS.handan, fiscalYear: 2033.5 } }),
    400,
    '/fiscalYear',
  );
  await refused(
    'fiscalYear 1e999',
    () => http.post('/api/budgets', { token, raw: `{"unitId":"${UNITS.handan}","fiscalYear":1e999}` }),
    400,
    '/fiscalYear',
  );
  await refused(
    'fiscalYear -2033',
    () => http.post('/api/budgets', { token, json: { unitId: UNITS.handan, fiscalYear: -2033 } }),
    400,
    '/fiscalYear',
  );
  await refused(
    'amend reason as an object',
    () => http.post(`/api/budgets/${draft.id}/amend`, { token, json: { reason: {} } }),
    400,
    '/reason',
  );
  await refused(
    'approve comment as a number',
    () => http.post(`/api/budgets/${draft.id}/approve`, { token: tokens.reviewer, json: { comment: 123 } }),
    400,
    '/comment',
  );
  await refused(
    'return comment as an array',
    () => http.post(`/api/budgets/${draft.id}/return`, { token: tokens.reviewer, json: { comment: ['x'] } }),
    400,
    '/comment',
  );
  await refused(
    'approve publishAt not a timestamp',
    () =>
      http.post(`/api/budgets/${draft.id}/approve`, {
        token: tokens.reviewer,
        json: { publishAt: 'tomorrow' },
      }),
    400,
    '/publishAt',
  );
  await refused(
    'login password as a number',
    () => http.post('/api/auth/login', { json: { username: 'handan', password: 1234 } }),
    400,
    '/password',
  );
  await refused(
    'diff from not a number',
    () => http.get(`/api/budgets/${draft.id}/diff?from=1;DROP&to=1`, { token }),
    400,
    'from',
  );
  await refused(
    'diff without to',
    () => http.get(`/api/budgets/${draft.id}/diff?from=1`, { token }),
    400,
    'to',
  );
  await refused(
    'If-Match not a revision',
    () => http.put(document, { token, json: correctedHandan2023(), headers: { 'if-match': '*' } }),
    400,
  );
  await refused(
    'Idempotency-Key too long',
    () =>
      http.post(`/api/budgets/${draft.id}/check`, {
        token,
        headers: { 'idempotency-key': 'k'.repeat(1000) },
      }),
    400,
  );

  // Amounts in the document: exact decimal strings only.
  const amounts: [string, unknown][] = [
    ['-1e308 as a number', -1e308],
    ['46003.87 as a number', 46003.87],
    ['"-1e308"', '-1e308'],
    ['"1e999"', '1e999'],
    ['7 decimals', '12.1234567'],
    ['exponent notation', '4.600387e4'],
    ['thousands separators', '46,003.87'],
    ['full-width digits', '４６００３.８７'],
    ['surrounding spaces', ' 46003.87 '],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    ['hexadecimal', '0x10'],
    ['16-digit integer part', '1234567890123456.00'],
    ['a leading plus', '+5.00'],
    ['null', null],
  ];
  for (const [what, value] of amounts) {
    const bad: Json = correctedHandan2023();
    setAt(bad, AMOUNT, value);
    await refused(
      `amount ${what}`,
      () => http.put(document, { token, json: bad }),
      400,
      AMOUNT,
      'BUDGET.INVALID_DOCUMENT',
    );
  }
  const rawInfinity = JSON.stringify(correctedHandan2023()).replace(/"total":"9816\.13"/, '"total":1e999');
  await refused(
    'amount 1e999 as a bare JSON number',
    () => http.put(document, { token, raw: rawInfinity }),
    400,
    AMOUNT,
  );

  // Codes with a format are checked on save; unknown but well-formed codes are saved and flagged.
  for (const [what, code] of [
    ['letters', 'ABC01'],
    ['SQL', "204' OR '1'='1"],
    ['too long', '204020101'],
  ] as const) {
    const bad: Json = correctedHandan2023();
    setAt(bad, '/tables/5/rows/3/code', code);
    await refused(
      `classification code with ${what}`,
      () => http.put(document, { token, json: bad }),
      400,
      '/tables/5/rows/3/code',
    );
  }

  // Size and depth: refused early, and no process falls over.
  const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);
  await refused(
    '10 MB document',
    () => http.sendHuge('PUT', document, `{"narrative":"${tenMegabytes}"}`, { token }),
    413,
  );
  await refused(
    '10 MB login',
    () => http.sendHuge('POST', '/api/auth/login', `{"username":"${tenMegabytes}","password":"x"}`),
    413,
  );
  await refused(
    '10 MB comment',
    () =>
      http.sendHuge('POST', `/api/budgets/${draft.id}/return`, `{"comment":"${tenMegabytes}"}`, {
        token: tokens.reviewer,
      }),
    413,
  );
  for (const levels of [10_000, 200_000]) {
    const arrays = `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const objects = `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
    await refused(
      `${levels} nested arrays as the document`,
      () => http.put(document, { token, raw: arrays }),
      400,
      '/0/0/0/0',
      'REQUEST.INVALID_BODY',
    );
    await refused(
      `${levels} nested objects as the document`,
      () => http.put(document, { token, raw: objects }),
      400,
      '/a/a/a/a',
      'REQUEST.INVALID_BODY',
    );
    await refused(
      `${levels} nested objects to check, with an Idempotency-Key`,
      () =>
        http.post(`/api/budgets/${draft.id}/check`, {
          token,
          raw: objects,
          headers: { 'idempotency-key': `deep-${levels}` },
        }),
      400,
      '/a/a/a/a',
    );
    await refused(
      `${levels} nested objects to login`,
      () => http.post('/api/auth/login', { raw: objects }),
      400,
      '/a/a/a/a',
    );
    const inside = correctedHandan2023();
    setAt(inside, '/unit/owner', 'DEEP');
    const nestedInside = JSON.stringify(inside).replace('"DEEP"', objects);
    await refused(
      `${levels} levels inside a valid document`,
      () => http.put(document, { token, raw: nestedInside }),
      400,
      '/unit/owner/a',
    );
  }
  await tally.attempt(CATEGORY, 'every service process is still running and healthy', async () => {
    const dead = (['gateway', 'submission', 'validation', 'workflow', 'publication'] as ServiceName[]).filter(
      (service) => {
        const child = context.system.processes.get(service);
        return !child || child.exitCode !== null || child.signalCode !== null;
      },
    );
    if (dead.length > 0) return `not running: ${dead.join(', ')}`;
    const health = await http.get('/api/health');
    return health.status === 200 ? undefined : `health ${health.status} ${health.text.slice(0, 300)}`;
  });

  // Unicode tricks in names: control, bidi and invisible characters are refused wherever they are.
  const tricks: [string, string][] = [
    ['NUL', '邯郸\u0000市'],
    ['an escape character', '邯郸\u001b[31m'],
    ['a right-to-left override', '邯郸\u202Egnp.exe'],
    ['a right-to-left isolate', '邯郸\u2067x\u2069'],
    ['a zero-width space', '邯\u200B郸'],
    ['a zero-width joiner', '邯\u200D郸'],
    ['a byte order mark', '\uFEFF邯郸'],
    ['an unpaired surrogate', '邯郸\uD800'],
  ];
  const places: [string, string][] = [
    ['sub-unit name', '/unit/subUnits/0/name'],
    ['project name', '/performance/projects/0/name'],
    ['narrative title', '/narrative/title'],
    ['table row name', '/tables/5/rows/3/name'],
  ];
  for (const [trick, text] of tricks) {
    for (const [place, pointer] of places) {
      const bad: Json = correctedHandan2023();
      setAt(bad, pointer, text);
      await refused(`${trick} in the ${place}`, () => http.put(document, { token, json: bad }), 400, pointer);
    }
    await refused(
      `${trick} in a username`,
      () => http.post('/api/auth/login', { json: { username: `admin${text}`, password: 'demo' } }),
      400,
      '/username',
    );
    await refused(
      `${trick} in an approve comment`,
      () =>
        http.post(`/api/budgets/${draft.id}/approve`, { token: tokens.reviewer, json: { comment: text } }),
      400,
      '/comment',
    );
    // An unpaired surrogate cannot be written in a URL at all (it has no UTF-8 form).
    if (trick === 'an unpaired surrogate') continue;
    await refused(
      `${trick} in the portal search`,
      () => http.get(`/public/disclosures?q=${encodeURIComponent(text)}`),
      400,
      'q',
    );
  }
}

/**
 * What validation makes of amounts and codes that have the right form but cannot be right. The
 * document is saved (a unit must be able to save work in progress), the dry-run check and the
 * submission report an error at the place. The draft is put back afterwards.
 */
export async function sendImplausibleValues(context: SecurityContext, draft: Target): Promise<void> {
  const { tally } = context;
  const clean = correctedHandan2023();
  const flagged = (
    name: string,
    change: (document: Json) => void,
    expect: (findings: Awaited<ReturnType<typeof checkDraft>>) => string | undefined,
  ) =>
    tally.attempt(CATEGORY, name, async () => {
      const document = correctedHandan2023();
      change(document);
      await saveDocument(context, draft, document);
      return expect(await checkDraft(context, draft));
    });
  const errorAt = (ruleId: RegExp, path: string) => (result: Awaited<ReturnType<typeof checkDraft>>) =>
    result.findings.some(
      (f) => f.severity === 'error' && ruleId.test(f.ruleId) && f.location.path.startsWith(path),
    )
      ? undefined
      : `no error finding${ruleId.source === '.' ? '' : ` ${ruleId.source}`} at ${path}; found ${JSON.stringify(result.counts)}: ${result.findings
          .filter((f) => f.severity === 'error')
          .map((f) => `${f.ruleId} ${f.location.path}`)
          .join(', ')}`;
  const anyError = (result: Awaited<ReturnType<typeof checkDraft>>) =>
    result.counts.error > 0 ? undefined : `no error found: ${JSON.stringify(result.counts)}`;

  await flagged(
    'an unknown 类 (999) is saved and flagged as an error at its code',
    (d) => setAt(d, '/tables/5/rows/2/code', '99901'),
    errorAt(/^CLS-CODE-001$/, '/tables/5/rows/2/code'),
  );
  await flagged(
    'an unknown 项 (2049999) is saved and flagged',
    (d) => setAt(d, '/tables/2/rows/3/code', '2049999'),
    (result) =>
      result.findings.some(
        (f) => f.ruleId === 'CLS-CODE-002' && f.location.path === '/tables/2/rows/3/code',
      ) && result.counts.error > 0
        ? undefined
        : `not flagged: ${JSON.stringify(result.counts)}`,
  );
  await flagged(
    'a negative amount is flagged',
    (d) => setAt(d, AMOUNT, `-${valueAt(d, AMOUNT) as string}`),
    anyError,
  );
  await flagged(
    'an absurd amount (999999999999999.99) is flagged',
    (d) => setAt(d, AMOUNT, '999999999999999.99'),
    anyError,
  );
  await flagged(
    'a negative amount that keeps every sum right is flagged at its place',
    (d) => {
      // 30101 基本工资 takes 30102 津贴补贴 plus 1.00, and 30102 becomes -1.00: every total still adds up.
      for (const column of ['total', 'personnel']) {
        const a = `/tables/5/rows/2/amounts/${column}`;
        const b = `/tables/5/rows/3/amounts/${column}`;
        const cents = (text: string) => Math.round(Number(text) * 100);
        setAt(
          d,
          a,
          ((cents(valueAt(d, a) as string) + cents(valueAt(d, b) as string) + 100) / 100).toFixed(2),
        );
        setAt(d, b, '-1.00');
      }
    },
    errorAt(/./, '/tables/5/rows/3'),
  );
  await saveDocument(context, draft, clean);
  await tally.attempt(CATEGORY, 'the clean draft checks clean again', async () => {
    const result = await checkDraft(context, draft);
    return result.counts.error === 0 ? undefined : `errors: ${JSON.stringify(result.counts)}`;
  });
}
