/**
 * The shared Redis connection queues commands while it reconnects, without limit (BullMQ needs
 * that). A request must not hang on it: past the deadline this error is raised, and the HTTP edge
 * answers 503 so that the client can retry.
 */
export const REDIS_DEADLINE_MS = 2000;

export class RedisUnavailableError extends Error {
  readonly code = 'SERVICE.UNAVAILABLE';
  constructor(purpose: string) {
    super(`Redis did not answer within ${REDIS_DEADLINE_MS} ms (${purpose}); try again shortly`);
  }
}

export async function withinRedisDeadline<T>(operation: Promise<T>, purpose: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisUnavailableError(purpose)), REDIS_DEADLINE_MS);
  });
  try {
    return await Promise.race([operation, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
