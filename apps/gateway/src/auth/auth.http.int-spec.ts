import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Controller, Get, Module, Param, Post } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { CommandContext } from '@budgetflow/contracts';
import { identityMigrations, seedDemoUsers, signAccessToken, type Principal } from '@budgetflow/identity';
import {
  connectRedis,
  DEFAULT_REDIS_URL,
  infrastructureSettings,
  openServiceDatabase,
  readSettings,
} from '@budgetflow/runtime';
import { resourcesModule, type ServiceResources } from '@budgetflow/service-kit';
import { createTestDatabase } from '@budgetflow/testing';
import { ApiErrorFilter } from '../errors/api-error.filter';
import { DEVELOPMENT_JWT_SECRET } from '../gateway-settings';
import { apiError } from '../http/api-error';
import { Idempotent } from '../http/idempotency.interceptor';
import { IdempotencyModule } from '../http/idempotency.module';
import { TypeBoxBody } from '../http/typebox-body.pipe';
import { AuthModule } from './auth.module';
import { CurrentCommandContext, CurrentPrincipal } from './current-principal.decorator';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';

const DraftBody = Type.Object(
  { unitId: Type.String(), fiscalYear: Type.Integer({ minimum: 2000, maximum: 2100 }) },
  { additionalProperties: false },
);

/** Routes standing in for the budgets controllers, counting how often each handler really ran. */
const runs = { drafts: 0, failures: 0 };
let releaseSlow: () => void = () => undefined;

@Controller('api/probe')
class ProbeHttpController {
  @Post('drafts')
  @Idempotent()
  create(@TypeBoxBody(DraftBody) body: Static<typeof DraftBody>): { id: number; unitId: string } {
    runs.drafts++;
    return { id: runs.drafts, unitId: body.unitId };
  }

  @Post('fail/:status')
  @Idempotent()
  fail(@Param('status') status: string): never {
    runs.failures++;
    throw apiError(Number(status), 'PROBE.FAILED', `failed with ${status} (run ${runs.failures})`);
  }

  @Post('slow')
  @Idempotent()
  async slow(): Promise<{ done: true }> {
    await new Promise<void>((resolve) => (releaseSlow = resolve));
    return { done: true };
  }

  @Get('review')
  @Roles('reviewer', 'admin')
  review(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }

  @Get('context')
  context(@CurrentCommandContext() context: CommandContext): CommandContext {
    return context;
  }
}

@Controller('public/probe')
class PortalProbeHttpController {
  @Get()
  portal(): { open: true } {
    return { open: true };
  }
}

@Public()
@Controller('api/open')
class OpenProbeHttpController {
  @Post()
  open(): { open: true } {
    return { open: true };
  }
}

