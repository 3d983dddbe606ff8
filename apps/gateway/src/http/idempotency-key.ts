import { createHash } from 'node:crypto';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
const MAX_KEY_LENGTH = 200;
/** Printable ASCII only: a key is an opaque token the client chose, often a UUID. */
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

export type IdempotencyKeyCheck = { ok: true; key: string } | { ok: false; problem: string };

/** The Idempotency-Key header as given: absent (undefined), or valid, or why it is not. */
export function checkIdempotencyKey(header: string | string[] | undefined): IdempotencyKeyCheck | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header)) return { ok: false, problem: 'give the Idempotency-Key header once' };
  if (header.length === 0 || header.length > MAX_KEY_LENGTH || !PRINTABLE_ASCII.test(header)) {
    return {
      ok: false,
      problem: `an Idempotency-Key is 1 to ${MAX_KEY_LENGTH} printable ASCII characters (a UUID is a good choice)`,
    };
  }
  return { ok: true, key: header };
}

/** Identifies one logical request: the same key from another user or on another route is another request. */
export function idempotencyIdentity(key: string, userId: string, method: string, path: string): string {
  return sha256([userId, method.toUpperCase(), path, key].join('\n'));
}

/** What the request asked for, so a key reused for something else can be told apart from a retry. */
export function requestFingerprint(query: string, body: unknown): string {
  const hash = createHash('sha256').update(query).update('\n');
  if (Buffer.isBuffer(body)) hash.update(body);
  else if (typeof body === 'string') hash.update(`string:${body}`);
  else hash.update(`json:${canonicalJson(body)}`);
  return hash.digest('hex');
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
