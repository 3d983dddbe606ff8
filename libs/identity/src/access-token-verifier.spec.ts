import { CLOCK_SKEW_SECONDS, signAccessToken } from './access-token';
import { AccessTokenVerifier } from './access-token-verifier';
import type { Principal } from './principal';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const submitter: Principal = {
  userId: '5c0d1a52-0f7a-4d3e-8f0e-3e1b2c4d5e6f',
  username: 'handan',
  displayName: '邯郸市公安局 填报员',
  role: 'submitter',
  unitIds: ['130400-312'],
};
const issuedAt = new Date('2025-03-01T08:00:00Z');
const seconds = (n: number) => new Date(issuedAt.getTime() + n * 1000);
const { token } = signAccessToken(submitter, secret, 3600, issuedAt);

describe('AccessTokenVerifier', () => {
  it('gives the same answer for a remembered token as a fresh verification', () => {
    const verifier = new AccessTokenVerifier(secret);
    const first = verifier.verify(token, seconds(10));
    expect(first).toEqual({ ok: true, principal: submitter, expiresAt: seconds(3600) });
    expect(verifier.verify(token, seconds(20))).toEqual(first);
  });

  it('refuses a remembered token once it expires, as a fresh verification would', () => {
    const verifier = new AccessTokenVerifier(secret);
    expect(verifier.verify(token, seconds(10)).ok).toBe(true);
    expect(verifier.verify(token, seconds(3600 + CLOCK_SKEW_SECONDS - 1)).ok).toBe(true);
    expect(verifier.verify(token, seconds(3600 + CLOCK_SKEW_SECONDS))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('checks a failed token in full every time, and never lets a changed one through', () => {
    const verifier = new AccessTokenVerifier(secret);
    expect(verifier.verify(token, seconds(10)).ok).toBe(true);
    const [header, , signature] = token.split('.');
    const admin = Buffer.from(
      JSON.stringify({ sub: 'x', username: 'x', name: 'x', role: 'admin', units: [], iat: 0, exp: 9e9 }),
    ).toString('base64url');
    const forged = `${header}.${admin}.${signature}`;
    expect(verifier.verify(forged, seconds(10))).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifier.verify(forged, seconds(11))).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('does not accept a token signed with another secret because a verifier with ours knows it', () => {
    const ours = new AccessTokenVerifier(secret);
    const theirs = new AccessTokenVerifier('another-secret-that-is-long-enough-9876543210');
    expect(ours.verify(token, seconds(10)).ok).toBe(true);
    expect(theirs.verify(token, seconds(10))).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('keeps at most its limit of tokens, forgetting the oldest', () => {
    const verifier = new AccessTokenVerifier(secret, 2);
    const tokens = [1, 2, 3].map((n) => signAccessToken(submitter, secret, 3600 + n, issuedAt).token);
    for (const t of tokens) expect(verifier.verify(t, seconds(10)).ok).toBe(true);
    expect(verifier.remembered).toBe(2);
    // The forgotten one is verified afresh, and answered the same.
    expect(verifier.verify(tokens[0], seconds(10)).ok).toBe(true);
    expect(verifier.remembered).toBe(2);
  });
});
