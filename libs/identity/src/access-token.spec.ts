import { createHmac } from 'node:crypto';
import { CLOCK_SKEW_SECONDS, signAccessToken, verifyAccessToken } from './access-token';
import type { Principal } from './principal';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const reviewer: Principal = {
  userId: '8a4e6c1e-4b0f-4a59-9d55-0f3d1d7c2b11',
  username: 'reviewer',
  displayName: '财政局 预算审核员',
  role: 'reviewer',
  unitIds: ['130400-312', '419001-020'],
};
const issuedAt = new Date('2025-03-01T08:00:00Z');
const seconds = (n: number) => new Date(issuedAt.getTime() + n * 1000);

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const hmac = (input: string, key = secret) => createHmac('sha256', key).update(input).digest('base64url');
/** A token built by hand, so a test can put anything in its header or claims. */
function handMade(header: unknown, claims: unknown, key = secret): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${hmac(input, key)}`;
}
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

describe('access tokens (HS256 JWT)', () => {
  const { token } = signAccessToken(reviewer, secret, 3600, issuedAt);

  it('verifies a token it signed and gives back the principal', () => {
    expect(verifyAccessToken(token, secret, seconds(10))).toEqual({
      ok: true,
      principal: reviewer,
      expiresAt: seconds(3600),
    });
  });

  it('writes the standard header and the agreed claims', () => {
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
    expect(claimsOf(token)).toEqual({
      sub: reviewer.userId,
      username: 'reviewer',
      name: '财政局 预算审核员',
      role: 'reviewer',
      units: ['130400-312', '419001-020'],
      iat: issuedAt.getTime() / 1000,
      nbf: issuedAt.getTime() / 1000,
      exp: issuedAt.getTime() / 1000 + 3600,
    });
  });

  it('refuses an unsigned token (alg none), with or without a signature part', () => {
    const claims = claimsOf(token);
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}`;
    expect(verifyAccessToken(`${unsigned}.`, secret, seconds(10))).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(verifyAccessToken(`${unsigned}.${hmac(unsigned)}`, secret, seconds(10))).toEqual({
      ok: false,
      reason: 'unsupported-header',
    });
  });

  it('refuses an RS256 header even when the signature is an HMAC with our secret', () => {
    const forged = handMade({ alg: 'RS256', typ: 'JWT' }, claimsOf(token));
    expect(verifyAccessToken(forged, secret, seconds(10))).toEqual({
      ok: false,
      reason: 'unsupported-header',
    });
  });

  it('refuses a header with anything beyond alg HS256 and typ JWT', () => {
    for (const header of [
      { alg: 'HS256' },
      { alg: 'HS512', typ: 'JWT' },
      { alg: 'HS256', typ: 'JWT', kid: 'x' },
    ]) {
      expect(verifyAccessToken(handMade(header, claimsOf(token)), secret, seconds(10))).toEqual({
        ok: false,
        reason: 'unsupported-header',
      });
    }
  });

  it('refuses a token whose payload was changed after signing', () => {
    const [header, , signature] = token.split('.');
    const promoted = b64({ ...claimsOf(token), role: 'admin' });
    expect(verifyAccessToken(`${header}.${promoted}.${signature}`, secret, seconds(10))).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('refuses a token signed with another secret', () => {
    const other = signAccessToken(reviewer, 'another-secret-that-is-also-long-enough!!', 3600, issuedAt);
    expect(verifyAccessToken(other.token, secret, seconds(10))).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('refuses an expired token, forgiving only the clock skew', () => {
    expect(verifyAccessToken(token, secret, seconds(3600 + CLOCK_SKEW_SECONDS - 1)).ok).toBe(true);
    expect(verifyAccessToken(token, secret, seconds(3600 + CLOCK_SKEW_SECONDS))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses a token that is not valid yet (nbf or iat in the future beyond the skew)', () => {
    expect(verifyAccessToken(token, secret, seconds(-CLOCK_SKEW_SECONDS)).ok).toBe(true);
    expect(verifyAccessToken(token, secret, seconds(-CLOCK_SKEW_SECONDS - 1))).toEqual({
      ok: false,
      reason: 'not-yet-valid',
    });
    const later = { ...claimsOf(token), nbf: issuedAt.getTime() / 1000 + 600 };
    expect(verifyAccessToken(handMade({ alg: 'HS256', typ: 'JWT' }, later), secret, seconds(10))).toEqual({
      ok: false,
      reason: 'not-yet-valid',
    });
  });

  it('refuses well-signed claims of the wrong shape', () => {
    const header = { alg: 'HS256', typ: 'JWT' };
    for (const claims of [
      { ...claimsOf(token), role: 'root' },
      { ...claimsOf(token), exp: undefined },
      { ...claimsOf(token), units: '130400-312' },
    ]) {
      expect(verifyAccessToken(handMade(header, claims), secret, seconds(10))).toEqual({
        ok: false,
        reason: 'invalid-claims',
      });
    }
  });

  it('refuses garbage without throwing', () => {
    for (const garbage of ['', 'abc', 'a.b', 'a.b.c.d', 'a.b.c', '!!.??.**', `${token}x`]) {
      expect(verifyAccessToken(garbage, secret, seconds(10)).ok).toBe(false);
    }
  });

  it('will not sign or verify with a secret shorter than 32 characters', () => {
    expect(() => signAccessToken(reviewer, 'short', 3600)).toThrow(/at least 32 characters/);
    expect(() => verifyAccessToken(token, 'short')).toThrow(/at least 32 characters/);
  });
});
