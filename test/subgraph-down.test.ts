import { startGateway } from '../gateway/src/gateway';
import { SUPERGRAPH_FILE } from '../gateway/src/compose/compose-supergraph';
import net from 'node:net';
import { TEST_GATEWAY_SIGNING, postGraphQL, startFederation, type Federation } from './support/federation';

describe('when a subgraph is down', () => {
  let federation: Federation;
  beforeAll(async () => {
    federation = await startFederation();
    await federation.subgraphs.agreements.stop();
  });
  afterAll(() => federation?.stop());

  it('the gateway still answers what the other subgraphs own, and says which part failed', async () => {
    const { status, body } = await federation.query(`{
      province(code: "IR-02") {
        nameFa
        projects { nodes { title } }
        organization { name }
      }
      agreements { totalCount }
    }`);
    expect(status).toBe(200);
    expect(body.data.province.nameFa).toBe('مازندران');
    expect(body.data.province.projects.nodes.length).toBe(2);
    expect(body.data.agreements).toBeNull();
    expect(body.errors!.length).toBeGreaterThan(0);
    expect(body.errors).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining('Subgraph "agreements" is unreachable'),
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'agreements' }),
      }),
    );
  });
});

describe('when every subgraph is down', () => {
  it('the gateway starts anyway from the committed supergraph, and answers with errors, not a crash', async () => {
    const closed = `http://127.0.0.1:${await closedPort()}/graphql`;
    const gateway = await startGateway({
      host: '127.0.0.1',
      port: 0,
      supergraphFile: SUPERGRAPH_FILE,
      subgraphUrls: { organizations: closed, projects: closed, agreements: closed },
      subgraphTimeoutMs: 2_000,
      signing: TEST_GATEWAY_SIGNING,
      auth: {},
      logLevel: 'warn',
    });
    try {
      const ready = await fetch(gateway.url.replace('/graphql', '/health/ready'));
      expect(ready.status).toBe(200);
      const { status, body } = await postGraphQL(gateway.url, `{ provinces { totalCount } }`);
      expect(status).toBe(200);
      expect(body.data).toEqual({ provinces: null });
      expect(body.errors![0].message).toBe('Subgraph "organizations" is unreachable (ECONNREFUSED)');
      expect(body.errors![0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'organizations' });
    } finally {
      await gateway.stop();
    }
  });
});

/** A port nothing listens on: bound by the OS for us, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
