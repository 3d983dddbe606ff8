import type { SecurityContext } from '../support/security-context';

const CATEGORY = 'headers and CORS';

/** CORS is not opened to other origins, and every answer says what it is (nosniff). */
export async function checkHeaders(context: SecurityContext, publishedPath: string): Promise<void> {
  const { tally, http, tokens } = context;
  const evil = { origin: 'https://evil.example' };
  await tally.attempt(CATEGORY, 'a preflight from another origin is not allowed', async () => {
    const reply = await http.request('OPTIONS', '/api/budgets', {
      headers: {
        ...evil,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    const allowed = reply.headers.get('access-control-allow-origin');
    return allowed === null ? undefined : `Access-Control-Allow-Origin: ${allowed}`;
  });
  await tally.attempt(CATEGORY, 'the API does not answer another origin with CORS headers', async () => {
    const reply = await http.get('/api/budgets', { token: tokens.handan, headers: evil });
    const allowed = reply.headers.get('access-control-allow-origin');
    const credentials = reply.headers.get('access-control-allow-credentials');
    return allowed === null && credentials === null ? undefined : `ACAO ${allowed}, ACAC ${credentials}`;
  });
  await tally.attempt(CATEGORY, 'the portal never allows credentials across origins', async () => {
    const reply = await http.get('/public/disclosures', { headers: evil });
    const allowed = reply.headers.get('access-control-allow-origin');
    const credentials = reply.headers.get('access-control-allow-credentials');
    if (credentials === 'true') return 'Access-Control-Allow-Credentials: true';
    return allowed === null || allowed === '*' ? undefined : `reflects the origin: ${allowed}`;
  });
  const samples: [string, () => ReturnType<typeof http.get>][] = [
    ['API JSON', () => http.get('/api/budgets', { token: tokens.handan })],
    ['API error', () => http.get('/api/budgets/not-a-budget', { token: tokens.handan })],
    ['portal listing JSON', () => http.get('/public/disclosures')],
    ['portal error', () => http.get('/public/disclosures/x/y')],
    ['published JSON', () => http.get(`${publishedPath}.json`)],
    ['published CSV', () => http.get(`${publishedPath}.csv`)],
    ['published HTML', () => http.get(publishedPath)],
  ];
  for (const [name, send] of samples) {
    await tally.attempt(CATEGORY, `${name}: X-Content-Type-Options nosniff, no X-Powered-By`, async () => {
      const reply = await send();
      if (reply.headers.get('x-content-type-options') !== 'nosniff') return 'no nosniff';
      return reply.headers.get('x-powered-by') === null
        ? undefined
        : `X-Powered-By: ${reply.headers.get('x-powered-by')}`;
    });
  }
  await tally.attempt(CATEGORY, 'markup in a portal URL comes back as JSON, not as a page', async () => {
    const reply = await http.get(
      `/public/disclosures/${encodeURIComponent('<script>alert(1)</script>')}/2022`,
      {
        headers: { accept: 'text/html' },
      },
    );
    const type = reply.headers.get('content-type') ?? '';
    return reply.status === 404 && type.startsWith('application/json')
      ? undefined
      : `${reply.status} ${type}`;
  });
  await tally.attempt(CATEGORY, 'the sign-in answer is not cached', async () => {
    const reply = await http.post('/api/auth/login', { json: { username: 'nobody-cache', password: 'x' } });
    const ok = await http.post('/api/auth/login', { json: { username: 'admin', password: 'demo' } });
    return ok.headers.get('cache-control') === 'no-store'
      ? undefined
      : `cache-control ${ok.headers.get('cache-control')} (${reply.status})`;
  });
}

const STACK = /\n\s+at\s|\bat [\w$.<>]+ \([^)]*:\d+:\d+\)|\.(?:ts|js):\d+:\d+|node_modules|webpack:/;
const SQL_ERROR =
  /QueryFailedError|syntax error at or near|invalid input syntax|violates (?:unique|foreign key|not-null|check) constraint|relation "[^"]+" does not exist|column "[^"]+" does not exist|SQLSTATE|unterminated quoted string|invalid byte sequence|unsupported Unicode escape/i;

/**
 * Every error answer the suite provoked: a 4xx in the API's shape, never a stack trace, never a
 * database message. (5xx answers are failures of the attempt that provoked them, and here too.)
 */
export function checkErrorHygiene(context: SecurityContext): void {
  for (const seen of context.http.errors) {
    const problems: string[] = [];
    if (seen.status >= 500) problems.push(`status ${seen.status}`);
    if (STACK.test(seen.text)) problems.push('a stack trace');
    if (SQL_ERROR.test(seen.text)) problems.push('a database error');
    let shaped = false;
    try {
      const body = JSON.parse(seen.text) as { error?: { code?: unknown; message?: unknown } };
      shaped = typeof body.error?.code === 'string' && typeof body.error.message === 'string';
    } catch {
      shaped = false;
    }
    if (!shaped) problems.push('not in the error shape');
    context.tally.record(
      'error hygiene',
      `${seen.request} → ${seen.status}`,
      problems.length === 0 ? undefined : `${problems.join(', ')}: ${seen.text.slice(0, 300)}`,
    );
  }
}
