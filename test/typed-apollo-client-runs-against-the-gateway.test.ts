import { changeProjectStatus, createHamyarClient, loadProvinceOverview } from '../clients/apollo-example';
import { editorOf, startFederation, type Federation } from './support/federation';

let federation: Federation;
beforeAll(async () => {
  federation = await startFederation();
});
afterAll(() => federation?.stop());

describe("a frontend's typed Apollo Client works against the gateway", () => {
  it("loads Mazandaran's province page with the generated document, and caches entities under their @key", async () => {
    const client = createHamyarClient(federation.gatewayUrl);
    const province = await loadProvinceOverview(client, 'IR-02');
    expect(province?.nameFa).toBe('مازندران');
    expect(province?.organization?.name).toBe('سازمان همیاری شهرداری‌های استان مازندران');
    const titles = province?.organization?.projects?.nodes.map((project) => project.title);
    expect(titles).toContain('احداث نیروگاه‌های خورشیدی');
    const cache = client.cache.extract() as Record<string, { __typename?: string }>;
    expect(cache['Province:{"code":"IR-02"}']).toMatchObject({ nameFa: 'مازندران' });
    expect(cache[`Organization:{"id":"${province?.organization?.id}"}`]).toMatchObject({ __typename: 'Organization' });
  });

  it("an editor's status change updates the project wherever the cache holds it", async () => {
    const client = createHamyarClient(federation.gatewayUrl, await editorOf('IR-02'));
    const province = await loadProvinceOverview(client, 'IR-02');
    const solar = province!.organization!.projects!.nodes.find((project) => project.title === 'احداث نیروگاه‌های خورشیدی')!;
    const next = solar.status === 'IN_PROGRESS' ? 'SUSPENDED' : 'IN_PROGRESS';
    const changed = await changeProjectStatus(client, solar.id, solar.version, next);
    expect(changed).toMatchObject({ id: solar.id, status: next, version: solar.version + 1 });
    // No refetch: the province page's cached list shows the new status, since both are InvestmentProject:{id}.
    const again = await loadProvinceOverview(client, 'IR-02');
    expect(again!.organization!.projects!.nodes.find((project) => project.id === solar.id)).toMatchObject({
      status: next,
      version: solar.version + 1,
    });
  });
});
