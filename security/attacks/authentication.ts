import { createHmac } from 'node:crypto';
import { signAccessToken, type Principal } from '@budgetflow/identity';
import { DEVELOPMENT_JWT_SECRET } from '../../apps/gateway/src/gateway-settings';
import { expectRefused, refusal, type Reply } from '../support/http';
import { UNITS, type SecurityContext } from '../support/security-context';

const CATEGORY = 'authentication';

/** The services here run with the gateway's default (development) secret unless JWT_SECRET is set. */
const SECRET = process.env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET;

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const hmac = (input: string, secret: string) =>
  createHmac('sha256', secret).update(input).digest('base64url');

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

const admin = (claims: Record<string, unknown>) => ({
  ...claims,
  role: 'admin',
  units: Object.values(UNITS),
});

/**
 * Tokens that must not be accepted (401 AUTH.UNAUTHENTICATED with WWW-Authenticate, nothing
 * returned), then the sign-in limits: 429 with Retry-After after five failures for a username and
 * twenty from an address, whatever the case of the name or the X-Forwarded-For header.
 */
export async function attackAuthentication(context: SecurityContext): Promise<void> {
  const { tally, http, tokens } = context;
  const jiyuan = tokens.jiyuan;
  const [header, payload, signature] = jiyuan.split('.') as [string, string, string];
  const claims = claimsOf(jiyuan);
  const now = Math.floor(Date.now() / 1000);
  const principal: Principal = {
    userId: String(claims.sub),
    username: 'jiyuan',
    displayName: String(claims.name),
    role: 'submitter',
    unitIds: [UNITS.jiyuan],
  };
  const hs256 = { alg: 'HS256', typ: 'JWT' };
  const signed = (head: unknown, body: unknown, secret = SECRET) => {
    const input = `${encode(head)}.${encode(body)}`;
    return `${input}.${hmac(input, secret)}`;
  };
  const badTokens: [string, Record<string, string>][] = [
    ['no Authorization header', {}],
    ['Basic credentials', { authorization: `Basic ${Buffer.from('admin:demo').toString('base64')}` }],
    ['an empty bearer', { authorization: 'Bearer ' }],
    ['a garbage token', { authorization: 'Bearer garbage' }],
    ['three garbage parts', { authorization: 'Bearer a.b.c' }],
    ['a 10 000-character token', { authorization: `Bearer ${'a'.repeat(5000)}.${'b'.repeat(5000)}.c` }],
    ['the token twice', { authorization: `Bearer ${jiyuan} ${jiyuan}` }],
    [
      'alg none, no signature',
      { authorization: `Bearer ${encode({ alg: 'none', typ: 'JWT' })}.${encode(admin(claims))}.` },
    ],
    [
      'alg none with the old signature',
      { authorization: `Bearer ${encode({ alg: 'none', typ: 'JWT' })}.${payload}.${signature}` },
    ],
    [
      'alg "None"',
      { authorization: `Bearer ${encode({ alg: 'None', typ: 'JWT' })}.${encode(admin(claims))}.` },
    ],
    [
      'RS256 header, HMAC-signed with the secret',
      { authorization: `Bearer ${signed({ alg: 'RS256', typ: 'JWT' }, admin(claims))}` },
    ],
    ['HS512 header', { authorization: `Bearer ${signed({ alg: 'HS512', typ: 'JWT' }, admin(claims))}` }],
    [
      'HS256 header with a kid',
      { authorization: `Bearer ${signed({ ...hs256, kid: '../../dev/null' }, admin(claims))}` },
    ],
    [
      'HS256 header with a jku',
      { authorization: `Bearer ${signed({ ...hs256, jku: 'https://evil.example/keys' }, admin(claims))}` },
    ],
    [
      'forged: signed with another secret',
      { authorization: `Bearer ${signed(hs256, admin(claims), 'x'.repeat(40))}` },
    ],
    [
      'tampered: role admin, old signature',
      { authorization: `Bearer ${header}.${encode(admin(claims))}.${signature}` },
    ],
    [
      'tampered: another unit, old signature',
      { authorization: `Bearer ${header}.${encode({ ...claims, units: [UNITS.handan] })}.${signature}` },
    ],
    [
      'tampered: signature of another user',
      { authorization: `Bearer ${header}.${payload}.${tokens.handan.split('.')[2]}` },
    ],
    ['signature re-encoded with padding', { authorization: `Bearer ${header}.${payload}.${signature}=` }],
    [
      'expired an hour ago',
      {
        authorization: `Bearer ${signAccessToken(principal, SECRET, 60, new Date(Date.now() - 3_600_000)).token}`,
      },
    ],
    [
      'issued an hour in the future',
      {
        authorization: `Bearer ${signAccessToken(principal, SECRET, 7200, new Date(Date.now() + 3_600_000)).token}`,
      },
    ],
    [
      'exp before iat',
      { authorization: `Bearer ${signed(hs256, { ...claims, iat: now, nbf: now, exp: now - 1 })}` },
    ],
    [
      'role outside the known roles',
      { authorization: `Bearer ${signed(hs256, { ...claims, role: 'root' })}` },
    ],
    ['a token in the query string', {}],
  ];
  for (const [name, headers] of badTokens) {
    const path =
      name === 'a token in the query string' ? `/api/budgets?access_token=${jiyuan}` : '/api/budgets';
    await tally.attempt(CATEGORY, `${name} → 401`, async () => {
      const reply = await http.get(path, { headers });
      if (name === 'a token in the query string') return refusal(reply, { status: [400, 401] });
      return (
        refusal(reply, { status: 401, code: 'AUTH.UNAUTHENTICATED' }) ??
        (reply.headers.get('www-authenticate')?.startsWith('Bearer')
          ? undefined
          : 'no WWW-Authenticate: Bearer')
      );
    });
  }
  // Controls: a token made the same way with the right secret and times is accepted, so the
  // refusals above are for the reasons named.
  await tally.attempt(
    CATEGORY,
    'control: a token signed with the right secret now is accepted (the checks above are meaningful)',
    async () => {
      const reply = await http.get('/api/budgets', {
        headers: { authorization: `Bearer ${signAccessToken(principal, SECRET, 600).token}` },
      });
      return reply.status === 200
        ? undefined
        : `${reply.status}: JWT_SECRET of the services is not the suite's`;
    },
  );

  // Wrong passwords: the same answer for a wrong password and an unknown user, then 429.
  const login = (username: string, password: string, headers: Record<string, string> = {}): Promise<Reply> =>
    http.post('/api/auth/login', { json: { username, password }, headers });
  await tally.attempt(CATEGORY, 'an unknown user and a wrong password get the same 401', async () => {
    const [wrong, unknown] = [await login('julu', 'wrong-1'), await login('nobody-at-all', 'demo')];
    const failure = refusal(wrong, { status: 401, code: 'AUTH.INVALID_CREDENTIALS' });
    return failure ?? (wrong.text === unknown.text ? undefined : `${wrong.text} ≠ ${unknown.text}`);
  });
  for (let i = 2; i <= 5; i++) {
    await expectRefused(
      tally,
      CATEGORY,
      `wrong password ${i} for julu → 401`,
      () => login('julu', `wrong-${i}`),
      {
        status: 401,
        code: 'AUTH.INVALID_CREDENTIALS',
      },
    );
  }
  const limited = (name: string, send: () => Promise<Reply>) =>
    tally.attempt(CATEGORY, name, async () => {
      const reply = await send();
      const failure = refusal(reply, { status: 429, code: 'AUTH.TOO_MANY_ATTEMPTS' });
      const retryAfter = Number(reply.headers.get('retry-after'));
      return failure ?? (retryAfter > 0 ? undefined : `Retry-After ${reply.headers.get('retry-after')}`);
    });
  await limited('the right password after five failures → 429 with Retry-After', () => login('julu', 'demo'));
  await limited('the same name in capitals → 429', () => login('JULU', 'demo'));
  await limited('another X-Forwarded-For → 429', () =>
    login('julu', 'demo', { 'x-forwarded-for': '203.0.113.9' }),
  );
  await limited('another X-Real-IP → 429', () => login('julu', 'demo', { 'x-real-ip': '203.0.113.10' }));
  // Twenty failures from one address, spread over usernames, close the address.
  await tally.attempt(
    CATEGORY,
    'failures spread over many usernames: the address is limited within 20',
    async () => {
      for (let i = 0; i < 25; i++) {
        const reply = await login(`spray-${i}`, 'demo', { 'x-forwarded-for': `198.51.100.${i}` });
        if (reply.status === 429) {
          const after = await login('handan', 'demo');
          return after.status === 429
            ? undefined
            : `the address limit let handan in afterwards: ${after.status}`;
        }
        if (reply.status !== 401) return `attempt ${i}: ${reply.status} ${reply.text.slice(0, 200)}`;
      }
      return 'no 429 after 25 failures from one address';
    },
  );
}
