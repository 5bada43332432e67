import { SignJWT } from 'jose';

/**
 * What a test needs to call a gateway as a client does: its requests and callers' tokens, nothing of the services.
 * A test of a running federation it did not start (shared-federation.ts) loads only this.
 */

/** The secret callers' tokens are signed with, as an identity provider would (every test gateway trusts it). */
export const AUTH_JWT_SECRET = 'test-auth-secret-0123456789abcdefghij';

/** A caller's bearer token, as an identity provider would issue it. */
export async function tokenFor(
  claims: { sub?: string; role: 'province_editor' | 'national_admin'; province?: string },
  secret = AUTH_JWT_SECRET,
): Promise<string> {
  return new SignJWT({ role: claims.role, ...(claims.province ? { province: claims.province } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub ?? `${claims.role}-${claims.province ?? 'national'}`)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(secret));
}

export const editorOf = (province: string) => tokenFor({ role: 'province_editor', province, sub: `editor@${province}` });
export const nationalAdmin = () => tokenFor({ role: 'national_admin', sub: 'admin@national' });

/** A GraphQL answer as a test reads it: loosely typed, since each test asserts the shape it expects. */
export interface GraphQLResponse<T = any> {
  status: number;

  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] } & Record<string, any>;
}

export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
}
