import { oneOf, text, url } from './env-reader';

/** Defaults suit a developer's machine: everything on 127.0.0.1 with the standard ports. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/budgetflow';
export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Settings every service reads. BUDGETFLOW_NAMESPACE isolates one installation from another on
 * the same broker and Redis (subjects, stream, consumers and queues are prefixed with it); tests
 * use it to run beside a developer's running system.
 */
export const infrastructureSettings = {
  DATABASE_URL: url(['postgres:', 'postgresql:'], DEFAULT_DATABASE_URL),
  NATS_URL: url(['nats:'], DEFAULT_NATS_URL),
  REDIS_URL: url(['redis:', 'rediss:'], DEFAULT_REDIS_URL),
  BUDGETFLOW_NAMESPACE: text('', /^[a-z0-9_]{0,32}$/, 'expected up to 32 of a-z, 0-9 and _'),
  LOG_LEVEL: oneOf(['error', 'warn', 'log', 'debug', 'verbose'] as const, 'log'),
};
