import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ALL_SERVICES, type ServiceName, type SystemHealthReport } from '@budgetflow/contracts';
import { signAccessToken } from '@budgetflow/identity';
import { DEVELOPMENT_JWT_SECRET } from '../apps/gateway/src/gateway-settings';
import { createIsolatedEnvironment, type IsolatedEnvironment } from './support/isolated-environment';
import { exitOf, ServiceProcesses, waitForHealthy } from '../tools/dev/service-processes';

const distDir = path.resolve(__dirname, '..', 'dist');

describe('the whole system, every service a separate process', () => {
  let environment: IsolatedEnvironment;
  let processes: ServiceProcesses;
  const output: string[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(distDir, 'apps', 'gateway', 'src', 'main.js'))) {
      throw new Error('build first: npm run build (npm test does it)');
    }
    environment = await createIsolatedEnvironment('e2e');
    processes = new ServiceProcesses({
      distDir,
      env: environment.env,
      sink: (service: ServiceName, line: string) => output.push(`${service} | ${line}`),
    });
    processes.startAll();
  }, 30_000);

  afterAll(async () => {
    await processes?.stopAll();
    await environment?.cleanup();
  }, 30_000);

  it('reports all five services and all infrastructure up at GET /api/health', async () => {
    const report = await waitForHealthy(environment.baseUrl, 60_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${output.slice(-40).join('\n')}`);
    });
    expect(Object.keys(report.services).sort()).toEqual([...ALL_SERVICES].sort());
    for (const service of ALL_SERVICES) expect(report.services[service].status).toBe('up');
    const infrastructure = Object.entries(report.infrastructure).map(([name, health]) => [
      name,
      health.status,
    ]);
    expect(infrastructure.sort()).toEqual([
      ['jetstream', 'up'],
      ['nats', 'up'],
      ['postgres', 'up'],
      ['redis', 'up'],
    ]);
  }, 70_000);

  it('serves the OpenAPI document at /api/docs', async () => {
    const response = await fetch(`${environment.baseUrl}/api/docs-json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { paths: Record<string, unknown> };
    expect(document.paths).toHaveProperty('/api/health');
  });

  it('reports a stopped service as down with 503, the reason to an admin only, and up again once it is back', async () => {
    await processes.stop('validation');
    type Body = SystemHealthReport & { services: Record<string, { status: string; detail?: string }> };
    const down = await fetch(`${environment.baseUrl}/api/health`);
    expect(down.status).toBe(503);
    const anyone = (await down.json()) as Body;
    expect(anyone.services.validation).toEqual({ status: 'down' });
    expect(anyone.infrastructure.postgres).toEqual({ status: 'up' });
    const admin = signAccessToken(
      { userId: randomUUID(), username: 'admin', displayName: '管理员', role: 'admin', unitIds: [] },
      environment.env.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
      300,
    );
    const detailed = await fetch(`${environment.baseUrl}/api/health`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(detailed.status).toBe(503);
    const forAdmin = (await detailed.json()) as Body;
    expect(forAdmin.services.validation?.detail).toContain('the validation service is not available');
    expect(forAdmin.services.gateway?.report?.instance).toBeDefined();
    processes.start('validation');
    await waitForHealthy(environment.baseUrl, 30_000);
  }, 45_000);

  it.each([
    [
      'an unreachable NATS URL',
      { NATS_URL: 'nats://127.0.0.1:1' },
      'submission: cannot start: cannot reach NATS at nats://127.0.0.1:1',
    ],
    [
      'a NATS URL of the wrong kind',
      { NATS_URL: 'http://127.0.0.1:4222' },
      'workflow: cannot start: invalid setting NATS_URL="http://127.0.0.1:4222"',
    ],
    [
      'an unreachable database',
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x' },
      'publication: cannot start: cannot open PostgreSQL',
    ],
    [
      'a port that is not a number',
      { PORT: 'eighty' },
      'gateway: cannot start: invalid setting PORT="eighty"',
    ],
  ] as const)(
    'exits with a clear message when started with %s',
    async (_, badSetting, message) => {
      const service = message.split(':')[0] as ServiceName;
      const lines: string[] = [];
      const lone = new ServiceProcesses({
        distDir,
        env: { ...environment.env, ...badSetting },
        sink: (_service: ServiceName, line: string) => lines.push(line),
      });
      const started = Date.now();
      const code = await exitOf(lone.start(service));
      expect(code).toBe(1);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(lines.join('\n')).toContain(message);
    },
    15_000,
  );
});
