import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, importJWK, SignJWT, type JWTPayload } from 'jose';
import {
  FORWARDED_IDENTITY_ISSUER,
  FORWARDED_IDENTITY_TYPE,
  IDENTITY_HEADER,
  loadSubgraphConfig,
  seedIds,
  startSubgraph,
  subgraphSdl,
  type RunningSubgraph,
} from '@hamyar/shared';
import { farsSmartCitySubgraph } from '../subgraphs/fars-smart-city/src';
import { initiativeId } from '../subgraphs/fars-smart-city/src/seed';
import {
  AUTH_JWT_SECRET,
  editorOf,
  nationalAdmin,
  postGraphQL,
  startFederation,
  stopSubgraphs,
  TEST_SIGNING_KEYS,
  type Federation,
  type GraphQLResponse,
  type SubgraphName,
} from './support/federation';

// What `npm start` gives a subgraph process: the operator's environment without its secrets.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, not a module of the kit
const { withoutSecrets } = require('../scripts/dev-secrets') as { withoutSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv };

/**
 * TRUST.md, from the seat of a province subgraph's operator: it holds its process, its environment, its
 * files, its database and every request the gateway sends it, headers included. Fars's subgraph is started
 * as a province runs it (startSubgraph with the config its environment gives, on a real HTTP port), behind a
 * recorder of its own that logs every header, and published through the registry. A national admin and
 * other provinces' editors then query (and change) its fields through the gateway. With everything it holds,
 * every attempt to write, or to read anything, directly on a core subgraph is a 401, and the core
 * databases do not change.
 */
let federation: Federation;
let province: RunningSubgraph;
let recorder: http.Server;
let provinceEnv: NodeJS.ProcessEnv;
const captured: Record<string, string>[] = [];

const SOLAR = seedIds.project('mazandaran/solar-power-plants');
const MAZANDARAN = seedIds.organization('IR-02');
const SUMMIT = seedIds.agreement('mashhad-rank-one-summit');
const SMART_PARKING = initiativeId('smart-parking');

/** The writes and reads an attacker wants, straight at a core subgraph (never through the gateway). */
const TARGETS: readonly { subgraph: SubgraphName; what: string; query: string }[] = [
  {
    subgraph: 'projects',
    what: "cancel Mazandaran's solar plants",
    query: `mutation { changeProjectStatus(id: "${SOLAR}", version: 1, status: CANCELLED) { status version } }`,
  },
  {
    subgraph: 'organizations',
    what: "rename Mazandaran's organization",
    query: `mutation { updateOrganization(id: "${MAZANDARAN}", version: 1, input: { nameEn: "Taken" }) { nameEn } }`,
  },
  {
    subgraph: 'agreements',
    what: 'retitle the Mashhad summit',
    query: `mutation { updateAgreement(id: "${SUMMIT}", version: 1, input: { titleEn: "Taken" }) { titleEn } }`,
  },
  { subgraph: 'projects', what: 'read the projects subgraph', query: '{ _service { sdl } }' },
  { subgraph: 'organizations', what: 'read the organizations subgraph', query: '{ _service { sdl } }' },
  { subgraph: 'agreements', what: 'read the agreements subgraph', query: '{ _service { sdl } }' },
];

/** The rows an attack would change, and the history every change leaves, in each core subgraph. */
async function coreRows(): Promise<unknown> {
  const rows = async (name: SubgraphName, sql: string) => federation.subgraphs[name].database.dataSource.query(sql);
  return {
    projects: await rows('projects', 'SELECT id, status, version FROM investment_project ORDER BY id'),
    organizations: await rows('organizations', 'SELECT id, name_en, version FROM organization ORDER BY id'),
    agreements: await rows('agreements', 'SELECT id, title_en, status, version FROM agreement ORDER BY id'),
    history: await Promise.all(
      (['projects', 'organizations', 'agreements'] as const).map((name) => rows(name, 'SELECT count(*)::int AS n FROM record_change')),
    ),
  };
}

/** A request straight to a core subgraph with the identity header an attacker made; undefined: none. */
function attack(target: (typeof TARGETS)[number], token: string | undefined): Promise<GraphQLResponse> {
  return postGraphQL(federation.subgraphs[target.subgraph].url, target.query, {}, token === undefined ? {} : { [IDENTITY_HEADER]: token });
}

