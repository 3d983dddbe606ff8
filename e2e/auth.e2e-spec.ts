import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ServiceName } from '@budgetflow/contracts';
import { seedDemoUsers } from '@budgetflow/identity';
import { openServiceDatabase } from '@budgetflow/runtime';
import { gatewayMigrations } from '../apps/gateway/src/migrations';
import { createIsolatedEnvironment, type IsolatedEnvironment } from './support/isolated-environment';
import { exitOf, ServiceProcesses } from '../tools/dev/service-processes';

const distDir = path.resolve(__dirname, '..', 'dist');

/** Polls a public route until the gateway answers (it needs no backend service for sign-in). */
async function waitForGateway(baseUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`${baseUrl}/api/schema/budget-document.json`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the gateway did not answer within ${timeoutMs} ms`);
}

describe('signing in to the gateway, run as a separate process', () => {
  let environment: IsolatedEnvironment;
  let processes: ServiceProcesses;
  const output: string[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(distDir, 'apps', 'gateway', 'src', 'main.js'))) {
      throw new Error('build first: npm run build (npm test does it)');
    }
    environment = await createIsolatedEnvironment('e2eauth');
    const gateway = await openServiceDatabase({
      url: environment.databaseUrl,
      schema: 'gateway',
      migrations: gatewayMigrations,
      poolSize: 1,
    });
    try {
      await seedDemoUsers(gateway);
    } finally {
      await gateway.destroy();
    }
    processes = new ServiceProcesses({
      distDir,
      env: environment.env,
      sink: (service: ServiceName, line: string) => output.push(`${service} | ${line}`),
    });
    processes.start('gateway');
    await waitForGateway(environment.baseUrl, 30_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${output.slice(-40).join('\n')}`);
    });
  }, 60_000);

  afterAll(async () => {
    await processes?.stopAll();
    await environment?.cleanup();
  }, 30_000);

  const login = (username: string, password: string) =>
    fetch(`${environment.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });

  it('signs in the reviewer and lists its three units with the token', async () => {
    const response = await login('reviewer', 'demo');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      accessToken: string;
      tokenType: string;
      user: { role: string };
    };
    expect(body.tokenType).toBe('Bearer');
    expect(body.user.role).toBe('reviewer');

    const units = await fetch(`${environment.baseUrl}/api/units`, {
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    expect(units.status).toBe(200);
    expect(await units.json()).toEqual([
      { id: '130400-312', name: '邯郸市公安局' },
      { id: '130529-312', name: '巨鹿县公安局' },
      { id: '419001-020', name: '济源市公安局' },
    ]);
  });

  it('answers 401 for GET /api/units without a token or with a forged one', async () => {
    const anonymous = await fetch(`${environment.baseUrl}/api/units`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'AUTH.UNAUTHENTICATED' } });

    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const claims = Buffer.from(
      JSON.stringify({ sub: 'x', username: 'admin', name: 'x', role: 'admin', units: [], iat: 0, exp: 9e9 }),
    ).toString('base64url');
    const forged = await fetch(`${environment.baseUrl}/api/units`, {
      headers: { authorization: `Bearer ${header}.${claims}.` },
    });
    expect(forged.status).toBe(401);
  });

  it('answers 401 for a wrong password, then 429 with Retry-After on the sixth failed attempt', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await login('julu', 'wrong-password');
      expect(wrong.status).toBe(401);
      expect(await wrong.json()).toMatchObject({ error: { code: 'AUTH.INVALID_CREDENTIALS' } });
    }
    const sixth = await login('julu', 'demo');
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await sixth.json()).toMatchObject({ error: { code: 'AUTH.TOO_MANY_ATTEMPTS' } });
  });

  it('keeps the health report and the OpenAPI document open to anyone', async () => {
    expect((await fetch(`${environment.baseUrl}/api/docs-json`)).status).toBe(200);
    // 503: the backend services are not running here, but the guard let the request through.
    expect((await fetch(`${environment.baseUrl}/api/health`)).status).not.toBe(401);
  });

  it('refuses to start in production with the development signing secret', async () => {
    const lines: string[] = [];
    const lone = new ServiceProcesses({
      distDir,
      env: { ...environment.env, NODE_ENV: 'production', JWT_SECRET: '' },
      sink: (_service: ServiceName, line: string) => lines.push(line),
    });
    expect(await exitOf(lone.start('gateway'))).toBe(1);
    expect(lines.join('\n')).toContain('gateway: cannot start: invalid setting JWT_SECRET=""');
  }, 15_000);
});
