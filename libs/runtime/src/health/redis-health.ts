import type { Redis } from 'ioredis';
import type { DependencyHealth } from '@budgetflow/contracts';
import { timed } from './timed';

export function checkRedis(redis: Redis): Promise<DependencyHealth> {
  return timed(async () => {
    const pong: string = await redis.ping();
    if (pong !== 'PONG') throw new Error(`unexpected answer to PING: ${pong}`);
    return undefined;
  });
}
