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

export async function signInternalIdentity(identity: Identity, key: Uint8Array): Promise<string> {
  return new SignJWT({ role: identity.role, province: identity.provinceCode })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.subject ?? 'public')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(LIFETIME)
    .sign(key);
}

export async function verifyInternalIdentity(token: string | undefined, key: Uint8Array): Promise<Identity> {
  if (!token) throw new UnauthenticatedError('subgraphs answer only requests forwarded by the gateway', 401);
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const role = payload.role as Role;
    const province = typeof payload.province === 'string' && isProvinceCodeShape(payload.province) ? payload.province : null;
    if (!ROLES.includes(role) || (role === 'PROVINCE_EDITOR' && !province)) throw new Error('malformed identity');
    return { subject: role === 'PUBLIC' ? null : payload.sub ?? null, role, provinceCode: role === 'PROVINCE_EDITOR' ? province : null };
  } catch {
    throw new UnauthenticatedError('the forwarded identity does not verify; subgraphs answer only the gateway', 401);
  }
}