function expectRefused(response: GraphQLResponse, why: string): void {
  const error = response.body.errors?.[0];
  expect({ why, status: response.status, code: error?.extensions?.code, data: response.body.data ?? null }).toEqual({
    why,
    status: 401,
    code: 'UNAUTHENTICATED',
    data: null,
  });
  // It says what to do, and nothing about which check failed, no stack, no URL, no library message.
  expect(error!.message).toMatch(
    /^Not authenticated: (subgraphs answer only requests forwarded by the gateway|the forwarded identity does not verify; subgraphs answer only the gateway)$/,
  );
  expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|http:\/\/|jose|JWS|JWT[A-Z]/);
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const base64url = (value: object | Buffer) => Buffer.from(Buffer.isBuffer(value) ? value : JSON.stringify(value)).toString('base64url');
const gatewayKey = TEST_SIGNING_KEYS.keys[0];
const nationalAdminClaims = (audience: string | string[]): JWTPayload & { role: string } => ({
  role: 'NATIONAL_ADMIN',
  sub: 'attacker',
  iss: FORWARDED_IDENTITY_ISSUER,
  aud: audience,
  iat: nowSeconds(),
  exp: nowSeconds() + 30,
});

/** Signs claims with the gateway's real key: what only the gateway can do; used to prove each check bites. */
async function signedByTheGateway(
  claims: JWTPayload,
  header: Record<string, unknown> = { kid: gatewayKey.kid, typ: FORWARDED_IDENTITY_TYPE },
): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', ...header }).sign(await importJWK(gatewayKey, 'EdDSA'));
}

/** Every header of every request the gateway sends, logged by the province before it passes it on. */
async function startRecorder(target: string): Promise<string> {
  recorder = http.createServer(async (request, response) => {
    captured.push(Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)])));
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const forwarded = await fetch(target, {
      method: request.method,
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: String(request.headers[IDENTITY_HEADER] ?? '') },
      body: request.method === 'POST' ? Buffer.concat(chunks) : undefined,
    });
    response.writeHead(forwarded.status, { 'content-type': 'application/json' });
    response.end(Buffer.from(await forwarded.arrayBuffer()));
  });
  await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(recorder.address() as AddressInfo).port}/graphql`;
}

/** The province's files: its subgraph's directory as its repository holds it (a build derives from these). */
function provinceFiles(dir = path.resolve(__dirname, '..', 'subgraphs', 'fars-smart-city')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist'].includes(entry.name) ? [] : provinceFiles(full);
    return entry.name.endsWith('.tsbuildinfo') ? [] : [full];
  });
}

/** Everything the province holds that could be key material: whole values, and every long token in them. */
function heldMaterial(publicKeys: { keys: { x: string }[] }): string[] {
  const material = new Set<string>();
  const add = (text: string | undefined) => {
    if (!text) return;
    material.add(text);
    for (const [word] of text.matchAll(/[A-Za-z0-9_\-+/=.]{20,}/g)) material.add(word);
  };
  Object.values(provinceEnv).forEach(add);
  provinceFiles().forEach((file) => add(fs.readFileSync(file, 'utf8')));
  captured.forEach((headers) => Object.values(headers).forEach(add));
  add(JSON.stringify(publicKeys));
  return [...material];
}

beforeAll(async () => {
  federation = await startFederation({ registry: { pollIntervalMs: 100 } });
  // The operator's full environment, as one env file for the whole federation would hold it, through the
  // same filter npm start applies; then what the province guide tells a province to set.
  const operatorEnv = { ...process.env, AUTH_JWT_SECRET, GATEWAY_SIGNING_KEYS: JSON.stringify(TEST_SIGNING_KEYS) };
  provinceEnv = {
    ...withoutSecrets(operatorEnv),
    GATEWAY_JWKS_URL: federation.gatewayAddress.jwksUrl,
    HOST: '127.0.0.1',
    FARS_SMART_CITY_PORT: '0',
    LOG_LEVEL: 'warn',
    ...(process.env.DATABASE_URL ? { FARS_SMART_CITY_DATABASE_SCHEMA: `test_outside_${process.pid}_fars` } : { HAMYAR_DATA_DIR: 'memory' }),
  };
  province = await startSubgraph(
    farsSmartCitySubgraph,
    loadSubgraphConfig(farsSmartCitySubgraph.name, provinceEnv, farsSmartCitySubgraph.defaultPort),
  );
  const recorded = await startRecorder(province.url);

  const registry = federation.gatewayUrl.replace('/graphql', '/registry');
  const published = await fetch(`${registry}/subgraphs/fars-smart-city/publish`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await editorOf('IR-07')}` },
    body: JSON.stringify({ sdl: subgraphSdl(farsSmartCitySubgraph.schemaFile), url: recorded }),
  });
  const { supergraphVersion } = (await published.json()) as { supergraphVersion: number };
  expect(published.status).toBe(200);
  for (const deadline = Date.now() + 15_000; (federation.gateway.servedSupergraphVersion() ?? 0) < supergraphVersion;) {
    if (Date.now() > deadline) throw new Error('the gateway did not serve the published supergraph');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  // Others' requests pass through the province: a national admin, other provinces' editors, the public.
  const initiatives = `{ province(code: "IR-07") { organization { farsSmartCityInitiatives { totalCount nodes { id version status } } } } }`;
  for (const token of [await nationalAdmin(), await editorOf('IR-02'), await editorOf('IR-09'), await editorOf('IR-07'), undefined]) {
    const { body } = await federation.query(initiatives, {}, { token });
    expect(body.errors).toBeUndefined();
    expect(body.data.province.organization.farsSmartCityInitiatives.totalCount).toBe(2);
  }
  const change = `mutation($id: ID!, $version: Int!) { farsChangeSmartCityInitiativeStatus(id: $id, version: $version, status: IN_PROGRESS) { status } }`;
  const { body: changed } = await federation.query(change, { id: SMART_PARKING, version: 1 }, { token: await nationalAdmin() });
  expect(changed.errors).toBeUndefined();
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => recorder?.close(resolve));
  if (province) await stopSubgraphs([province]);
  await federation?.stop();
});

