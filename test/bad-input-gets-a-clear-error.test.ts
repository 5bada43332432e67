import { sharedFederation, type SharedFederation } from './support/shared-federation';

let federation: SharedFederation;
beforeAll(async () => {
  federation = await sharedFederation();
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

  it('leaves every service up and answering', async () => {
    const { body } = await federation.query(`{ provinces { totalCount } projects { totalCount } agreements { totalCount } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.provinces.totalCount).toBe(31);
  });
});
