import { HttpException } from '@nestjs/common';
import { unavailableAsHttp } from './api-error';
import { REDIS_DEADLINE_MS, RedisUnavailableError, withinRedisDeadline } from './redis-deadline';

describe('withinRedisDeadline', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('gives up on a Redis call that does not answer, instead of hanging the request', async () => {
    const waiting = withinRedisDeadline(new Promise<never>(() => undefined), 'login limits');
    jest.advanceTimersByTime(REDIS_DEADLINE_MS);
    await expect(waiting).rejects.toThrow(RedisUnavailableError);
  });

  it('passes an answer or an error through untouched', async () => {
    await expect(withinRedisDeadline(Promise.resolve('OK'), 'x')).resolves.toBe('OK');
    await expect(withinRedisDeadline(Promise.reject(new Error('NOSCRIPT')), 'x')).rejects.toThrow('NOSCRIPT');
  });

  it('becomes a 503 SERVICE.UNAVAILABLE at the HTTP edge; other errors stay as they are', () => {
    const http = unavailableAsHttp(new RedisUnavailableError('idempotency key')) as HttpException;
    expect(http.getStatus()).toBe(503);
    expect(http.getResponse()).toMatchObject({ code: 'SERVICE.UNAVAILABLE' });
    const other = new Error('boom');
    expect(unavailableAsHttp(other)).toBe(other);
  });
});