describe('a province subgraph is an outside party', () => {
  let before: unknown;
  beforeAll(async () => {
    before = await coreRows();
  });

  it('is given no secret, and sees each caller only as an identity addressed to itself, living a minute', () => {
    for (const name of ['AUTH_JWT_SECRET', 'GATEWAY_SIGNING_KEYS', 'GATEWAY_SIGNING_KEYS_FILE', 'HAMYAR_INTERNAL_SECRET'])
      expect(provinceEnv).not.toHaveProperty(name);
    const identities = captured.map((headers) => headers[IDENTITY_HEADER]).filter(Boolean);
    expect(identities.length).toBe(captured.length);
    // The admin's identity went through it: the most valuable thing a province could hope to replay.
    expect(identities.map((token) => decodeJwt(token).role)).toEqual(
      expect.arrayContaining(['NATIONAL_ADMIN', 'PROVINCE_EDITOR', 'PUBLIC']),
    );
    for (const token of identities) {
      const claims = decodeJwt(token);
      expect(claims.aud).toBe('fars-smart-city');
      expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(60);
      expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'EdDSA', kid: gatewayKey.kid, typ: FORWARDED_IDENTITY_TYPE });
    }
    // Callers' own tokens never reach a subgraph.
    for (const headers of captured) expect(Object.keys(headers)).not.toContain('authorization');
  });

  it('holds nothing that can sign: the gateway private key is nowhere in its environment, files or headers', async () => {
    const jwks = await (await fetch(federation.gatewayAddress.jwksUrl)).json();
    const material = heldMaterial(jwks);
    expect(material.length).toBeGreaterThan(20);
    expect(material.filter((text) => text.includes(gatewayKey.d) || /PRIVATE KEY/.test(text))).toEqual([]);
    expect(material.filter((text) => text.includes(AUTH_JWT_SECRET))).toEqual([]);
  });

  it('replays every identity the gateway sent it: refused by every core subgraph, for every write and read', async () => {
    const identities = [...new Set(captured.map((headers) => headers[IDENTITY_HEADER]))];
    for (const target of TARGETS) {
      expectRefused(await attack(target, undefined), `no identity: ${target.what}`);
      for (const token of identities)
        expectRefused(await attack(target, token), `replayed ${decodeJwt(token).role} identity: ${target.what}`);
    }
  });

  it('re-signs a national admin identity with everything it holds (HS256): refused', async () => {
    const jwks = await (await fetch(federation.gatewayAddress.jwksUrl)).json();
    const [write] = TARGETS;
    const material = heldMaterial(jwks);
    // A few at a time: hundreds of attempts, each a real request.
    for (let i = 0; i < material.length; i += 8) {
      await Promise.all(
        material.slice(i, i + 8).map(async (secret) => {
          const token = await new SignJWT(nationalAdminClaims('projects'))
            .setProtectedHeader({ alg: 'HS256', kid: gatewayKey.kid, typ: FORWARDED_IDENTITY_TYPE })
            .sign(new TextEncoder().encode(secret));
          expectRefused(await attack(write, token), `HS256 with held material "${secret.slice(0, 30)}…"`);
        }),
      );
    }
  }, 120_000);

  it('tries every forgery on every core subgraph: each is a 401', async () => {
    const publicJwk = { kty: 'OKP', crv: 'Ed25519', x: gatewayKey.x };
    const publicPem = createPublicKey({ key: publicJwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
    const attacker = generateKeyPairSync('ed25519').privateKey;
    const header = { kid: gatewayKey.kid, typ: FORWARDED_IDENTITY_TYPE };
    for (const target of TARGETS) {
      const audience = target.subgraph;
      const claims = nationalAdminClaims(audience);
      const hs256 = (secret: Uint8Array) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256', ...header }).sign(secret);
      const forgeries: Record<string, string> = {
        // The gateway's own signature, each time with one thing wrong: proves each check is there.
        'addressed to another subgraph': await signedByTheGateway(
          nationalAdminClaims(audience === 'projects' ? 'organizations' : 'projects'),
        ),
        'addressed to the province': await signedByTheGateway(nationalAdminClaims('fars-smart-city')),
        'addressed to several subgraphs': await signedByTheGateway(nationalAdminClaims([audience, 'fars-smart-city'])),
        expired: await signedByTheGateway({ ...claims, iat: nowSeconds() - 120, exp: nowSeconds() - 60 }),
        'living an hour': await signedByTheGateway({ ...claims, exp: nowSeconds() + 3600 }),
        'without exp': await signedByTheGateway({ ...claims, exp: undefined }),
        'without iat': await signedByTheGateway({ ...claims, iat: undefined }),
        'without kid': await signedByTheGateway(claims, { typ: FORWARDED_IDENTITY_TYPE }),
        'of another type': await signedByTheGateway(claims, { kid: gatewayKey.kid, typ: 'JWT' }),
        // What a province could make.
        'alg none': `${base64url({ alg: 'none', ...header })}.${base64url(claims)}.`,
        'HS256 with the public key as PEM': await hs256(new TextEncoder().encode(publicPem)),
        'HS256 with the public key as JWK': await hs256(new TextEncoder().encode(JSON.stringify(publicJwk))),
        'HS256 with the raw public key': await hs256(Buffer.from(gatewayKey.x, 'base64url')),
        'its own key under an unknown kid': await new SignJWT(claims)
          .setProtectedHeader({ alg: 'EdDSA', kid: 'fars-own-key', typ: FORWARDED_IDENTITY_TYPE })
          .sign(attacker),
        "its own key under the gateway's kid": await new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', ...header }).sign(attacker),
        'its own key without kid': await new SignJWT(claims)
          .setProtectedHeader({ alg: 'EdDSA', typ: FORWARDED_IDENTITY_TYPE })
          .sign(attacker),
        'a signature cut off': (await signedByTheGateway(claims)).replace(/\.[^.]+$/, '.'),
        'a changed role under a real signature': await (async () => {
          const [head, , signature] = (await signedByTheGateway({ ...claims, role: 'PUBLIC' })).split('.');
          return `${head}.${base64url(claims)}.${signature}`;
        })(),
      };
      for (const [forgery, token] of Object.entries(forgeries)) expectRefused(await attack(target, token), `${forgery}: ${target.what}`);
    }
  }, 120_000);

  it('changed nothing in any core database', async () => {
    expect(await coreRows()).toEqual(before);
  });

  it('while the same write, signed by the gateway for that subgraph, goes through (so the refusals above were the checks)', async () => {
    const [write] = TARGETS;
    const { status, body } = await attack(write, await signedByTheGateway(nationalAdminClaims('projects')));
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    expect(body.data.changeProjectStatus).toEqual({ status: 'CANCELLED', version: 2 });
    expect(await coreRows()).not.toEqual(before);
  });
});
