import type { Redis } from 'ioredis';

export interface RedisSafety {
  /** Why the service must not start on this Redis; absent when it may. */
  refusal?: string;
  /** What is unsafe but survivable; each worth a clear warning at start. */
  warnings: string[];
}

/**
 * Checks that Redis keeps what BullMQ and the idempotency keys put in it:
 *
 * - `maxmemory-policy` must be `noeviction`. Any other policy lets Redis silently delete queue
 *   keys under memory pressure (a delayed publication job, a job's lock): the service refuses to
 *   start, because that loss is silent and arbitrary.
 * - persistence (AOF or RDB snapshots) should be on. Without it a Redis restart empties the
 *   queues; the reconcilers re-create every job from PostgreSQL, so this is a loud warning, not a
 *   refusal (a disposable Redis in development is fine).
 *
 * A Redis that does not allow CONFIG GET (some managed services rename it) cannot be checked:
 * that is a warning too, naming what to verify by hand.
 */
export async function checkRedisSafety(redis: Redis): Promise<RedisSafety> {
  let config: Record<string, string>;
  try {
    config = {};
    for (const name of ['maxmemory-policy', 'appendonly', 'save']) {
      const pair = (await redis.call('CONFIG', 'GET', name)) as string[];
      config[name] = pair[1] ?? '';
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      warnings: [
        `cannot read the Redis configuration (${reason}); make sure maxmemory-policy is noeviction and AOF or RDB persistence is on`,
      ],
    };
  }
  const warnings: string[] = [];
  const policy = config['maxmemory-policy'];
  const refusal =
    policy && policy !== 'noeviction'
      ? `Redis maxmemory-policy is ${policy}: it may evict queue keys and lose jobs; set maxmemory-policy noeviction`
      : undefined;
  if (config.appendonly !== 'yes' && !config.save?.trim()) {
    warnings.push(
      'Redis persistence is off (appendonly no, no save points): a Redis restart empties the job queues; ' +
        'the reconcilers re-create the jobs from PostgreSQL, but turn on appendonly yes',
    );
  }
  return refusal ? { refusal, warnings } : { warnings };
}
