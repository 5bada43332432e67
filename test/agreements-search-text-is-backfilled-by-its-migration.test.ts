import type { RunningSubgraph } from '@hamyar/shared';
import { agreementsSubgraph } from '../subgraphs/agreements/src';
import { agreementSearchText } from '../subgraphs/agreements/src/domain/agreement-search-text';
import { startTestSubgraph, stopSubgraphs, testDatabase } from './support/federation';

let subgraph: RunningSubgraph;
beforeAll(async () => {
  // The real path, not the template's copy: this test is about what the migrations do.
  subgraph = await startTestSubgraph(agreementsSubgraph, testDatabase('agreements', { template: false }));
});
afterAll(() => (subgraph ? stopSubgraphs([subgraph]) : undefined));

describe('the search-text migration on a database that already holds agreements', () => {
  it('undoes cleanly, and when run again fills every existing row with the text the writes would give', async () => {
    const db = subgraph.database.dataSource;
    const [{ n: seeded }] = await db.query(`SELECT count(*)::int AS n FROM agreement`);
    // back to the tables as the first migration made them, rows and all (the seeded record): every migration
    // from the search-text one on is undone, newest first
    const executed: { name: string }[] = await db.query(`SELECT name FROM typeorm_migrations ORDER BY id DESC`);
    const toUndo = executed.findIndex((m) => m.name.startsWith('AgreementSearchText')) + 1;
    expect(toUndo).toBeGreaterThan(0);
    for (let i = 0; i < toUndo; i++) await db.undoLastMigration({ transaction: 'each' });
    const columns: { column_name: string }[] = await db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'agreement' AND table_schema = current_schema()`,
    );
    expect(columns.map((c) => c.column_name)).not.toContain('search_text');
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM agreement`);
    expect(n).toBe(seeded);

    await db.runMigrations({ transaction: 'each' });
    const rows: {
      title_fa: string;
      title_en: string | null;
      description_fa: string | null;
      number: string | null;
      number_as_reported: string | null;
      search_text: string;
    }[] = await db.query(`SELECT title_fa, title_en, description_fa, number, number_as_reported, search_text FROM agreement`);
    expect(rows).toHaveLength(seeded);
    for (const row of rows) {
      expect(row.search_text).not.toBe('');
      expect(row.search_text).toBe(
        agreementSearchText({
          titleFa: row.title_fa,
          titleEn: row.title_en,
          descriptionFa: row.description_fa,
          number: row.number,
          numberAsReported: row.number_as_reported,
        }),
      );
    }
    const [index] = await db.query(
      `SELECT indexdef FROM pg_indexes WHERE indexname = 'agreement_search' AND schemaname = current_schema()`,
    );
    expect(index.indexdef).toMatch(/USING gin \(search_text (public\.)?gin_trgm_ops\)/);
    const found = await db.query(`SELECT number FROM agreement WHERE search_text LIKE '%4134%'`);
    expect(found).toEqual([{ number: '4134' }]);
  });
});
