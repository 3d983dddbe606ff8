import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

/**
 * Opens a Redis connection suitable for BullMQ (no per-request retry limit) and waits until it
 * answers, so that a wrong REDIS_URL stops the service at boot with a clear message. Later
 * connection errors are logged once per outage; ioredis reconnects by itself.
 */
export async function connectRedis(url: string, timeoutMs = 5000): Promise<Redis> {
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    lazyConnect: true,
    connectTimeout: timeoutMs,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let lastError: Error | undefined;
  let connected = false;
  redis.on('error', (error: Error) => {
    if (connected && !lastError) new Logger('Redis').warn(`connection lost: ${error.message}`);
    lastError = error;
  });
  redis.on('ready', () => (lastError = undefined));
  try {
    await redis.connect();
    await redis.ping();
    connected = true;
    return redis;
  } catch (error) {
    redis.disconnect();
    const reason =
      (lastError ?? error) instanceof Error ? (lastError ?? (error as Error)).message : String(error);
    throw new Error(`cannot reach Redis at ${url}: ${reason}`);
  }
}
