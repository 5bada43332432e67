import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { normalizePersian, openDatabase, searchText, seedIds, type DatabaseConfig } from '@hamyar/shared';
import { ENTITIES } from '../subgraphs/organizations/src/entities';
import { MIGRATIONS } from '../subgraphs/organizations/src/migrations';
import { CreateOrganizations1764000000000 } from '../subgraphs/organizations/src/migrations/1764000000000-create-organizations';

/**
 * A database made before search_text existed (only the first migration), with rows typed on an Arabic
 * keyboard, is brought up to date: the migration fills search_text for the rows already there.
 */
describe('organizations: the search-text migration on a database that already has rows', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-migration-'));
  const config: DatabaseConfig = process.env.DATABASE_URL
    ? { kind: 'postgres', url: process.env.DATABASE_URL, schema: `test_${randomBytes(4).toString('hex')}_migration` }
    : { kind: 'embedded', dataDir, schema: 'public' };

  afterAll(async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (config.kind === 'postgres') {
      const client = new pg.Client(config.url);
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${config.schema}" CASCADE`);
      await client.end();
    }
  });

  it('fills search_text of every existing row, normalised, and numbers existing figures in insertion order', async () => {
    const arabicName = 'سازمان همياري شهرداري\u200Cهاي استان فارس';
    const organizationId = seedIds.organization('IR-07');
    const municipalityId = seedIds.municipality('IR-07', 'Meymand');
    const old = await openDatabase({ subgraph: 'organizations', config, entities: [], migrations: [CreateOrganizations1764000000000] });
    try {
      const q = (text: string, params: unknown[] = []) => old.dataSource.query(text, params);
      await q(`INSERT INTO province VALUES ('IR-07', 'فارس', 'Fars', 'شيراز', 'Shiraz')`);
      await q(
        `INSERT INTO organization (id, province_code, name_fa, name_en, ceo_name_fa) VALUES ($1, 'IR-07', $2, 'Fars MCO', 'علي سيد نصيري')`,
        [organizationId, arabicName],
      );
      await q(
        `INSERT INTO municipality (id, province_code, name_fa, name_en, is_provincial_capital) VALUES ($1, 'IR-07', 'ميمند', 'Meymand', false)`,
        [municipalityId],
      );
      await q(
        `INSERT INTO subsidiary_company (id, organization_id, name_fa, name_en, activity_fa) VALUES ($1, $2, 'هميار نت', 'Hamyar Net', 'فناوري')`,
        [randomUUID(), organizationId],
      );
      for (const value of [84, 90]) {
        await q(
          `INSERT INTO organization_figure (id, organization_id, metric, kind, value, report_id) VALUES ($1, $2, 'SHAREHOLDER_MUNICIPALITIES', 'ACTUAL', $3, 'news-003')`,
          [randomUUID(), organizationId, value],
        );
      }
    } finally {
      await old.close();
    }

    const current = await openDatabase({ subgraph: 'organizations', config, entities: ENTITIES, migrations: MIGRATIONS });
    try {
      const q = (text: string, params: unknown[] = []) => current.dataSource.query(text, params);
      const [organization] = await q(`SELECT name_fa, search_text FROM organization`);
      expect(organization.name_fa).toBe(arabicName);
      expect(organization.search_text).toBe(searchText(arabicName, 'Fars MCO', 'علي سيد نصيري'));
      expect(organization.search_text).toContain('سازمان همیاری شهرداری های استان فارس');
      expect(organization.search_text).toContain('fars mco');
      const [municipality] = await q(`SELECT search_text FROM municipality`);
      expect(municipality.search_text).toBe('میمند meymand');
      const [province] = await q(`SELECT search_text FROM province`);
      expect(province.search_text).toBe('ir-07 فارس fars شیراز shiraz');
      const [subsidiary] = await q(`SELECT search_text FROM subsidiary_company`);
      expect(subsidiary.search_text).toBe(normalizePersian('هميار نت Hamyar Net فناوري'));
      // found with Persian letters
      const found = await q(`SELECT id FROM organization WHERE search_text LIKE $1`, [`%${normalizePersian('همیاری شهرداری های')}%`]);
      expect(found).toEqual([{ id: organizationId }]);
      const figures = await q(`SELECT value FROM organization_figure ORDER BY recorded_order`);
      expect(figures.map((f: { value: number }) => f.value)).toEqual([84, 90]);
      const indexes = await q(`SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND indexname LIKE '%_search' ORDER BY indexname`, [
        config.schema,
      ]);
      expect(indexes.map((i: { indexname: string }) => i.indexname)).toEqual([
        'municipality_search',
        'organization_search',
        'province_search',
        'subsidiary_company_search',
      ]);
    } finally {
      await current.close();
    }
  });
});
