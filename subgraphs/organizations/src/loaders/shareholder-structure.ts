import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { BATCH_OPTIONS } from '@hamyar/shared';

/** What `ShareholderStructure` resolves from; percentages are exact decimal strings with two places. */
export interface ShareholderStructureView {
  readonly totalKnownPercent: string | null;
  readonly unallocatedPercent: string | null;
  readonly holderCount: number;
  readonly holdersWithoutFigure: number;
  readonly isComplete: boolean;
}

/**
 * Every organization's stakes added up in SQL, exactly (numeric), all parents of a request in one statement.
 * Nothing reported stays null, never zero: without a holder with a figure there is no known total, and
 * without any recorded holder no known unallocated share.
 */
const SHAREHOLDER_STRUCTURE_SQL = `
  SELECT k.id::text AS organization_id,
         sum(s.percent)::numeric(7,2)::text AS total_known_percent,
         CASE WHEN count(s.id) = 0 OR count(s.id) FILTER (WHERE s.percent IS NULL) > 0 THEN NULL
              ELSE (100 - sum(s.percent))::numeric(7,2)::text END AS unallocated_percent,
         count(s.id)::int AS holder_count,
         (count(s.id) FILTER (WHERE s.percent IS NULL))::int AS holders_without_figure,
         (count(s.id) > 0 AND count(s.id) FILTER (WHERE s.percent IS NULL) = 0 AND COALESCE(sum(s.percent), 0) = 100) AS is_complete
    FROM unnest($1::uuid[]) AS k(id)
    LEFT JOIN shareholding s ON s.organization_id = k.id
   GROUP BY k.id`;

export function shareholderStructureLoader(dataSource: DataSource): DataLoader<string, ShareholderStructureView> {
  return new DataLoader<string, ShareholderStructureView>(async (ids) => {
    const rows: Record<string, unknown>[] = await dataSource.query(SHAREHOLDER_STRUCTURE_SQL, [[...ids]]);
    const byId = new Map(
      rows.map((row) => [
        String(row.organization_id),
        {
          totalKnownPercent: row.total_known_percent === null ? null : String(row.total_known_percent),
          unallocatedPercent: row.unallocated_percent === null ? null : String(row.unallocated_percent),
          holderCount: Number(row.holder_count),
          holdersWithoutFigure: Number(row.holders_without_figure),
          isComplete: Boolean(row.is_complete),
        },
      ]),
    );
    return ids.map((id) => byId.get(id)!);
  }, BATCH_OPTIONS);
}
