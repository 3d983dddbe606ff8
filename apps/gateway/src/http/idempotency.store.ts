import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** How long a finished request can be replayed. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
/**
 * How long a request counts as still running. It only matters when a gateway dies mid-request:
 * the key stays blocked this long. It is generous because a lease that ran out while the handler
 * was still working would let a retry run the same request a second time.
 */
export const IDEMPOTENCY_LEASE_SECONDS = 5 * 60;

/** The outcome of a finished request, as it will be replayed. */
export interface StoredOutcome {
  /** `result`: the handler's return value; `error`: the response of the 4xx HttpException it threw. */
  kind: 'result' | 'error';
  status: number;
  body: unknown;
  requestHash: string;
}

type StoredRecord =
  { state: 'running'; requestHash: string; lease: string } | ({ state: 'done' } & StoredOutcome);

export type IdempotencyBegin =
  | { outcome: 'started'; lease: string }
  | { outcome: 'running'; requestHash: string }
  | { outcome: 'done'; stored: StoredOutcome };

// Both write only while the record is still this request's lease: a request whose lease ran out
// must not overwrite the outcome of the retry that took over.
const COMPLETE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
  return 1
end
return 0`;
const ABANDON = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

/**
 * Requests made with an Idempotency-Key, in Redis: a lease while the first one runs, then its
 * outcome for 24 hours. One key per request identity, claimed with SET NX so that of two
 * simultaneous requests exactly one runs.
 */
export class IdempotencyStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly ttlSeconds = IDEMPOTENCY_TTL_SECONDS,
    private readonly leaseSeconds = IDEMPOTENCY_LEASE_SECONDS,
  ) {}

  async begin(identity: string, requestHash: string): Promise<IdempotencyBegin> {
    const key = this.key(identity);
    // Twice at most: a record can expire between the SET NX that failed and the GET.
    for (let attempt = 0; attempt < 2; attempt++) {
      const lease = JSON.stringify({
        state: 'running',
        requestHash,
        lease: randomUUID(),
      } satisfies StoredRecord);
      if ((await this.redis.set(key, lease, 'EX', this.leaseSeconds, 'NX')) === 'OK') {
        return { outcome: 'started', lease };
      }
      const raw = await this.redis.get(key);
      if (raw === null) continue;
      const record = JSON.parse(raw) as StoredRecord;
      if (record.state === 'running') return { outcome: 'running', requestHash: record.requestHash };
      const { state: _state, ...stored } = record;
      return { outcome: 'done', stored };
    }
    return { outcome: 'running', requestHash };
  }

  /** Stores the outcome in place of the lease; false when the lease was lost (nothing stored). */
  async complete(identity: string, lease: string, outcome: StoredOutcome): Promise<boolean> {
    const record = JSON.stringify({ state: 'done', ...outcome } satisfies StoredRecord);
    const stored = await this.redis.eval(COMPLETE, 1, this.key(identity), lease, record, this.ttlSeconds);
    return stored === 1;
  }

  /** Gives the key back (the request failed in a way worth retrying). */
  async abandon(identity: string, lease: string): Promise<void> {
    await this.redis.eval(ABANDON, 1, this.key(identity), lease);
  }

  private key(identity: string): string {
    return `${this.keyPrefix}:idempotency:${identity}`;
  }
}
