import { jwtVerify, SignJWT } from 'jose';
import { UnauthenticatedError } from '../errors/errors';
import { isProvinceCodeShape } from '../reference/provinces';
import type { Identity, Role } from './identity';

/**
 * The gateway verifies a caller's token once and forwards the identity to subgraphs in this header, as a
 * short-lived JWT signed with the secret only the gateway and the subgraphs share. A subgraph trusts nothing
 * else: a request without a valid one was not sent by the gateway, and is refused.
 */
export const IDENTITY_HEADER = 'x-hamyar-identity';
const ISSUER = 'hamyar-gateway';
const AUDIENCE = 'hamyar-subgraphs';
const LIFETIME = '5m';
const ROLES: readonly Role[] = ['PUBLIC', 'PROVINCE_EDITOR', 'NATIONAL_ADMIN'];

export function internalKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/**
 * Signs the identity for the subgraphs. Tokens are reused for a minute (they live five), so a busy gateway
 * signs once a minute per caller instead of once per subgraph request.
 */
export async function signInternalIdentity(identity: Identity, key: Uint8Array): Promise<string> {
  const cacheKey = `${identity.role}|${identity.provinceCode ?? ''}|${identity.subject ?? ''}`;
  const perKey = signedCache.get(key) ?? new Map<string, { token: string; until: number }>();
  signedCache.set(key, perKey);
  const cached = perKey.get(cacheKey);
  if (cached && cached.until > Date.now()) return cached.token;
  const token = await sign(identity, key);
  if (perKey.size >= CACHE_LIMIT) perKey.clear();
  perKey.set(cacheKey, { token, until: Date.now() + REUSE_MS });
  return token;
}

const REUSE_MS = 60_000;
const CACHE_LIMIT = 10_000;
const signedCache = new WeakMap<Uint8Array, Map<string, { token: string; until: number }>>();
const verifiedCache = new WeakMap<Uint8Array, Map<string, { identity: Identity; until: number }>>();

async function sign(identity: Identity, key: Uint8Array): Promise<string> {
  return new SignJWT({ role: identity.role, province: identity.provinceCode })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.subject ?? 'public')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(LIFETIME)
    .sign(key);
}

/** Verifies a forwarded identity; a token already verified is trusted until it expires, not checked again. */
export async function verifyInternalIdentity(token: string | undefined, key: Uint8Array): Promise<Identity> {
  if (!token) throw new UnauthenticatedError('subgraphs answer only requests forwarded by the gateway', 401);
  const perKey = verifiedCache.get(key) ?? new Map<string, { identity: Identity; until: number }>();
  verifiedCache.set(key, perKey);
  const cached = perKey.get(token);
  if (cached && cached.until > Date.now()) return cached.identity;
  const identity = await verify(token, key);
  if (perKey.size >= CACHE_LIMIT) perKey.clear();
  perKey.set(token, identity);
  return identity.identity;
}

async function verify(token: string, key: Uint8Array): Promise<{ identity: Identity; until: number }> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const role = payload.role as Role;
    const province = typeof payload.province === 'string' && isProvinceCodeShape(payload.province) ? payload.province : null;
    if (!ROLES.includes(role) || (role === 'PROVINCE_EDITOR' && !province)) throw new Error('malformed identity');
    const identity: Identity = { subject: role === 'PUBLIC' ? null : payload.sub ?? null, role, provinceCode: role === 'PROVINCE_EDITOR' ? province : null };
    return { identity, until: (payload.exp ?? 0) * 1000 };
  } catch {
    throw new UnauthenticatedError('the forwarded identity does not verify; subgraphs answer only the gateway', 401);
  }
}
