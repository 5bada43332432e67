import { PROVINCES, SeededRandom, seedIds, unnestInsert } from '@hamyar/shared';
import type { DataSource } from 'typeorm';
import { jalaliYearOf, projectSearchText } from '../domain/project-record';
import type { ProjectSector, ProjectStatus } from '../entities/investment-project.entity';

const SECTORS: readonly { code: ProjectSector; fa: string }[] = [
  { code: 'ENERGY', fa: 'نیروگاه خورشیدی' },
  { code: 'WASTE_MANAGEMENT', fa: 'مدیریت پسماند' },
  { code: 'ROADS_AND_PAVING', fa: 'آسفالت معابر' },
  { code: 'HEALTH', fa: 'درمانگاه' },
  { code: 'PUBLIC_BUILDINGS', fa: 'ساختمان اداری' },
  { code: 'TECHNOLOGY', fa: 'هوشمندسازی' },
  { code: 'TRADE', fa: 'بازارچه' },
  { code: 'TOURISM', fa: 'مجتمع گردشگری' },
];
const STATUSES: readonly ProjectStatus[] = ['PROPOSED', 'APPROVED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED', 'CANCELLED'];
const BATCH = 5_000;

const COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'organization_id', type: 'uuid' },
  { name: 'province_code', type: 'varchar' },
  { name: 'title_fa', type: 'text' },
  { name: 'title_en', type: 'text' },
  { name: 'sector', type: 'varchar' },
  { name: 'status', type: 'varchar' },
  { name: 'budget_min_rials', type: 'numeric' },
  { name: 'budget_max_rials', type: 'numeric' },
  { name: 'budget_reported_unit', type: 'varchar' },
  { name: 'expected_jobs', type: 'int' },
  { name: 'expected_jobs_qualifier', type: 'varchar' },
  { name: 'started_on', type: 'date' },
  { name: 'started_jalali_year', type: 'int' },
  { name: 'search_text', type: 'text' },
  { name: 'is_synthetic', type: 'boolean' },
] as const;

/**
 * Generates `count` synthetic projects, deterministic from `seed`, marked `is_synthetic` (they are volume for
 * benchmarks, never facts). Rows go in by whole columns, `BATCH` rows a statement, each batch its own
 * transaction, so a million rows take minutes, not hours. Returns the ids, for agreements to link to.
 */
export async function generateSyntheticProjects(
  dataSource: DataSource,
  options: { count: number; seed: number; onProgress?: (done: number) => void },
): Promise<string[]> {
  const random = new SeededRandom(options.seed);
  const ids: string[] = [];
  const sql = unnestInsert('investment_project', COLUMNS);
  for (let done = 0; done < options.count;) {
    const size = Math.min(BATCH, options.count - done);
    const columns: unknown[][] = COLUMNS.map(() => []);
    for (let i = 0; i < size; i++) {
      const n = done + i + 1;
      const province = random.pick(PROVINCES);
      const sector = random.pick(SECTORS);
      const titleFa = `${sector.fa} ${province.capitalFa} شمارهٔ ${n} (داده مصنوعی)`;
      const titleEn = `Synthetic ${sector.code.toLowerCase().replace(/_/g, ' ')} project ${n} in ${province.capitalEn}`;
      const hasBudget = random.chance(0.8);
      const min = hasBudget ? BigInt(random.int(1, 9_000_000)) * 1_000_000n : null;
      const max = min !== null && random.chance(0.3) ? min + BigInt(random.int(1, 2_000_000)) * 1_000_000n : min;
      const startedOn = random.chance(0.7) ? random.isoDay('2015-03-21', '2026-11-20') : null;
      const id = random.uuid();
      ids.push(id);
      const status = random.pick(STATUSES);
      // A generated job count is exact (the record's own counts carry their reported qualifier).
      const jobs = random.chance(0.5) ? random.int(1, 2_000) : null;
      const row = [
        id,
        seedIds.organization(province.code),
        province.code,
        titleFa,
        titleEn,
        sector.code,
        status,
        min?.toString() ?? null,
        max?.toString() ?? null,
        min !== null ? 'RIAL' : null,
        jobs,
        jobs === null ? null : 'EXACT',
        startedOn,
        jalaliYearOf(startedOn),
        projectSearchText({ titleFa, titleEn, descriptionFa: null }),
        true,
      ];
      row.forEach((value, c) => columns[c].push(value));
    }
    await dataSource.transaction((manager) => manager.query(sql, columns));
    done += size;
    options.onProgress?.(done);
  }
  return ids;
}
