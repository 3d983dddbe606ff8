import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { connectRedis, DEFAULT_REDIS_URL } from '@budgetflow/runtime';
import { IDEMPOTENCY_TTL_SECONDS, IdempotencyStore, type StoredOutcome } from './idempotency.store';

describe('IdempotencyStore on a real Redis', () => {
  let redis: Redis;
  let store: IdempotencyStore;
  const prefix = `budgetflow:test_${randomBytes(4).toString('hex')}:gateway`;
  const done: StoredOutcome = { kind: 'result', status: 201, body: { id: 'b-1' }, requestHash: 'h1' };

  beforeAll(async () => {
    redis = await connectRedis(process.env.REDIS_URL ?? DEFAULT_REDIS_URL);
    store = new IdempotencyStore(redis, prefix);
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('starts the first request, reports it running, then replays its stored outcome for 24 hours', async () => {
    const first = await store.begin('id-1', 'h1');
    expect(first.outcome).toBe('started');
    expect(await store.begin('id-1', 'h1')).toEqual({ outcome: 'running', requestHash: 'h1' });
    expect(await store.begin('id-1', 'h2')).toEqual({ outcome: 'running', requestHash: 'h1' });

    expect(await store.complete('id-1', first.outcome === 'started' ? first.lease : '', done)).toBe(true);
    expect(await store.begin('id-1', 'h1')).toEqual({ outcome: 'done', stored: done });
    const [key] = await redis.keys(`${prefix}:idempotency:id-1`);
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(IDEMPOTENCY_TTL_SECONDS - 10);
    expect(ttl).toBeLessThanOrEqual(IDEMPOTENCY_TTL_SECONDS);
  });

  it('lets exactly one of many simultaneous requests start', async () => {
    const begun = await Promise.all(Array.from({ length: 20 }, () => store.begin('id-2', 'h')));
    expect(begun.filter((b) => b.outcome === 'started')).toHaveLength(1);
  });

  it('frees the key when the request is abandoned, so a retry runs', async () => {
    const first = await store.begin('id-3', 'h');
    if (first.outcome !== 'started') throw new Error('expected to start');
    await store.abandon('id-3', first.lease);
    expect((await store.begin('id-3', 'h')).outcome).toBe('started');
  });

  it('does not let a request whose lease was lost overwrite or free the key of the one that took over', async () => {
    const first = await store.begin('id-4', 'h');
    if (first.outcome !== 'started') throw new Error('expected to start');
    await redis.del(`${prefix}:idempotency:id-4`); // the lease ran out
    const second = await store.begin('id-4', 'h');
    if (second.outcome !== 'started') throw new Error('expected the retry to start');

    expect(await store.complete('id-4', first.lease, { ...done, body: 'stale' })).toBe(false);
    await store.abandon('id-4', first.lease);
    expect(await store.begin('id-4', 'h')).toEqual({ outcome: 'running', requestHash: 'h' });
    expect(await store.complete('id-4', second.lease, done)).toBe(true);
    expect(await store.begin('id-4', 'h')).toEqual({ outcome: 'done', stored: done });
  });

  it('holds a running request only for the lease time', async () => {
    const short = new IdempotencyStore(redis, prefix, IDEMPOTENCY_TTL_SECONDS, 1);
    await short.begin('id-5', 'h');
    const ttl = await redis.ttl(`${prefix}:idempotency:id-5`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1);
  });
});
