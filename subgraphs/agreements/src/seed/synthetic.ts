import { PROVINCES, SeededRandom, seedIds, unnestInsert } from '@hamyar/shared';
import type { DataSource } from 'typeorm';
import { agreementSearchText } from '../domain/agreement-search-text';
import type { AgreementStatus } from '../entities/agreement.entity';
import { COOPERATION_AREAS } from './source-record';

const STATUSES: readonly AgreementStatus[] = ['SIGNED', 'IN_IMPLEMENTATION', 'COMPLETED'];
const BATCH = 2_000;

const AGREEMENT_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'number', type: 'text' },
  { name: 'number_as_reported', type: 'text' },
  { name: 'title_fa', type: 'text' },
  { name: 'title_en', type: 'text' },
  { name: 'signed_on', type: 'date' },
  { name: 'status', type: 'varchar' },
  { name: 'is_synthetic', type: 'boolean' },
  { name: 'search_text', type: 'text' },
] as const;
const PARTY_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'agreement_id', type: 'uuid' },
  { name: 'organization_id', type: 'uuid' },
  { name: 'province_code', type: 'varchar' },
  { name: 'role', type: 'varchar' },
  { name: 'position', type: 'int' },
] as const;
const AREA_COLUMNS = [
  { name: 'agreement_id', type: 'uuid' },
  { name: 'area_code', type: 'varchar' },
  { name: 'position', type: 'int' },
] as const;
const PROJECT_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'agreement_id', type: 'uuid' },
  { name: 'project_id', type: 'uuid' },
] as const;

/**
 * Generates `count` synthetic agreements between the cooperation organizations of two different provinces,
 * deterministic from `seed`, marked `is_synthetic`, each with one to three cooperation areas and, when
 * project ids are given, sometimes a linked project. Whole columns go in per statement (unnest).
 */
export async function generateSyntheticAgreements(
  dataSource: DataSource,
  options: { count: number; seed: number; projectIds?: readonly string[]; onProgress?: (done: number) => void },
): Promise<void> {
  const random = new SeededRandom(options.seed ^ 0x5a5a5a5a);
  const sql = {
    agreement: unnestInsert('agreement', AGREEMENT_COLUMNS),
    party: unnestInsert('agreement_party', PARTY_COLUMNS),
    area: unnestInsert('agreement_area', AREA_COLUMNS),
    project: unnestInsert('agreement_project', PROJECT_COLUMNS),
  };
  const projectIds = options.projectIds ?? [];
  for (let done = 0; done < options.count;) {
    const size = Math.min(BATCH, options.count - done);
    const rows = { agreement: [] as unknown[][], party: [] as unknown[][], area: [] as unknown[][], project: [] as unknown[][] };
    for (let i = 0; i < size; i++) {
      const n = done + i + 1;
      const id = random.uuid();
      const first = random.pick(PROVINCES);
      let second = random.pick(PROVINCES);
      while (second.code === first.code) second = random.pick(PROVINCES);
      const number = String(10_000 + n);
      const titleFa = `تفاهم‌نامهٔ همکاری ${first.nameFa} و ${second.nameFa} شمارهٔ ${n} (داده مصنوعی)`;
      const titleEn = `Synthetic cooperation MoU ${n} between ${first.nameEn} and ${second.nameEn}`;
      rows.agreement.push([
        id,
        number,
        number,
        titleFa,
        titleEn,
        random.isoDay('2016-03-20', '2026-11-20'),
        random.pick(STATUSES),
        true,
        agreementSearchText({ titleFa, titleEn, descriptionFa: null, number, numberAsReported: number }),
      ]);
      [first, second].forEach((province, position) =>
        rows.party.push([random.uuid(), id, seedIds.organization(province.code), province.code, 'SIGNATORY', position]),
      );
      const areas = new Set<string>();
      for (let a = random.int(1, 3); areas.size < a;) areas.add(random.pick(COOPERATION_AREAS).code);
      [...areas].forEach((code, position) => rows.area.push([id, code, position]));
      if (projectIds.length > 0 && random.chance(0.2)) rows.project.push([random.uuid(), id, random.pick(projectIds)]);
    }
    await dataSource.transaction(async (manager) => {
      for (const table of ['agreement', 'party', 'area', 'project'] as const) {
        if (rows[table].length === 0) continue;
        const columns = rows[table][0].map((_, c) => rows[table].map((row) => row[c]));
        await manager.query(sql[table], columns);
      }
    });
    done += size;
    options.onProgress?.(done);
  }
}
