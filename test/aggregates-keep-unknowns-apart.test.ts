import { seedIds } from '@hamyar/shared';
import { editorOf, startFederation, type Federation } from './support/federation';

/**
 * Sums and counts run over reported values only: where nothing was reported the answer is null (not 0), and
 * how many records had no value is counted beside it; a sum that includes a lower bound says so. Checked
 * through the gateway for investmentSummary, agreementNetwork and the shareholder structure.
 */
describe('aggregates keep unknowns apart from zero', () => {
  let f: Federation;
  beforeAll(async () => {
    f = await startFederation();
  });
  afterAll(async () => {
    await f?.stop();
  });

  async function data(query: string, token?: string) {
    const response = await f.query(query, undefined, { token });
    expect(response.body.errors).toBeUndefined();
    return response.body.data;
  }

  const SUMMARY = `projectCount projectsWithBudget projectsWithoutBudget budgetRanges budgetMin { rials } budgetMax { rials }
    projectsWithJobs projectsWithoutJobs expectedJobs expectedJobsQualifier projectsWithoutStatus`;

  it('investmentSummary: a group with no reported budget or jobs has null sums and counts what is missing', async () => {
    const { investmentSummary } = await data(`{ investmentSummary(groupBy: [PROVINCE]) { province { code } ${SUMMARY} } }`);
    const mazandaran = investmentSummary.find((g: { province: { code: string } }) => g.province.code === 'IR-02');
    expect(mazandaran).toEqual({
      province: { code: 'IR-02' },
      projectCount: 2,
      projectsWithBudget: 0,
      projectsWithoutBudget: 2,
      budgetRanges: 0,
      budgetMin: null,
      budgetMax: null,
      projectsWithJobs: 0,
      projectsWithoutJobs: 2,
      expectedJobs: null,
      expectedJobsQualifier: null,
      projectsWithoutStatus: 0,
    });
    const fars = investmentSummary.find((g: { province: { code: string } }) => g.province.code === 'IR-07');
    // Jannat (20 billion tomans) and the Zand office building (130 to 150): the other three have no budget.
    expect(fars).toMatchObject({
      projectCount: 5,
      projectsWithBudget: 2,
      projectsWithoutBudget: 3,
      budgetRanges: 1,
      budgetMin: { rials: '1500000000000' },
      budgetMax: { rials: '1700000000000' },
      expectedJobs: null,
      projectsWithoutJobs: 5,
      projectsWithoutStatus: 4,
    });
  });

  it('investmentSummary: projects without a reported status form their own group, and a sum with a lower bound says so', async () => {
    const { investmentSummary } = await data(
      `{ investmentSummary(groupBy: [STATUS], filter: { isSynthetic: false }) { status projectCount projectsWithoutStatus } }`,
    );
    expect(investmentSummary).toContainEqual({ status: null, projectCount: 4, projectsWithoutStatus: 4 });
    expect(investmentSummary.find((g: { status: string | null }) => g.status === 'IN_PROGRESS')).toEqual({
      status: 'IN_PROGRESS',
      projectCount: 1,
      projectsWithoutStatus: 0,
    });

    const token = await editorOf('IR-08');
    for (const [title, jobs, qualifier] of [
      ['طرح آزمایشی کرمان الف', 100, 'AT_LEAST'],
      ['طرح آزمایشی کرمان ب', 50, undefined],
    ] as const) {
      await data(
        `mutation { createProject(input: { organizationId: "${seedIds.organization('IR-08')}", title: "${title}", sector: OTHER, expectedJobs: ${jobs}
           ${qualifier ? `, expectedJobsQualifier: ${qualifier}` : ''} }) { id } }`,
        token,
      );
    }
    const { investmentSummary: kerman } = await data(
      `{ investmentSummary(groupBy: [], filter: { provinceCodes: ["IR-08"] }) { ${SUMMARY} } }`,
    );
    expect(kerman).toEqual([
      expect.objectContaining({
        projectCount: 2,
        projectsWithJobs: 2,
        projectsWithoutJobs: 0,
        expectedJobs: 150,
        expectedJobsQualifier: 'AT_LEAST',
        budgetMin: null,
        projectsWithoutBudget: 2,
      }),
    ]);
    const { investmentSummary: none } = await data(
      `{ investmentSummary(groupBy: [], filter: { provinceCodes: ["IR-30"] }) { ${SUMMARY} } }`,
    );
    // A total over no project at all: zero projects, and sums that are not known rather than 0.
    expect(none).toEqual([
      expect.objectContaining({ projectCount: 0, budgetMin: null, budgetMax: null, expectedJobs: null, expectedJobsQualifier: null }),
    ]);
  });

  it('agreementNetwork: no reported jobs is null with the agreements counted, and derived areas are counted and flagged', async () => {
    const { agreementNetwork } = await data(`{ agreementNetwork(filter: { provinceCodes: ["IR-09"] }) {
      totalAgreements agreementsWithoutAreas agreementsWithDerivedAreas expectedJobs agreementsWithoutJobs
      edges { from { code } to { code } agreementCount agreementsWithoutAreas agreementsWithDerivedAreas areasAreDerived expectedJobs agreementsWithoutJobs }
    } }`);
    expect(agreementNetwork).toMatchObject({
      totalAgreements: 11,
      agreementsWithoutAreas: 0,
      agreementsWithDerivedAreas: 11,
      expectedJobs: null,
      agreementsWithoutJobs: 11,
    });
    expect(agreementNetwork.edges).toHaveLength(11);
    for (const edge of agreementNetwork.edges) {
      expect(edge).toMatchObject({
        agreementCount: 1,
        agreementsWithoutAreas: 0,
        agreementsWithDerivedAreas: 1,
        areasAreDerived: true,
        expectedJobs: null,
        agreementsWithoutJobs: 1,
      });
    }
    const { agreementNetwork: empty } = await data(
      `{ agreementNetwork(filter: { provinceCodes: ["IR-30"] }) { totalAgreements expectedJobs agreementsWithoutJobs edges { agreementCount } } }`,
    );
    expect(empty).toEqual({ totalAgreements: 0, expectedJobs: null, agreementsWithoutJobs: 0, edges: [] });
  });

  it('the shareholder structure: nothing recorded is null, not 0% held and 100% unallocated', async () => {
    const STRUCTURE = 'shareholderStructure { totalKnownPercent unallocatedPercent holderCount holdersWithoutFigure isComplete }';
    const { mazandaran, fars } = await data(`{
      mazandaran: province(code: "IR-02") { organization { ${STRUCTURE} } }
      fars: province(code: "IR-07") { organization { ${STRUCTURE} } }
    }`);
    expect(mazandaran.organization.shareholderStructure).toEqual({
      totalKnownPercent: null,
      unallocatedPercent: null,
      holderCount: 0,
      holdersWithoutFigure: 0,
      isComplete: false,
    });
    // Shiraz 20%, Meymand named without a figure: the known total is 20, the rest not known.
    expect(fars.organization.shareholderStructure).toEqual({
      totalKnownPercent: '20.00',
      unallocatedPercent: null,
      holderCount: 2,
      holdersWithoutFigure: 1,
      isComplete: false,
    });
  });
});
