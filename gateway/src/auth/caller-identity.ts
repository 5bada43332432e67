import { UnauthenticatedError, PUBLIC_READER, isProvinceCodeShape, type Identity } from '@hamyar/shared';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { DEFAULT_MAX_TOKEN_AGE_SECONDS, type GatewayConfig } from '../config';

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
  // loadGatewayConfig refuses both; a config built in code must not silently pick one either.
  if (auth.jwtSecret && auth.jwksUrl) throw new Error('set only one of auth.jwtSecret and auth.jwksUrl');
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
        // A token without an expiry would be good forever; one issued too long ago is refused too.
        requiredClaims: ['exp', 'iat'],
        maxTokenAge: auth.maxTokenAgeSeconds ?? DEFAULT_MAX_TOKEN_AGE_SECONDS,
      }));
    } catch (error) {
      // The token library's own words stay in the log; the client gets reasonOf's stable words.
      console.warn(`[gateway] token refused: ${(error as { code?: string }).code ?? 'unknown'}: ${(error as Error).message}`);
      throw new UnauthenticatedError401(`the token does not verify (${reasonOf(error)})`);
    }
    const role = String(payload.role ?? '').toUpperCase();
    if (!payload.sub) throw new UnauthenticatedError401('the token has no subject (sub)');
    if (role === 'NATIONAL_ADMIN') return { subject: payload.sub, role, provinceCode: null };
    if (role === 'PROVINCE_EDITOR') {
      const province = String(payload.province ?? '');
      if (!isProvinceCodeShape(province))
        throw new UnauthenticatedError401('a province editor\'s token must name its province as an ISO code, e.g. "IR-07"');
      return { subject: payload.sub, role, provinceCode: province };
    }
    throw new UnauthenticatedError401(`the token's role must be province_editor or national_admin, got "${payload.role ?? ''}"`);
  };
}

/**
 * Why a token was refused, in words that help its honest holder (expired, wrong issuer, no `exp`) and are
 * jose's own only for the claim checks; a signature or format failure says only that.
 */
function reasonOf(error: unknown): string {
  const { code, message, claim } = error as { code?: string; message?: string; claim?: string };
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      // jose reports a token older than maxTokenAge as expired, naming its iat.
      return claim === 'iat' ? 'it was issued longer ago than this gateway accepts (AUTH_MAX_TOKEN_AGE_SECONDS)' : 'it has expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (message?.includes('missing')) return `it has no "${claim}" claim, which is required`;
      return `its "${claim}" claim is not the one this gateway expects`;
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'it is signed with an algorithm this gateway does not accept';
    default:
      return 'bad signature or malformed token';
  }
}