describe('sign-in, the auth guard and idempotency over HTTP (real PostgreSQL and Redis)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let gateway: DataSource;
  let redis: Redis;
  let app: NestFastifyApplication;
  const namespace = `test_${randomBytes(4).toString('hex')}`;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase('gateway_auth');
    gateway = await openServiceDatabase({
      url: database.url,
      schema: 'gateway',
      migrations: identityMigrations,
    });
    await seedDemoUsers(gateway);
    redis = await connectRedis(process.env.REDIS_URL ?? DEFAULT_REDIS_URL);
    const resources = {
      service: 'gateway',
      settings: { ...readSettings(infrastructureSettings), BUDGETFLOW_NAMESPACE: namespace },
      database: gateway,
      redis,
    } as unknown as ServiceResources; // NATS is not needed by what is tested here

    @Module({
      imports: [resourcesModule(resources), AuthModule, IdempotencyModule],
      controllers: [ProbeHttpController, PortalProbeHttpController, OpenProbeHttpController],
      providers: [{ provide: APP_FILTER, useClass: ApiErrorFilter }],
    })
    class TestRootModule {}

    const adapter = new FastifyAdapter({
      genReqId: (request: IncomingMessage) => String(request.headers['x-correlation-id'] ?? 'generated'),
    });
    app = await NestFactory.create<NestFastifyApplication>(TestRootModule, adapter, { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    for (const username of ['handan', 'reviewer', 'admin']) {
      const response = await login(username, 'demo', '10.9.0.1');
      tokens[username] = response.json<{ accessToken: string }>().accessToken;
    }
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    const keys = await redis.keys(`budgetflow:${namespace}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await gateway?.destroy();
    await database?.drop();
  });

  const login = (username: string, password: string, remoteAddress = '10.9.0.2') =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });
  const bearer = (username: string) => ({ authorization: `Bearer ${tokens[username]}` });

  describe('POST /api/auth/login', () => {
    it('answers an access token and the user', async () => {
      const response = await login('reviewer', 'demo');
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json()).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) as unknown,
        tokenType: 'Bearer',
        expiresIn: 3600,
        user: {
          username: 'reviewer',
          displayName: '财政局 预算审核员',
          role: 'reviewer',
          unitIds: ['130400-312', '130529-312', '419001-020'],
        },
      });
    });

    it('answers the same 401 for a wrong password and for an unknown user', async () => {
      const wrong = await login('julu', 'not-the-password', '10.9.1.1');
      const unknown = await login('nobody', 'demo', '10.9.1.1');
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual({
        error: { code: 'AUTH.INVALID_CREDENTIALS', message: 'the username or password is wrong' },
      });
      expect(unknown.json()).toEqual(wrong.json());
    });

    it('refuses the sixth attempt after five failures with 429 and Retry-After, even with the right password', async () => {
      for (let i = 0; i < 5; i++) expect((await login('jiyuan', 'guess', '10.9.2.1')).statusCode).toBe(401);
      const refused = await login('jiyuan', 'demo', '10.9.2.2');
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(800);
      expect(refused.json()).toMatchObject({ error: { code: 'AUTH.TOO_MANY_ATTEMPTS' } });
    });

    it('forgets earlier failures of a username once it signs in', async () => {
      for (let i = 0; i < 4; i++) await login('handan', 'guess', '10.9.3.1');
      expect((await login('handan', 'demo', '10.9.3.1')).statusCode).toBe(200);
      for (let i = 0; i < 4; i++) await login('handan', 'guess', '10.9.3.1');
      expect((await login('handan', 'demo', '10.9.3.1')).statusCode).toBe(200);
    });

    it('refuses a body with a missing or unknown field with 400 and the paths', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'reviewer', pass: 'demo' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: {
          code: 'REQUEST.INVALID_BODY',
          message: expect.any(String) as unknown,
          details: [
            { path: '/password', message: 'Expected required property' },
            { path: '/pass', message: 'Unexpected property' },
          ],
        },
      });
    });
  });

  describe('the auth guard', () => {
    it('lets the units be listed only with a valid token, each caller its own', async () => {
      const anonymous = await app.inject({ method: 'GET', url: '/api/units' });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(anonymous.json()).toMatchObject({ error: { code: 'AUTH.UNAUTHENTICATED' } });

      const handan = await app.inject({ method: 'GET', url: '/api/units', headers: bearer('handan') });
      expect(handan.json()).toEqual([{ id: '130400-312', name: '邯郸市公安局' }]);
      const admin = await app.inject({ method: 'GET', url: '/api/units', headers: bearer('admin') });
      expect(admin.json()).toHaveLength(3);
    });

    it('refuses a forged, tampered or expired token', async () => {
      const principal: Principal = {
        userId: '00000000-0000-4000-8000-000000000000',
        username: 'mallory',
        displayName: 'x',
        role: 'admin',
        unitIds: [],
      };
      const forged = signAccessToken(principal, 'someone-elses-secret-of-32-characters!!', 3600).token;
      const expired = signAccessToken(
        principal,
        DEVELOPMENT_JWT_SECRET,
        60,
        new Date(Date.now() - 3_600_000),
      ).token;
      const [header, , signature] = tokens.handan.split('.');
      const tampered = `${header}.${Buffer.from(JSON.stringify({ ...principal, role: 'admin' })).toString('base64url')}.${signature}`;
      for (const token of [forged, expired, tampered, 'not-a-token']) {
        const response = await app.inject({
          method: 'GET',
          url: '/api/units',
          headers: { authorization: `Bearer ${token}` },
        });
        expect(response.statusCode).toBe(401);
        expect(response.json()).toMatchObject({ error: { code: 'AUTH.UNAUTHENTICATED' } });
      }
    });

    it('answers 403 AUTH.FORBIDDEN when the role is not allowed', async () => {
      const submitter = await app.inject({
        method: 'GET',
        url: '/api/probe/review',
        headers: bearer('handan'),
      });
      expect(submitter.statusCode).toBe(403);
      expect(submitter.json()).toMatchObject({ error: { code: 'AUTH.FORBIDDEN' } });
      const reviewer = await app.inject({
        method: 'GET',
        url: '/api/probe/review',
        headers: bearer('reviewer'),
      });
      expect(reviewer.statusCode).toBe(200);
      expect(reviewer.json()).toMatchObject({ username: 'reviewer', role: 'reviewer' });
    });

    it('gives a handler the command context with the request id as correlation id', async () => {
      const response = await app.inject({
        method: 'GET',
        url: '/api/probe/context',
        headers: { ...bearer('admin'), 'x-correlation-id': 'corr-123' },
      });
      expect(response.json()).toEqual({
        correlationId: 'corr-123',
        actor: { id: expect.any(String) as unknown, name: '系统管理员', role: 'admin' },
        scope: { all: true },
      });
    });

    it('leaves /public/ and @Public() routes open, whatever token comes with the request', async () => {
      expect((await app.inject({ method: 'GET', url: '/public/probe' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'POST', url: '/api/open' })).statusCode).toBe(201);
      const garbage = { authorization: 'Bearer not.a.token' };
      expect((await app.inject({ method: 'GET', url: '/public/probe', headers: garbage })).statusCode).toBe(
        200,
      );
      expect(
        (await app.inject({ method: 'GET', url: '/public/probe', headers: bearer('admin') })).statusCode,
      ).toBe(200);
    });
  });

  describe('Idempotency-Key on POST', () => {
    const post = (url: string, key: string | undefined, payload: unknown = {}, user = 'handan') =>
      app.inject({
        method: 'POST',
        url,
        payload: payload as Record<string, unknown>,
        headers: { ...bearer(user), ...(key === undefined ? {} : { 'idempotency-key': key }) },
      });
    const draft = { unitId: '130400-312', fiscalYear: 2025 };

    it('runs the first request once and replays its status and body for a retry', async () => {
      const before = runs.drafts;
      const first = await post('/api/probe/drafts', 'key-1', draft);
      expect(first.statusCode).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const retry = await post('/api/probe/drafts', 'key-1', { fiscalYear: 2025, unitId: '130400-312' });
      expect(retry.statusCode).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.json()).toEqual(first.json());
      expect(runs.drafts).toBe(before + 1);
    });

    it('runs every request that has no key', async () => {
      const before = runs.drafts;
      await post('/api/probe/drafts', undefined, draft);
      await post('/api/probe/drafts', undefined, draft);
      expect(runs.drafts).toBe(before + 2);
    });

    it('answers 422 IDEMPOTENCY.KEY_REUSED for the same key with another body', async () => {
      await post('/api/probe/drafts', 'key-2', draft);
      const reused = await post('/api/probe/drafts', 'key-2', { ...draft, fiscalYear: 2026 });
      expect(reused.statusCode).toBe(422);
      expect(reused.json()).toMatchObject({ error: { code: 'IDEMPOTENCY.KEY_REUSED' } });
    });

    it('keeps the keys of different users apart', async () => {
      const before = runs.drafts;
      await post('/api/probe/drafts', 'key-3', draft, 'handan');
      const other = await post('/api/probe/drafts', 'key-3', draft, 'reviewer');
      expect(other.headers['idempotent-replayed']).toBeUndefined();
      expect(runs.drafts).toBe(before + 2);
    });

    it('answers 409 IDEMPOTENCY.IN_PROGRESS while the first request is still running', async () => {
      const first = post('/api/probe/slow', 'key-4');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const concurrent = await post('/api/probe/slow', 'key-4');
      expect(concurrent.statusCode).toBe(409);
      expect(concurrent.json()).toMatchObject({ error: { code: 'IDEMPOTENCY.IN_PROGRESS' } });
      releaseSlow();
      expect((await first).statusCode).toBe(201);
      const replay = await post('/api/probe/slow', 'key-4');
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.json()).toEqual({ done: true });
    });

    it('stores a 4xx error and replays it, but lets a 5xx be retried', async () => {
      const before = runs.failures;
      const rejected = await post('/api/probe/fail/409', 'key-5');
      const replayed = await post('/api/probe/fail/409', 'key-5');
      expect(replayed.statusCode).toBe(409);
      expect(replayed.headers['idempotent-replayed']).toBe('true');
      expect(replayed.json()).toEqual(rejected.json());
      expect(runs.failures).toBe(before + 1);

      await post('/api/probe/fail/503', 'key-6');
      const retried = await post('/api/probe/fail/503', 'key-6');
      expect(retried.statusCode).toBe(503);
      expect(retried.headers['idempotent-replayed']).toBeUndefined();
      expect(runs.failures).toBe(before + 3);
    });

    it('answers 400 IDEMPOTENCY.INVALID_KEY for a key that is too long or not printable ASCII', async () => {
      for (const key of ['x'.repeat(201), '预算']) {
        const response = await post('/api/probe/drafts', key, draft);
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({ error: { code: 'IDEMPOTENCY.INVALID_KEY' } });
      }
    });

    it('does not apply to a public POST such as the login', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: 'demo' },
        headers: { 'idempotency-key': 'login-1' },
        remoteAddress: '10.9.4.1',
      });
      const again = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: 'demo' },
        headers: { 'idempotency-key': 'login-1' },
        remoteAddress: '10.9.4.1',
      });
      expect(again.headers['idempotent-replayed']).toBeUndefined();
      expect(again.json()).toMatchObject({ tokenType: 'Bearer' });
      expect(response.statusCode).toBe(200);
    });

    it('keeps its records under the installation prefix in Redis', async () => {
      expect(await redis.keys(`budgetflow:${namespace}:gateway:idempotency:*`)).not.toHaveLength(0);
    });
  });
});
