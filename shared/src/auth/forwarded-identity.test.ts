import { createLocalJWKSet, type JWTVerifyGetKey } from 'jose';
import { PUBLIC_READER, type Identity } from './identity';
import { ForwardedIdentityVerifier } from './forwarded-identity';
import { ForwardedIdentitySigner } from './forwarded-identity-signer';
import { generateSigningKeySet, SigningKeySet } from './signing-keys';

const ADMIN: Identity = { subject: 'admin@national', role: 'NATIONAL_ADMIN', provinceCode: null };
const EDITOR: Identity = { subject: 'editor@IR-07', role: 'PROVINCE_EDITOR', provinceCode: 'IR-07' };

function setup(cacheLimit?: number) {
  const keys = SigningKeySet.from(generateSigningKeySet(), 'keys');
  const local = createLocalJWKSet(keys.publicJwks());
  let keyLookups = 0;
  const counting: JWTVerifyGetKey = (header, token) => {
    keyLookups += 1;
    return local(header, token);
  };
  return {
    signer: new ForwardedIdentitySigner(keys),
    verifier: (audience: string) => new ForwardedIdentityVerifier({ audience, keys: counting, cacheLimit }),
    lookups: () => keyLookups,
  };
}

describe('forwarded identities', () => {
  it('are signed once per caller and subgraph and reused, and are accepted only by the subgraph they name', async () => {
    const { signer, verifier } = setup();
    const forProjects = await signer.sign(ADMIN, 'projects');
    expect(await signer.sign(ADMIN, 'projects')).toBe(forProjects);
    expect(await signer.sign(ADMIN, 'organizations')).not.toBe(forProjects);
    expect(await signer.sign(EDITOR, 'projects')).not.toBe(forProjects);
    expect(await verifier('projects').verify(forProjects)).toEqual(ADMIN);
    expect(await verifier('projects').verify(await signer.sign(PUBLIC_READER, 'projects'))).toEqual(PUBLIC_READER);
    await expect(verifier('organizations').verify(forProjects)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
    await expect(verifier('projects').verify(undefined)).rejects.toThrow('subgraphs answer only requests forwarded by the gateway');
  });

  it('are verified once and then remembered until they expire, in a bounded cache', async () => {
    const { signer, verifier, lookups } = setup(2);
    const projects = verifier('projects');
    const tokens = await Promise.all([ADMIN, EDITOR, PUBLIC_READER].map((identity) => signer.sign(identity, 'projects')));
    await projects.verify(tokens[0]);
    await projects.verify(tokens[0]);
    expect(lookups()).toBe(1);
    await projects.verify(tokens[1]);
    await projects.verify(tokens[2]); // the cache holds two: the oldest is dropped
    await projects.verify(tokens[2]);
    expect(lookups()).toBe(3);
    await projects.verify(tokens[0]);
    expect(lookups()).toBe(4);
  });
});
