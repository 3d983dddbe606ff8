import type { Redis } from 'ioredis';

export interface LoginLimits {
  maxFailuresPerUsername: number;
  maxFailuresPerAddress: number;
  windowSeconds: number;
}

export type LoginAttempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/*
 * A login attempt is counted before the password is checked, in one script with the check of the
 * limits: counting only after a failed check would let a burst of parallel guesses all pass the
 * check while the first hashes were still being computed. A success then takes its count back.
 * Counters live one window from their first attempt (a fixed window).
 */
const BEGIN = `
local blockedFor = 0
for index, key in ipairs(KEYS) do
  local count = tonumber(redis.call('GET', key) or '0')
  if count >= tonumber(ARGV[index]) then
    blockedFor = math.max(blockedFor, redis.call('TTL', key), 1)
  end
end
if blockedFor > 0 then return blockedFor end
for _, key in ipairs(KEYS) do
  if redis.call('INCR', key) == 1 then redis.call('EXPIRE', key, ARGV[3]) end
end
return 0`;
/** KEYS[1]: the username's counter (cleared); KEYS[2]: the address's (this attempt taken back). */
const SUCCEEDED = `
redis.call('DEL', KEYS[1])
if tonumber(redis.call('GET', KEYS[2]) or '0') > 0 then redis.call('DECR', KEYS[2]) end
return 0`;
/** An attempt that failed for a reason of ours (the database was down) is not held against anyone. */
const TAKE_BACK = `
for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end
return 0`;

/**
 * Limits failed logins per username and per client address in Redis, so that every gateway
 * instance shares the counts. Usernames are counted case-insensitively, so `Reviewer` and
 * `reviewer` share one allowance.
 */
export class LoginAttemptLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly limits: LoginLimits,
  ) {}

  async begin(username: string, address: string): Promise<LoginAttempt> {
    const blockedFor = await this.redis.eval(
      BEGIN,
      2,
      ...this.keys(username, address),
      this.limits.maxFailuresPerUsername,
      this.limits.maxFailuresPerAddress,
      this.limits.windowSeconds,
    );
    return blockedFor === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: Number(blockedFor) };
  }

  async succeeded(username: string, address: string): Promise<void> {
    await this.redis.eval(SUCCEEDED, 2, ...this.keys(username, address));
  }

  async takeBack(username: string, address: string): Promise<void> {
    await this.redis.eval(TAKE_BACK, 2, ...this.keys(username, address));
  }

  private keys(username: string, address: string): [string, string] {
    return [
      `${this.keyPrefix}:login-failures:username:${username.normalize('NFC').toLowerCase()}`,
      `${this.keyPrefix}:login-failures:address:${address}`,
    ];
  }
}
