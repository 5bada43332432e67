import { sha256Hex } from '../gateway/src/persisted-operations/manifest';
import { insightsOperations } from '../gateway/src/insights/insights-routes';
import { PROVINCES, seedIds } from '@hamyar/shared';
import { editorOf, nationalAdmin, startFederation, type Federation } from './support/federation';

const PROVINCE_NAMES = 'query ProvinceNames($first: Int) { provinces(first: $first) { nodes { code nameFa } } }';
const ORGANIZATION_NAME = 'query OrganizationName { province(code: "IR-02") { organization { name } } }';
const CREATE_AGREEMENT =
  'mutation CreateAgreement($input: CreateAgreementInput!) { createAgreement(input: $input) { id parties { organization { id } } } }';
const manifest = (...bodies: [name: string, body: string][]) => ({
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: bodies.map(([name, body]) => ({ id: sha256Hex(body), name, type: body.startsWith('mutation') ? 'mutation' : 'query', body })),
});

async function post(url: string, body: unknown, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

  return { status: response.status, body: (await response.json()) as any };
}

describe('safelist mode', () => {
  let federation: Federation;
  let registry: string;
  beforeAll(async () => {
    federation = await startFederation({ registry: { pollIntervalMs: 500 }, safelist: true });
    registry = federation.gatewayUrl.replace('/graphql', '/registry/persisted-operations');
  });
  afterAll(() => federation?.stop());

  it('registers a client build’s manifest with an editor’s or an admin’s token, and no other', async () => {
    expect((await post(registry, manifest(['ProvinceNames', PROVINCE_NAMES]))).status).toBe(401);
    const bad = await post(registry, { ...manifest(['ProvinceNames', PROVINCE_NAMES]), version: 2 }, await nationalAdmin());
    expect(bad).toMatchObject({ status: 422, body: { error: { code: 'BAD_MANIFEST', problems: ['"version" must be 1'] } } });
    expect(await post(registry, manifest(['ProvinceNames', PROVINCE_NAMES]), await editorOf('IR-07'))).toMatchObject({
      status: 200,
      body: { operations: 1, added: 1 },
    });
    // Registering the same build again adds nothing.
    expect(await post(registry, manifest(['ProvinceNames', PROVINCE_NAMES]), await nationalAdmin())).toMatchObject({
      status: 200,
      body: { operations: 1, added: 0 },
    });
  });

  it('runs a registered operation by its hash, by documentId, or by its exact text', async () => {
    const expected = {
      data: {
        provinces: {
          nodes: [
            { code: 'IR-00', nameFa: expect.any(String) },
            { code: 'IR-01', nameFa: 'گیلان' },
          ],
        },
      },
    };
    const byHash = await post(federation.gatewayUrl, {
      variables: { first: 2 },
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(PROVINCE_NAMES) } },
    });
    expect(byHash).toMatchObject({ status: 200, body: expected });
    const byDocumentId = await post(federation.gatewayUrl, { documentId: `sha256:${sha256Hex(PROVINCE_NAMES)}`, variables: { first: 2 } });
    expect(byDocumentId).toMatchObject({ status: 200, body: expected });
    expect(await post(federation.gatewayUrl, { query: PROVINCE_NAMES, variables: { first: 2 } })).toMatchObject({
      status: 200,
      body: expected,
    });
  });

  it('refuses anything else with PERSISTED_QUERY_NOT_IN_LIST, and no subgraph runs a statement for it', async () => {
    const statements = await federation.countStatements(async () => {
      const unregistered = await post(federation.gatewayUrl, { query: ORGANIZATION_NAME });
      expect(unregistered).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } }] } });
      expect(unregistered.body.data).toBeUndefined();
      const unknownHash = await post(federation.gatewayUrl, {
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(ORGANIZATION_NAME) } },
      });
      expect(unknownHash).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } }] } });
      // A registered hash does not smuggle another text in.
      const mismatched = await post(federation.gatewayUrl, {
        query: ORGANIZATION_NAME,
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(PROVINCE_NAMES) } },
      });
      expect(mismatched.status).toBe(400);
    });
    expect(statements).toEqual({ organizations: 0, projects: 0, agreements: 0 });
  });

  it('runs a registered mutation whose subgraph checks its references through the gateway, for any number of them', async () => {
    await post(registry, manifest(['CreateAgreement', CREATE_AGREEMENT]), await nationalAdmin());
    // Twenty parties: more than the alias limit (15) the checks were once held to, fewer than a page.
    const organizationIds = PROVINCES.slice(1, 21).map((province) => seedIds.organization(province.code));
    const input = { titleFa: 'تفاهم‌نامهٔ آزمایشی حالت فهرست مجاز', parties: organizationIds.map((organizationId) => ({ organizationId })) };
    const created = await post(federation.gatewayUrl, { query: CREATE_AGREEMENT, variables: { input } }, await nationalAdmin());
    expect(created.body.errors).toBeUndefined();
    expect(
      created.body.data.createAgreement.parties.map((party: { organization: { id: string } }) => party.organization.id).sort(),
    ).toEqual([...organizationIds].sort());
    // An organization that does not exist is still named, not taken on trust.
    const missing = '00000000-0000-4000-8000-000000000000';
    const refused = await post(
      federation.gatewayUrl,
      {
        query: CREATE_AGREEMENT,
        variables: { input: { ...input, parties: [{ organizationId: missing }, { organizationId: organizationIds[0] }] } },
      },
      await nationalAdmin(),
    );
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(refused.body.errors[0].message).toContain(missing);
  });

  it('runs the dashboard’s own queries and its CSV download unregistered, as the page sends them', async () => {
    for (const operation of insightsOperations()) {
      const variables = operation.name === 'InsightsAgreementsBySigningDay' ? { after: null } : undefined;
      const answer = await post(federation.gatewayUrl, { query: operation.document, operationName: operation.name, variables });
      expect({ name: operation.name, status: answer.status, errors: answer.body.errors }).toEqual({
        name: operation.name,
        status: 200,
        errors: undefined,
      });
    }
    const page = await fetch(federation.gatewayUrl.replace('/graphql', '/insights')).then((response) => response.text());
    const link = /id="download-csv" href="([^"]+)"/.exec(page)![1].replace(/&amp;/g, '&');
    const csv = await fetch(new URL(link, federation.gatewayUrl));
    expect(csv.status).toBe(200);
    expect((await csv.text()).split('\r\n').length).toBeGreaterThan(2);
    // The same text edited by a client is not the gateway's own any more.
    const edited = await post(federation.gatewayUrl, {
      query: `${insightsOperations()[0].document}\n`,
      operationName: insightsOperations()[0].name,
    });
    expect(edited.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('runs a newly registered operation right after its build is registered', async () => {
    await post(registry, manifest(['OrganizationName', ORGANIZATION_NAME]), await nationalAdmin());
    const now = await post(federation.gatewayUrl, {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(ORGANIZATION_NAME) } },
    });
    expect(now).toMatchObject({
      status: 200,
      body: { data: { province: { organization: { name: 'سازمان همیاری شهرداری‌های استان مازندران' } } } },
    });
  });
});

describe('open mode', () => {
  let federation: Federation;
  beforeAll(async () => {
    federation = await startFederation();
  });
  afterAll(() => federation?.stop());

  it('runs any operation, and automatic persisted queries let a client send the hash alone once the text is known', async () => {
    const hash = sha256Hex(ORGANIZATION_NAME);
    const first = await post(federation.gatewayUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(first.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(
      (await post(federation.gatewayUrl, { query: ORGANIZATION_NAME, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }))
        .status,
    ).toBe(200);
    const again = await post(federation.gatewayUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(again).toMatchObject({
      status: 200,
      body: { data: { province: { organization: { name: 'سازمان همیاری شهرداری‌های استان مازندران' } } } },
    });
  });
});
