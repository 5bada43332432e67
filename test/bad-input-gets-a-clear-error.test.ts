import { gzipSync } from 'node:zlib';
import { forwardedIdentity, startFederation, type Federation } from './support/federation';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

describe('bad input gets a clear error with a code, never a 500', () => {
  it('an unknown province code: NOT_FOUND naming the code', async () => {
    const { status, body } = await federation.query(`{ province(code: "IR-99") { nameFa } }`);
    expect(status).toBe(200);
    expect(body.data).toEqual({ province: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].message).toBe('Province "IR-99" was not found');
    expect(body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
  });

  it('a province code of the wrong shape: BAD_USER_INPUT naming the field, with its Persian label', async () => {
    const { body } = await federation.query(`{ province(code: "Tehran") { nameFa } }`);
    expect(body.errors![0].message).toContain('IR-02');
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', labelFa: 'کد استان' });
  });

  it('a malformed ID, in each subgraph', async () => {
    const { body } = await federation.query(
      `{ organization(id: "42") { name } project(id: "x") { title } agreement(id: "4134") { title } }`,
    );
    expect(body.data).toEqual({ organization: null, project: null, agreement: null });
    expect(body.errors).toHaveLength(3);
    for (const error of body.errors!) {
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(error.message).toContain('UUID');
    }
  });

  it('an argument of the wrong type: 400 and GRAPHQL_VALIDATION_FAILED, before any subgraph is asked', async () => {
    const { status, body } = await federation.query(`{ provinces(first: "ten") { totalCount } }`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0].message).toMatch(/Int/);
  });

  it('a page larger than allowed, or a forged cursor', async () => {
    const tooMany = await federation.query(`{ provinces(first: 1000) { totalCount } }`);
    expect(tooMany.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await federation.query(`{ provinces(after: "not-a-cursor") { totalCount } }`);
    expect(forged.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('a body that is not JSON: 400', async () => {
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('a body in a charset other than UTF-8: 415 saying so; a gzip-compressed body is read as any other', async () => {
    const body = JSON.stringify({ query: '{ provinces { totalCount } }' });
    const latin1 = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=latin1' },
      body,
    });
    expect(latin1.status).toBe(415);
    expect(((await latin1.json()) as any).errors[0]).toEqual({
      message: 'Bad request: the body must be UTF-8',
      extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
    });
    const gzipped = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(body),
    });
    expect(((await gzipped.json()) as any).data.provinces.totalCount).toBe(31);
  });

  it('an answer, from the gateway and from a subgraph, carries its request ID and no ETag (nothing caches a POST)', async () => {
    const asTheGateway = await forwardedIdentity('organizations');
    for (const [url, identity] of [
      [federation.gatewayUrl, {}],
      [federation.subgraphs.organizations.url, asTheGateway],
    ] as const) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'bad-input-1', ...identity },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBe('bad-input-1');
      expect(response.headers.get('etag')).toBeNull();
    }
  });

  it('leaves every service up and answering', async () => {
    const { body } = await federation.query(`{ provinces { totalCount } projects { totalCount } agreements { totalCount } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.provinces.totalCount).toBe(31);
  });
});
