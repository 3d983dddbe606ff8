import { createHmac, timingSafeEqual } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { Principal } from './principal';

/**
 * Access tokens are JWTs signed with HMAC-SHA256 (RFC 7519 / 7515), written here on node:crypto
 * rather than with a library: the gateway is the only issuer and the only verifier, so one
 * algorithm is all it needs, and accepting exactly one header closes the classic holes (`alg:
 * none`, an RS256 header whose "public key" is our secret) by construction.
 */
export const MIN_SECRET_LENGTH = 32;
/** Clocks of several gateway instances drift a little; this much is forgiven on iat/nbf/exp. */
export const CLOCK_SKEW_SECONDS = 30;
/** Far above any token we issue; stops work on garbage before any decoding. */
const MAX_TOKEN_LENGTH = 8192;
const HEADER = { alg: 'HS256', typ: 'JWT' } as const;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

const ClaimsSchema = Type.Object(
  {
    sub: Type.String({ minLength: 1, maxLength: 100 }),
    username: Type.String({ minLength: 1, maxLength: 100 }),
    name: Type.String({ maxLength: 200 }),
    role: Type.Union([Type.Literal('submitter'), Type.Literal('reviewer'), Type.Literal('admin')]),
    units: Type.Array(Type.String({ minLength: 1, maxLength: 30 }), { maxItems: 1000 }),
    iat: Type.Integer({ minimum: 0 }),
    nbf: Type.Optional(Type.Integer({ minimum: 0 })),
    exp: Type.Integer({ minimum: 0 }),
  },
  // Other registered claims (jti, iss...) are not issued by us, but tolerating them costs nothing.
  { additionalProperties: true },
);
type Claims = Static<typeof ClaimsSchema>;
const claimsChecker = TypeCompiler.Compile(ClaimsSchema);

export type TokenRejection =
  'malformed' | 'unsupported-header' | 'bad-signature' | 'invalid-claims' | 'expired' | 'not-yet-valid';

export type TokenVerification =
  { ok: true; principal: Principal; expiresAt: Date } | { ok: false; reason: TokenRejection };

export interface SignedToken {
  token: string;
  expiresIn: number;
  expiresAt: Date;
}

export function signAccessToken(
  principal: Principal,
  secret: string,
  ttlSeconds: number,
  now: Date = new Date(),
): SignedToken {
  assertSecret(secret);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) {
    throw new Error(
      `an access token's lifetime must be a positive whole number of seconds, not ${ttlSeconds}`,
    );
  }
  const iat = Math.floor(now.getTime() / 1000);
  const claims: Claims = {
    sub: principal.userId,
    username: principal.username,
    name: principal.displayName,
    role: principal.role,
    units: [...principal.unitIds],
    iat,
    nbf: iat,
    exp: iat + ttlSeconds,
  };
  const signingInput = `${encodeJson(HEADER)}.${encodeJson(claims)}`;
  return {
    token: `${signingInput}.${sign(signingInput, secret)}`,
    expiresIn: ttlSeconds,
    expiresAt: new Date(claims.exp * 1000),
  };
}

export function verifyAccessToken(token: string, secret: string, now: Date = new Date()): TokenVerification {
  assertSecret(secret);
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) {
    return { ok: false, reason: 'malformed' };
  }
  const [encodedHeader, encodedClaims, signature] = parts as [string, string, string];

  const header = decodeJson(encodedHeader);
  if (!isExactHeader(header)) return { ok: false, reason: 'unsupported-header' };

  const expected = Buffer.from(sign(`${encodedHeader}.${encodedClaims}`, secret));
  const given = Buffer.from(signature);
  // Comparing the base64url text (not the decoded bytes) also refuses alternative encodings of
  // the same signature; the length is public (always 43 characters), so checking it first leaks nothing.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad-signature' };
  }

  const claims = decodeJson(encodedClaims);
  if (!claimsChecker.Check(claims) || claims.exp <= claims.iat)
    return { ok: false, reason: 'invalid-claims' };
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (hasExpired(claims.exp, now)) return { ok: false, reason: 'expired' };
  if (
    (claims.nbf ?? claims.iat) - CLOCK_SKEW_SECONDS > nowSeconds ||
    claims.iat - CLOCK_SKEW_SECONDS > nowSeconds
  ) {
    return { ok: false, reason: 'not-yet-valid' };
  }
  return {
    ok: true,
    principal: {
      userId: claims.sub,
      username: claims.username,
      displayName: claims.name,
      role: claims.role,
      unitIds: claims.units,
    },
    expiresAt: new Date(claims.exp * 1000),
  };
}

/** Whether a token expiring at `exp` (seconds since the epoch) is refused at `now`, skew forgiven. */
export function hasExpired(exp: number, now: Date): boolean {
  return exp + CLOCK_SKEW_SECONDS <= Math.floor(now.getTime() / 1000);
}

function assertSecret(secret: string): void {
  // A programming or configuration error, not a bad token: the settings already refuse short secrets.
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`the token signing secret must be at least ${MIN_SECRET_LENGTH} characters`);
  }
}

function sign(signingInput: string, secret: string): string {
  return createHmac('sha256', secret).update(signingInput).digest('base64url');
}

function encodeJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function decodeJson(encoded: string): unknown {
  try {
    return JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function isExactHeader(header: unknown): boolean {
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return false;
  const keys = Object.keys(header).sort();
  const { alg, typ } = header as Record<string, unknown>;
  return (
    keys.length === 2 && keys[0] === 'alg' && keys[1] === 'typ' && alg === HEADER.alg && typ === HEADER.typ
  );
}
