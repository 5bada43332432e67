import { seedIds } from '@hamyar/shared';
import { sharedFederation, type SharedFederation } from './support/shared-federation';

let federation: SharedFederation;
beforeAll(async () => {
  federation = await sharedFederation();
});

describe('one query through the gateway answers from all three subgraphs', () => {
  it("gives Mazandaran's solar projects and MoU 4134 of 1404-10-15 (2026-01-05)", async () => {
    const { status, body } = await federation.query(`{
      province(code: "IR-02") {
        nameFa
        organization {
          name
          projects { nodes { title } }
          agreements { nodes { number signedOn { jalali iso } } }
        }
      }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const province = body.data.province;
    expect(province.nameFa).toBe('مازندران');
    expect(province.organization.name).toBe('سازمان همیاری شهرداری‌های استان مازندران');
    expect(province.organization.projects.nodes.map((p: { title: string }) => p.title)).toContain('احداث نیروگاه‌های خورشیدی');
    expect(province.organization.agreements.nodes).toContainEqual({
      number: '4134',
      signedOn: { jalali: '1404-10-15', iso: '2026-01-05' },
    });
  });

  it('walks organization → projects → agreements → partner organizations → their province and back', async () => {
    const { body } = await federation.query(
      `query($id: ID!) {
        organization(id: $id) {
          province { code }
          projects(first: 10) {
            nodes {
              title
              agreements(first: 5) {
                nodes {
                  title
                  parties { role name organization { name province { code nameEn projects { totalCount } } } }
                  projects(first: 5) { nodes { id organization { province { code } } } }
                }
              }
            }
          }
        }
      }`,
      { id: seedIds.organization('IR-02') },
    );
    expect(body.errors).toBeUndefined();
    const solar = body.data.organization.projects.nodes.find((p: { title: string }) => p.title === 'احداث نیروگاه‌های خورشیدی');
    const mou = solar.agreements.nodes[0];
    expect(mou.title).toBe('تفاهم‌نامه مشترک اجرای پروژه‌های نیروگاه خورشیدی');
    const coordinator = mou.parties.find((p: { role: string }) => p.role === 'COORDINATOR');
    expect(coordinator.organization.province).toEqual({ code: 'IR-02', nameEn: 'Mazandaran', projects: { totalCount: 2 } });
    expect(mou.parties.filter((p: { role: string }) => p.role === 'IMPLEMENTER').map((p: { name: string }) => p.name)).toContain(
      'دهیاری‌های استان مازندران',
    );
    // and back: the agreement's linked project resolves through the projects subgraph to its organization's province
    expect(mou.projects.nodes).toEqual([
      { id: seedIds.project('mazandaran/solar-power-plants'), organization: { province: { code: 'IR-02' } } },
    ]);
  });

  it("shows the Mashhad summit's 1-to-11 star of named partner provinces", async () => {
    const { body } = await federation.query(`{
      events { nodes { name city reportedAgreementCount reportedPartnerProvinceCount expectedDirectJobs
        hostOrganization { province { code } }
        agreements(first: 50) { totalCount nodes { parties { organization { province { code } } } } } } }
    }`);
    expect(body.errors).toBeUndefined();
    const summit = body.data.events.nodes.find((e: { city: string }) => e.city === 'مشهد');
    expect(summit).toMatchObject({ reportedAgreementCount: 250, reportedPartnerProvinceCount: 12, expectedDirectJobs: 20000 });
    expect(summit.hostOrganization.province.code).toBe('IR-09');
    expect(summit.agreements.totalCount).toBe(11);
    const partners = summit.agreements.nodes.map(
      (a: any) => a.parties.map((p: any) => p.organization.province.code).filter((c: string) => c !== 'IR-09')[0],
    );
    expect(partners.sort()).toEqual(['IR-01', 'IR-02', 'IR-03', 'IR-04', 'IR-06', 'IR-07', 'IR-08', 'IR-10', 'IR-11', 'IR-21', 'IR-23']);
  });

  it("keeps Fars's reported figures, stakes and budgets exact and sourced", async () => {
    const { body } = await federation.query(`{
      province(code: "IR-07") {
        organization {
          ceoName shareholderMunicipalityCount municipalityCount
          figures { nodes { metric kind value asOfText source { reportId } } }
          shareholdings { nodes { percent isAmongLargest municipality { nameEn } } }
          subsidiaries { nodes { nameEn } }
          projects(first: 20) { nodes { titleEn budget { isRange reportedText min { rials tomans } max { rials } } parties { nameEn role } sources { reportId excerpt } } }
        }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const fars = body.data.province.organization;
    expect(fars).toMatchObject({ ceoName: 'علی سید نصیری', shareholderMunicipalityCount: 84, municipalityCount: 120 });
    expect(fars.figures.nodes).toContainEqual({
      metric: 'STAFF_SUPPLIED_TO_MUNICIPALITIES',
      kind: 'TARGET',
      value: 4000,
      asOfText: 'اردیبهشت سال آینده',
      source: { reportId: 'news-003' },
    });
    expect(fars.shareholdings.nodes[0]).toEqual({ percent: '20.00', isAmongLargest: true, municipality: { nameEn: 'Shiraz' } });
    // Hamyar Net is not Fars's: its report says only that its chief executive announced an event.
    expect(fars.subsidiaries.nodes).toEqual([]);
    const hospital = fars.projects.nodes.find((p: any) => p.titleEn === 'Building the Jannat hospital');
    expect(hospital.budget).toEqual({
      isRange: false,
      reportedText: '۲۰ میلیارد تومان',
      min: { rials: '200000000000', tomans: '20000000000' },
      max: { rials: '200000000000' },
    });
    expect(hospital.parties).toEqual([{ nameEn: 'Martyr Foundation', role: 'OWNER' }]);
    const building = fars.projects.nodes.find((p: any) => p.titleEn.includes('Zand Boulevard'));
    expect(building.budget).toMatchObject({ isRange: true, min: { rials: '1300000000000' }, max: { rials: '1500000000000' } });
    for (const project of fars.projects.nodes) expect(project.sources[0].reportId).toBe('news-003');
  });
});
