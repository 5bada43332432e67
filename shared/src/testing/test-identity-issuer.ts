import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PUBLIC_READER, type Identity } from '../auth/identity';
import { GATEWAY_JWKS_PATH, IDENTITY_HEADER } from '../auth/forwarded-identity';
import { ForwardedIdentitySigner } from '../auth/forwarded-identity-signer';
import { generateSigningKeySet, SigningKeySet, type SigningKeySetJson } from '../auth/signing-keys';

/**
 * What a subgraph's own tests use in place of the gateway: a throwaway key pair, its public JWKS served over
 * real HTTP on a free port, and the headers the gateway would add for an identity. The subgraph under test is
 * started with `jwksUrl` as its gateway's JWKS URL and verifies exactly as it does in production.
 */
export interface TestIdentityIssuer {
  readonly jwksUrl: string;
  readonly keys: SigningKeySetJson;
  /** The identity, signed for `audience` (the subgraph's name), as the gateway forwards it. */
  sign(identity: Identity, audience: string): Promise<string>;
  /** `{ 'x-hamyar-identity': <token> }` for a request to the subgraph `audience`. */
  headers(audience: string, identity?: Identity): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

export async function startTestIdentityIssuer(keys: SigningKeySetJson = generateSigningKeySet()): Promise<TestIdentityIssuer> {
  const set = SigningKeySet.from(keys, 'test keys');
  const signer = new ForwardedIdentitySigner(set);
  const server = http.createServer((request, response) => {
    const found = request.url === GATEWAY_JWKS_PATH;
    response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify(found ? set.publicJwks() : { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // A test that forgets to stop it must not keep the process alive.
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    jwksUrl: `http://127.0.0.1:${port}${GATEWAY_JWKS_PATH}`,
    keys,
    sign: (identity, audience) => signer.sign(identity, audience),
    headers: async (audience, identity = PUBLIC_READER) => ({ [IDENTITY_HEADER]: await signer.sign(identity, audience) }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
