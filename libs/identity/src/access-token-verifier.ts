import { hasExpired, verifyAccessToken, type TokenVerification } from './access-token';

type Verified = Extract<TokenVerification, { ok: true }>;

/**
 * Verifies access tokens and remembers the ones that verified, until they expire: a signed-in
 * client sends the same token with every request, and the HMAC, the decoding and the claims check
 * are then done once per token instead of once per request. A token that failed is not
 * remembered (each attempt is checked in full), and a remembered one is refused the moment it
 * expires, exactly as a fresh verification would refuse it.
 */
export class AccessTokenVerifier {
  private readonly verified = new Map<string, Verified>();

  constructor(
    private readonly secret: string,
    private readonly maxEntries = 10_000,
  ) {}

  /** How many verified tokens are remembered. */
  get remembered(): number {
    return this.verified.size;
  }

  verify(token: string, now: Date = new Date()): TokenVerification {
    const known = this.verified.get(token);
    if (known && !hasExpired(known.expiresAt.getTime() / 1000, now)) return known;
    this.verified.delete(token);
    const verification = verifyAccessToken(token, this.secret, now);
    if (verification.ok) this.remember(token, verification);
    return verification;
  }

  private remember(token: string, verification: Verified): void {
    if (this.verified.size >= this.maxEntries) {
      // The oldest first: Map keeps insertion order.
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, verification);
  }
}
