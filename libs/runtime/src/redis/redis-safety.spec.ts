import type { Redis } from 'ioredis';
import { checkRedisSafety } from './redis-safety';

const redisWith = (config: Record<string, string> | Error): Redis =>
  ({
    call: (_command: string, _get: string, name: string) =>
      config instanceof Error ? Promise.reject(config) : Promise.resolve([name, config[name] ?? '']),
  }) as unknown as Redis;

describe('checkRedisSafety', () => {
  it('accepts noeviction with AOF on', async () => {
    expect(
      await checkRedisSafety(redisWith({ 'maxmemory-policy': 'noeviction', appendonly: 'yes', save: '' })),
    ).toEqual({ warnings: [] });
  });

  it('refuses an evicting policy, naming the fix', async () => {
    const safety = await checkRedisSafety(
      redisWith({ 'maxmemory-policy': 'allkeys-lru', appendonly: 'yes', save: '' }),
    );
    expect(safety.refusal).toMatch(/maxmemory-policy is allkeys-lru.*set maxmemory-policy noeviction/);
  });

  it('warns when neither AOF nor RDB snapshots persist the queues', async () => {
    const safety = await checkRedisSafety(
      redisWith({ 'maxmemory-policy': 'noeviction', appendonly: 'no', save: '' }),
    );
    expect(safety.refusal).toBeUndefined();
    expect(safety.warnings).toEqual([expect.stringMatching(/persistence is off/)]);
    expect(
      await checkRedisSafety(
        redisWith({ 'maxmemory-policy': 'noeviction', appendonly: 'no', save: '3600 1' }),
      ),
    ).toEqual({ warnings: [] });
  });

  it('warns when the configuration cannot be read', async () => {
    const safety = await checkRedisSafety(redisWith(new Error("ERR unknown command 'CONFIG'")));
    expect(safety.refusal).toBeUndefined();
    expect(safety.warnings[0]).toMatch(/cannot read the Redis configuration/);
  });
});
