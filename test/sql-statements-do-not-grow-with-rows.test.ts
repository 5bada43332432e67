import { startFederation, type Federation } from './support/federation';

let federation: Federation;
beforeAll(async () => {
  // Every level at once for all 31 provinces is priced far past the default cost limit: this test lifts it.
  federation = await startFederation({ limits: { cost: 1_000_000 } });
});
afterAll(() => federation?.stop());

/** Every level of nesting, in every subgraph, for the first `n` provinces. */
const NESTED_QUERY = `query($n: Int) {
  provinces(first: $n) {
    totalCount
    nodes {
      code nameFa
      sources { reportId }
      municipalities { totalCount nodes { nameFa shareholding { percent } projects { totalCount } } }
      projects { totalCount nodes { title } }
      agreements(first: 50) { totalCount nodes { title } }
      organization {
        name ceoName shareholderMunicipalityCount
        figures { nodes { value source { reportId } } }
        shareholdings { nodes { percent municipality { nameFa } } }
        subsidiaries { nodes { nameFa } }
        sources { reportId }
        projects {
          totalCount
          nodes {
            title status budget { min { rials } }
            fundingSources { kind } parties { role } sources { reportId }
            agreements { nodes { number parties { role organization { name province { nameEn } } } cooperationAreas { code } event { name } } }
          }
        }
        agreements(first: 50) {
          totalCount
          nodes {
            number signedOn { jalali }
            cooperationAreas { code }
            sources { reportId }
            parties { role organization { name province { code organization { ceoName } } } }
            projects { nodes { title } }
          }
        }
      }
    }
  }
}`;

async function statementsFor(provinces: number) {
  let rows = 0;
  const counts = await federation.countStatements(async () => {
    const { body } = await federation.query(NESTED_QUERY, { n: provinces });
    expect(body.errors).toBeUndefined();
    rows = body.data.provinces.nodes.length;
  });
  return { rows, counts };
}

describe('the SQL a nested query costs each subgraph', () => {
  // The first ten provinces already reach every level with rows (Mazandaran, Fars and Razavi Khorasan are
  // among them), so from there on more provinces means more rows and must not mean more statements.
  it('is the same for 10 provinces and for all 31, and no more for 2', async () => {
    const few = await statementsFor(2);
    const some = await statementsFor(10);
    const all = await statementsFor(31);
    expect([few.rows, some.rows, all.rows]).toEqual([2, 10, 31]);
    for (const subgraph of ['organizations', 'projects', 'agreements'] as const) {
      expect(some.counts[subgraph]).toBeGreaterThan(0);
      expect(all.counts[subgraph]).toBe(some.counts[subgraph]);
      expect(few.counts[subgraph]).toBeLessThanOrEqual(all.counts[subgraph]);
    }
  });
});
