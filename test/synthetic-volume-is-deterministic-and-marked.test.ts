import { openDatabase, type Database } from '@hamyar/shared';
import { ENTITIES } from '../subgraphs/projects/src/entities';
import { MIGRATIONS } from '../subgraphs/projects/src/migrations';
import { generateSyntheticProjects } from '../subgraphs/projects/src/seed/synthetic';
import { generateSyntheticAgreements } from '../subgraphs/agreements/src/seed/synthetic';
import { dropSchemas, startFederation, testDatabase, type Federation } from './support/federation';

const configs = [testDatabase('synthetic_a'), testDatabase('synthetic_b'), testDatabase('synthetic_c')];
const openProjects = (i: number) => openDatabase({ subgraph: 'projects', config: configs[i], entities: ENTITIES, migrations: MIGRATIONS });
const snapshot = (db: Database) =>
  db.dataSource.query(
    `SELECT id, title_fa, status, budget_min_rials::text, budget_max_rials::text, started_on::text, search_text FROM investment_project ORDER BY id`,
  );

describe('synthetic volume data', () => {
  it('is the same for the same seed, and different for another', async () => {
    const databases = [await openProjects(0), await openProjects(1), await openProjects(2)];
    try {
      await generateSyntheticProjects(databases[0].dataSource, { count: 300, seed: 5 });
      await generateSyntheticProjects(databases[1].dataSource, { count: 300, seed: 5 });
      await generateSyntheticProjects(databases[2].dataSource, { count: 300, seed: 6 });
      const [a, b, c] = await Promise.all(databases.map(snapshot));
      expect(a).toHaveLength(300);
      expect(b).toEqual(a);
      expect(c).not.toEqual(a);
    } finally {
      await Promise.all(databases.map((database) => database.close()));
      await dropSchemas(configs);
    }
  });

  describe('loaded into a running federation', () => {
    let federation: Federation;
    beforeAll(async () => {
      federation = await startFederation();
      const projectIds = await generateSyntheticProjects(federation.subgraphs.projects.database.dataSource, { count: 120, seed: 1 });
      await generateSyntheticAgreements(federation.subgraphs.agreements.database.dataSource, { count: 40, seed: 1, projectIds });
    });
    afterAll(() => federation?.stop());

    it('is marked synthetic and kept apart from the facts of the record', async () => {
      const { body } = await federation.query(`{
        synthetic: projects(filter: { isSynthetic: true }) { totalCount nodes { isSynthetic organization { province { code } } } }
        facts: projects(filter: { isSynthetic: false }) { totalCount }
        agreements(first: 100) { totalCount nodes { isSynthetic parties { organization { province { code } } } } }
      }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.synthetic.totalCount).toBe(120);
      expect(body.data.synthetic.nodes.every((p: any) => p.isSynthetic && /^IR-\d\d$/.test(p.organization.province.code))).toBe(true);
      expect(body.data.facts.totalCount).toBe(7);
      const synthetic = body.data.agreements.nodes.filter((a: any) => a.isSynthetic);
      expect(synthetic.length).toBe(40);
      for (const agreement of synthetic) {
        const [a, b] = agreement.parties.map((p: any) => p.organization.province.code);
        expect(a).not.toBe(b);
      }
    });
  });
});
