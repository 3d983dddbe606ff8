import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { connectRedis, DEFAULT_REDIS_URL } from '@budgetflow/runtime';
import { LoginAttemptLimiter } from './login-attempt-limiter';

describe('LoginAttemptLimiter on a real Redis', () => {
  let redis: Redis;
  const prefix = `budgetflow:test_${randomBytes(4).toString('hex')}:gateway`;
  const limits = { maxFailuresPerUsername: 5, maxFailuresPerAddress: 20, windowSeconds: 900 };
  let limiter: LoginAttemptLimiter;

  beforeAll(async () => {
    redis = await connectRedis(process.env.REDIS_URL ?? DEFAULT_REDIS_URL);
    limiter = new LoginAttemptLimiter(redis, prefix, limits);
  });
  afterEach(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  });
  afterAll(async () => {
    await redis.quit();
  });

  it('allows five failed attempts for a username, then refuses for the rest of the window', async () => {
    for (let i = 0; i < 5; i++)
      expect(await limiter.begin('reviewer', '10.0.0.1')).toEqual({ allowed: true });
    const refused = await limiter.begin('reviewer', '10.0.0.2');
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(890);
    expect(await redis.ttl(`${prefix}:login-failures:username:reviewer`)).toBeLessThanOrEqual(900);
    // Another user from the same address is not affected.
    expect(await limiter.begin('handan', '10.0.0.1')).toEqual({ allowed: true });
  });

  it('counts a username case-insensitively', async () => {
    for (const name of ['Reviewer', 'REVIEWER', 'reviewer', 'ReViewer', 'reviewEr']) {
      expect(await limiter.begin(name, '10.0.0.1')).toEqual({ allowed: true });
    }
    expect((await limiter.begin('reviewer', '10.0.0.1')).allowed).toBe(false);
  });

  it('allows twenty failed attempts from one address, whatever the usernames', async () => {
    for (let i = 0; i < 20; i++) expect((await limiter.begin(`user${i}`, '10.0.0.9')).allowed).toBe(true);
    expect((await limiter.begin('someone-new', '10.0.0.9')).allowed).toBe(false);
    expect((await limiter.begin('someone-new', '10.0.0.10')).allowed).toBe(true);
  });

  it('does not count refused attempts, so the window is not extended by hammering', async () => {
    for (let i = 0; i < 5; i++) await limiter.begin('julu', '10.0.0.1');
    for (let i = 0; i < 10; i++) await limiter.begin('julu', '10.0.0.1');
    expect(await redis.get(`${prefix}:login-failures:username:julu`)).toBe('5');
    expect(await redis.get(`${prefix}:login-failures:address:10.0.0.1`)).toBe('5');
  });

  it('resets the username on success and takes the attempt back from the address', async () => {
    for (let i = 0; i < 4; i++) await limiter.begin('jiyuan', '10.0.0.1');
    await limiter.begin('jiyuan', '10.0.0.1');
    await limiter.succeeded('jiyuan', '10.0.0.1');
    expect(await redis.exists(`${prefix}:login-failures:username:jiyuan`)).toBe(0);
    expect(await redis.get(`${prefix}:login-failures:address:10.0.0.1`)).toBe('4');
    for (let i = 0; i < 5; i++) expect((await limiter.begin('jiyuan', '10.0.0.1')).allowed).toBe(true);
  });

  it('lets no more than the limit through when many attempts arrive at once', async () => {
    const attempts = await Promise.all(Array.from({ length: 30 }, () => limiter.begin('admin', '10.0.0.3')));
    expect(attempts.filter((attempt) => attempt.allowed)).toHaveLength(5);
  });

  it('takes back an attempt that failed for a reason of ours, and never goes below zero', async () => {
    await limiter.begin('admin', '10.0.0.4');
    await limiter.takeBack('admin', '10.0.0.4');
    await limiter.takeBack('admin', '10.0.0.4');
    expect(await redis.get(`${prefix}:login-failures:username:admin`)).toBe('0');
    expect(await redis.get(`${prefix}:login-failures:address:10.0.0.4`)).toBe('0');
  });
});
