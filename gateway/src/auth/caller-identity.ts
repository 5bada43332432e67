import { UnauthenticatedError, PUBLIC_READER, isProvinceCodeShape, type Identity } from '@hamyar/shared';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { GatewayConfig } from '../config';

/**
 * Verifies the caller's bearer token once, at the gateway. No token: the public reader. A token that does
 * not verify, or whose claims make no sense, is refused with 401: a client that sent a token meant to be
 * someone, and silently reading as the public would hide its mistake.
 *
 * Claims: `sub`, `role` (`province_editor` or `national_admin`), and for an editor `province` (ISO code).
 */
/** A bad token refuses the whole request with 401. */
class UnauthenticatedError401 extends UnauthenticatedError {
  constructor(reason: string) {
    super(reason, 401);
  }
}

export function createCallerIdentity(auth: GatewayConfig['auth']): (authorization: string | undefined) => Promise<Identity> {
  const key: Uint8Array | JWTVerifyGetKey | undefined = auth.jwtSecret
    ? new TextEncoder().encode(auth.jwtSecret)
    : auth.jwksUrl
      ? createRemoteJWKSet(new URL(auth.jwksUrl))
      : undefined;
  return async (authorization) => {
    if (!authorization) return PUBLIC_READER;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError401('the Authorization header must be "Bearer <token>"');
    if (!key) throw new UnauthenticatedError401('this gateway has no token verification configured (AUTH_JWT_SECRET or AUTH_JWKS_URL)');
    let payload;
    try {
      ({ payload } = await jwtVerify(match[1], key as Uint8Array, {
        algorithms: auth.jwtSecret ? ['HS256'] : ['RS256', 'ES256', 'EdDSA'],
        issuer: auth.issuer,
        audience: auth.audience,
      }));
    } catch (error) {
      // The token library's own words stay in the log; the client gets a stable reason.
      console.warn(`[gateway] token refused: ${(error as { code?: string }).code ?? 'unknown'}: ${(error as Error).message}`);
      throw new UnauthenticatedError401(tokenRefusal(error));
    }
    const role = String(payload.role ?? '').toUpperCase();
    if (!payload.sub) throw new UnauthenticatedError401('the token has no subject (sub)');
    if (role === 'NATIONAL_ADMIN') return { subject: payload.sub, role, provinceCode: null };
    if (role === 'PROVINCE_EDITOR') {
      const province = String(payload.province ?? '');
      if (!isProvinceCodeShape(province)) throw new UnauthenticatedError401('a province editor\'s token must name its province as an ISO code, e.g. "IR-07"');
      return { subject: payload.sub, role, provinceCode: province };
    }
    throw new UnauthenticatedError401(`the token's role must be province_editor or national_admin, got "${payload.role ?? ''}"`);
  };
}

/** What a client is told about a token the library refused, by the library's stable error code. */
function tokenRefusal(error: unknown): string {
  const { code, claim } = error as { code?: string; claim?: string };
  if (code === 'ERR_JWT_EXPIRED') return 'the token has expired';
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim) return `the token's "${claim}" claim is not accepted`;
  return 'the token does not verify';
}
