import { SignJWT } from 'jose';
import type { Identity } from './identity';
import {
  FORWARDED_IDENTITY_ISSUER,
  FORWARDED_IDENTITY_MAX_LIFETIME_S,
  FORWARDED_IDENTITY_TYPE,
  forwardedIdentityClaims,
} from './forwarded-identity';
import type { SigningKey } from './signing-keys';

export interface ForwardedIdentitySignerOptions {
  /** Seconds a token lives (at most FORWARDED_IDENTITY_MAX_LIFETIME_S). */
  readonly lifetimeSeconds?: number;
  /** Seconds a signed token is reused for; the rest of its life covers a request in flight and clock skew. */
  readonly reuseSeconds?: number;
  readonly cacheLimit?: number;
}

/**
 * Signs forwarded identities with the gateway's current key: one token per caller and subgraph, reused for a
 * third of its life, so a busy gateway signs a few times a minute per caller and subgraph instead of once
 * per subgraph request. A change of signing key (a rotation) takes effect at the next request.
 */
export class ForwardedIdentitySigner {
  private readonly cache = new Map<string, { token: Promise<string>; kid: string; until: number }>();
  private readonly lifetimeSeconds: number;
  private readonly reuseMs: number;
  private readonly cacheLimit: number;

  constructor(
    private readonly keys: { current(): SigningKey },
    options: ForwardedIdentitySignerOptions = {},
  ) {
    this.lifetimeSeconds = Math.min(options.lifetimeSeconds ?? FORWARDED_IDENTITY_MAX_LIFETIME_S, FORWARDED_IDENTITY_MAX_LIFETIME_S);
    this.reuseMs = Math.min(options.reuseSeconds ?? this.lifetimeSeconds / 3, this.lifetimeSeconds / 2) * 1000;
    this.cacheLimit = options.cacheLimit ?? 10_000;
  }

  /** The identity, signed for the one subgraph `audience` (its registered name). */
  sign(identity: Identity, audience: string): Promise<string> {
    const key = this.keys.current();
    const cacheKey = `${audience}|${identity.role}|${identity.provinceCode ?? ''}|${identity.subject ?? ''}`;
    const now = Date.now();
    const cached = this.cache.get(cacheKey);
    if (cached && cached.kid === key.kid && cached.until > now) return cached.token;
    const token = this.signNow(identity, audience, key);
    if (this.cache.size >= this.cacheLimit) this.evictExpiredOrOldest(now);
    this.cache.set(cacheKey, { token, kid: key.kid, until: now + this.reuseMs });
    token.catch(() => this.cache.delete(cacheKey));
    return token;
  }

  private signNow(identity: Identity, audience: string, key: SigningKey): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(forwardedIdentityClaims(identity))
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: FORWARDED_IDENTITY_TYPE })
      .setIssuer(FORWARDED_IDENTITY_ISSUER)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + this.lifetimeSeconds)
      .sign(key.privateKey);
  }

  private evictExpiredOrOldest(now: number): void {
    for (const [cacheKey, entry] of this.cache) if (entry.until <= now) this.cache.delete(cacheKey);
    if (this.cache.size >= this.cacheLimit) this.cache.delete(this.cache.keys().next().value!);
  }
}
