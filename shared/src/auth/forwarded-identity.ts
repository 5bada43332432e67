import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '../errors/errors';
import { isProvinceCodeShape } from '../reference/provinces';
import type { Identity, Role } from './identity';

/**
 * The gateway verifies a caller's token once and forwards the identity to each subgraph in this header: a
 * JWT signed with the gateway's private key (EdDSA or ES256), naming that one subgraph as its audience and
 * living at most a minute. A subgraph verifies it with the gateway's public keys (its JWKS) and trusts
 * nothing else. It holds no secret: nothing a subgraph holds or sees can sign an identity, and a token one
 * subgraph receives is refused by every other (its audience is wrong).
 */
export const IDENTITY_HEADER = 'x-hamyar-identity';
export const FORWARDED_IDENTITY_ISSUER = 'hamyar-gateway';
/** The JWT `typ`, so a forwarded identity is never mistaken for another kind of token signed by the same key. */
export const FORWARDED_IDENTITY_TYPE = 'hamyar-identity+jwt';
/** The longest a forwarded identity may live (exp − iat), in seconds. */
export const FORWARDED_IDENTITY_MAX_LIFETIME_S = 60;
export const FORWARDED_IDENTITY_ALGORITHMS = ['EdDSA', 'ES256'] as const;
/** Where the gateway publishes its public keys. */
export const GATEWAY_JWKS_PATH = '/.well-known/jwks.json';

const ROLES: readonly Role[] = ['PUBLIC', 'PROVINCE_EDITOR', 'NATIONAL_ADMIN'];
/** Clock skew tolerated between the gateway and a subgraph. */
const CLOCK_TOLERANCE_S = 5;

/** The claims a forwarded identity carries besides iss/aud/iat/exp. */
export function forwardedIdentityClaims(identity: Identity): { sub: string; role: Role; province?: string } {
  return { sub: identity.subject ?? 'public', role: identity.role, ...(identity.provinceCode ? { province: identity.provinceCode } : {}) };
}

export interface ForwardedIdentityVerifierOptions {
  /** This subgraph's registered name: only identities addressed to it are accepted. */
  readonly audience: string;
  /** The gateway's public keys: `createRemoteJWKSet(jwksUrl)` in a running subgraph. */
  readonly keys: JWTVerifyGetKey;
  /** How many verified tokens are remembered (each until it expires). */
  readonly cacheLimit?: number;
}

/**
 * Verifies forwarded identities. A token that verified is remembered until it expires (the gateway reuses a
 * token for many requests), in a bounded cache, so a busy subgraph verifies a signature a few times a
 * minute per caller, not once per request.
 */
export class ForwardedIdentityVerifier {
  private readonly verified = new Map<string, { identity: Identity; until: number }>();
  private readonly cacheLimit: number;

  constructor(private readonly options: ForwardedIdentityVerifierOptions) {
    this.cacheLimit = options.cacheLimit ?? 10_000;
  }

  /**
   * A verifier that fetches the gateway's JWKS lazily, on the first request, and keeps it for
   * `cacheMaxAgeMs` (a retired key is refused at most that long after the gateway stops publishing it).
   * An unknown `kid` refetches it, at most once per `cooldownMs`. The URL is read at the first fetch, so a
   * subgraph can start before the gateway.
   */
  static fromJwksUrl(
    jwksUrl: () => string,
    audience: string,
    options: { cacheMaxAgeMs?: number; cooldownMs?: number } = {},
  ): ForwardedIdentityVerifier {
    let remote: JWTVerifyGetKey | undefined;
    const keys: JWTVerifyGetKey = (header, token) => {
      remote ??= createRemoteJWKSet(new URL(jwksUrl()), {
        cacheMaxAge: options.cacheMaxAgeMs ?? 60_000,
        cooldownDuration: options.cooldownMs ?? 10_000,
        timeoutDuration: 5_000,
      });
      return remote(header, token);
    };
    return new ForwardedIdentityVerifier({ audience, keys });
  }

  async verify(token: string | undefined): Promise<Identity> {
    if (!token) throw new UnauthenticatedError('subgraphs answer only requests forwarded by the gateway', 401);
    const cached = this.verified.get(token);
    if (cached) {
      if (cached.until > Date.now()) return cached.identity;
      this.verified.delete(token);
    }
    const { identity, until } = await this.verifySignature(token);
    if (this.verified.size >= this.cacheLimit) this.evictExpiredOrOldest();
    this.verified.set(token, { identity, until });
    return identity;
  }

  private async verifySignature(token: string): Promise<{ identity: Identity; until: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, requireKid(this.options.keys), {
        algorithms: [...FORWARDED_IDENTITY_ALGORITHMS],
        issuer: FORWARDED_IDENTITY_ISSUER,
        audience: this.options.audience,
        typ: FORWARDED_IDENTITY_TYPE,
        requiredClaims: ['iss', 'aud', 'sub', 'iat', 'exp'],
        maxTokenAge: FORWARDED_IDENTITY_MAX_LIFETIME_S,
        clockTolerance: CLOCK_TOLERANCE_S,
      }));
    } catch {
      // The same answer for every failure: it helps an honest caller (go through the gateway) and tells an
      // attacker nothing about which check stopped it.
      throw refused();
    }
    const { iat = 0, exp = 0 } = payload;
    // Only one audience: a token addressed to several subgraphs could be replayed among them.
    if (Array.isArray(payload.aud) || exp - iat > FORWARDED_IDENTITY_MAX_LIFETIME_S) throw refused();
    const role = payload.role as Role;
    const province = typeof payload.province === 'string' && isProvinceCodeShape(payload.province) ? payload.province : null;
    if (!ROLES.includes(role) || (role === 'PROVINCE_EDITOR' && !province)) throw refused();
    const identity: Identity = {
      subject: role === 'PUBLIC' ? null : (payload.sub ?? null),
      role,
      provinceCode: role === 'PROVINCE_EDITOR' ? province : null,
    };
    return { identity, until: exp * 1000 };
  }

  /** Drops expired tokens; when none has expired, the oldest one (a Map iterates in insertion order). */
  private evictExpiredOrOldest(): void {
    const now = Date.now();
    for (const [token, entry] of this.verified) if (entry.until <= now) this.verified.delete(token);
    if (this.verified.size >= this.cacheLimit) this.verified.delete(this.verified.keys().next().value!);
  }
}

/** A token without `kid` is refused before any key is looked up: the gateway always names its key. */
function requireKid(keys: JWTVerifyGetKey): JWTVerifyGetKey {
  return (header, token) => {
    if (typeof header.kid !== 'string' || header.kid === '') throw refused();
    return keys(header, token);
  };
}

function refused(): UnauthenticatedError {
  return new UnauthenticatedError('the forwarded identity does not verify; subgraphs answer only the gateway', 401);
}
