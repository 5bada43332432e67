import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importJWK, SignJWT } from 'jose';
import {
  FORWARDED_IDENTITY_ISSUER,
  FORWARDED_IDENTITY_TYPE,
  IDENTITY_HEADER,
  rotateSigningKeys,
  seedIds,
  type SigningKeyJwk,
  type SigningKeySetJson,
} from '@hamyar/shared';
import { nationalAdmin, postGraphQL, startFederation, TEST_SIGNING_KEYS, type Federation } from './support/federation';

/**
 * A rotation of the gateway's signing key, as an operator does it (`npm run keys -- --rotate FILE`): the new
 * key is published at once and signs a little later, the old one stays published for a window, then is
 * retired. The gateway re-reads its key file; subgraphs refetch its JWKS. Windows are short here (seconds;
 * in production a minute and five), so the whole rotation happens under a steady stream of queries.
 */
const PUBLISH_AHEAD_MS = 2_000;
const WINDOW_MS = 3_000;
const JWKS = { cacheMaxAgeMs: 1_000, cooldownMs: 200 };

let federation: Federation;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-keys-'));
const keysFile = path.join(dir, 'gateway-signing-keys.json');

function writeKeys(keys: SigningKeySetJson): void {
  // As the CLI writes it: beside, then renamed, so the gateway never reads half a file.
  fs.writeFileSync(`${keysFile}.tmp`, JSON.stringify(keys));
  fs.renameSync(`${keysFile}.tmp`, keysFile);
}

const jwksKids = async () =>
  ((await (await fetch(federation.gatewayAddress.jwksUrl)).json()) as { keys: { kid: string }[] }).keys.map((key) => key.kid);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A national admin identity for the projects subgraph, signed with `key`: what only a holder of it can make. */
async function identitySignedWith(key: SigningKeyJwk): Promise<Record<string, string>> {
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ role: 'NATIONAL_ADMIN', sub: 'someone' })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: FORWARDED_IDENTITY_TYPE })
    .setIssuer(FORWARDED_IDENTITY_ISSUER)
    .setAudience('projects')
    .setIssuedAt(now)
    .setExpirationTime(now + 30)
    .sign(await importJWK(key, 'EdDSA'));
  return { [IDENTITY_HEADER]: token };
}

/** Queries through the gateway, touching all three subgraphs, as the public and as an admin, until stopped. */
function steadyQueries(admin: string) {
  const answered: number[] = [];
  const failed: string[] = [];
  let running = true;
  const query = `{ province(code: "IR-02") { nameFa organization { name projects { totalCount } agreements { totalCount } } } }`;
  const loops = [undefined, admin, undefined].map(async (token) => {
    while (running) {
      const { status, body } = await federation.query(query, {}, { token });
      if (status !== 200 || body.errors || body.data?.province?.organization?.agreements?.totalCount == null)
        failed.push(JSON.stringify(body).slice(0, 300));
      else answered.push(Date.now());
      await sleep(20);
    }
  });
  return {
    answered,
    failed,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

beforeAll(async () => {
  writeKeys(TEST_SIGNING_KEYS);
  federation = await startFederation({ signing: { keys: TEST_SIGNING_KEYS, keysFile, reloadMs: 100 }, jwks: JWKS });
});
afterAll(async () => {
  await federation?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('rotates the signing key under a stream of queries with none failing, and refuses the old key after its window', async () => {
  const oldKey = TEST_SIGNING_KEYS.keys[0];
  const queries = steadyQueries(await nationalAdmin());
  try {
    while (queries.answered.length < 10 && queries.failed.length === 0) await sleep(50);

    const rotation = rotateSigningKeys(TEST_SIGNING_KEYS, { publishAheadMs: PUBLISH_AHEAD_MS, windowMs: WINDOW_MS });
    const newKey = rotation.keys[1];
    const switchAt = Date.parse(newKey.signFrom!);
    const retireAt = Date.parse(rotation.keys[0].retireAt!);
    writeKeys(rotation);

    // Published at once, before it signs anything: both keys are in the JWKS.
    await sleep(500);
    expect(await jwksKids()).toEqual([oldKey.kid, newKey.kid]);

    // After the window, and once subgraphs have refetched the JWKS, only the new key is valid.
    await sleep(retireAt + JWKS.cacheMaxAgeMs + 500 - Date.now());
    expect(await jwksKids()).toEqual([newKey.kid]);
    const solar = `{ _entities(representations: [{ __typename: "InvestmentProject", id: "${seedIds.project('mazandaran/solar-power-plants')}" }]) { ... on InvestmentProject { id } } }`;
    const withOld = await postGraphQL(federation.subgraphs.projects.url, solar, {}, await identitySignedWith(oldKey));
    expect({ status: withOld.status, code: withOld.body.errors?.[0]?.extensions?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    const withNew = await postGraphQL(federation.subgraphs.projects.url, solar, {}, await identitySignedWith(newKey));
    expect({ status: withNew.status, errors: withNew.body.errors }).toEqual({ status: 200, errors: undefined });

    // The stream kept going through every phase: old key only, both published, new key signing, old retired.
    const settled = Date.now();
    while (queries.answered.filter((at) => at > settled).length < 5 && queries.failed.length === 0) await sleep(50);
    await queries.stop();
    const phases = [switchAt - PUBLISH_AHEAD_MS, switchAt, retireAt, Infinity];
    const perPhase = phases.map((end, i) => queries.answered.filter((at) => at < end && at >= (phases[i - 1] ?? 0)).length);
    expect(queries.failed).toEqual([]);
    for (const count of perPhase) expect(count).toBeGreaterThan(0);
  } finally {
    await queries.stop();
  }
}, 120_000);
