import { whereClause, type SqlCondition } from '@hamyar/shared';
import type { DataSource } from 'typeorm';

export interface NetworkArea {
  readonly code: string;
  readonly nameFa: string;
  readonly nameEn: string;
}

/** Counts and a sum over a set of agreements: reported values only, null when none, the missing counted. */
export interface NetworkTotals {
  readonly agreementCount: number;
  readonly agreementsWithoutAreas: number;
  readonly agreementsWithDerivedAreas: number;
  readonly expectedJobs: number | null;
  readonly agreementsWithoutJobs: number;
}

export interface NetworkEdge extends NetworkTotals {
  readonly from: string;
  readonly to: string;
  readonly areas: readonly NetworkArea[];
}

export interface AgreementNetworkRows {
  readonly edges: readonly NetworkEdge[];
  readonly totals: NetworkTotals;
}

/** The same aggregates for an edge and for the whole network, over a relation of `facts` rows. */
const TOTALS =
  `count(*)::int AS agreement_count, (count(*) FILTER (WHERE NOT f.has_areas))::int AS without_areas, ` +
  `(count(*) FILTER (WHERE f.derived_areas))::int AS derived_areas, sum(f.expected_jobs)::int AS expected_jobs, ` +
  `(count(*) - count(f.expected_jobs))::int AS without_jobs`;

/**
 * The province-to-province network of the agreements a filter selects, in one SQL statement: every pair of
 * parties of one agreement in two different provinces is an undirected edge (the smaller code first); an
 * edge counts its agreements and gathers their cooperation areas (in the order the agreements list them).
 * Edges and the whole network (the agreements on at least one edge) count the agreements without areas and
 * with derived areas, and sum jobs forecasts where reported (NULL when none was, never 0).
 */
function agreementNetworkSql(conditions: readonly SqlCondition[]): { text: string; params: unknown[] } {
  const { sql: where, params } = whereClause(conditions);
  const text =
    `WITH filtered AS (SELECT t.id FROM agreement t${where}), ` +
    `pairs AS (` +
    `SELECT DISTINCT a.agreement_id, a.province_code AS low, b.province_code AS high ` +
    `FROM agreement_party a JOIN agreement_party b ON b.agreement_id = a.agreement_id AND a.province_code < b.province_code COLLATE "C" ` +
    `WHERE a.agreement_id IN (SELECT id FROM filtered)), ` +
    `facts AS (` +
    `SELECT g.id AS agreement_id, g.expected_jobs, ` +
    `EXISTS (SELECT 1 FROM agreement_area x WHERE x.agreement_id = g.id) AS has_areas, ` +
    `g.derivations @> '[{"field": "cooperationAreas"}]'::jsonb AS derived_areas ` +
    `FROM agreement g WHERE g.id IN (SELECT agreement_id FROM pairs)), ` +
    `edges AS (SELECT p.low, p.high, ${TOTALS} FROM pairs p JOIN facts f ON f.agreement_id = p.agreement_id GROUP BY p.low, p.high), ` +
    `totals AS (SELECT ${TOTALS} FROM facts f), ` +
    `edge_areas AS (` +
    `SELECT low, high, json_agg(json_build_object('code', code, 'nameFa', name_fa, 'nameEn', name_en) ORDER BY position, code) AS areas ` +
    `FROM (SELECT p.low, p.high, c.code, c.name_fa, c.name_en, min(aa.position) AS position ` +
    `FROM pairs p JOIN agreement_area aa ON aa.agreement_id = p.agreement_id JOIN cooperation_area c ON c.code = aa.area_code ` +
    `GROUP BY p.low, p.high, c.code, c.name_fa, c.name_en) d GROUP BY low, high) ` +
    `SELECT e.low, e.high, e.agreement_count, e.without_areas, e.derived_areas, e.expected_jobs, e.without_jobs, ` +
    `COALESCE(ea.areas, '[]'::json) AS areas, t.agreement_count AS total_agreements, t.without_areas AS total_without_areas, ` +
    `t.derived_areas AS total_derived_areas, t.expected_jobs AS total_expected_jobs, t.without_jobs AS total_without_jobs ` +
    `FROM totals t LEFT JOIN (edges e LEFT JOIN edge_areas ea ON ea.low = e.low AND ea.high = e.high) ON true ` +
    `ORDER BY e.low COLLATE "C", e.high COLLATE "C"`;
  return { text, params };
}

type Row = Record<string, unknown>;

const totalsOf = (row: Row, prefix: string): NetworkTotals => ({
  agreementCount: Number(row[`${prefix}agreement${prefix ? 's' : '_count'}`]),
  agreementsWithoutAreas: Number(row[`${prefix}without_areas`]),
  agreementsWithDerivedAreas: Number(row[`${prefix}derived_areas`]),
  expectedJobs: row[`${prefix}expected_jobs`] === null ? null : Number(row[`${prefix}expected_jobs`]),
  agreementsWithoutJobs: Number(row[`${prefix}without_jobs`]),
});

export async function loadAgreementNetwork(dataSource: DataSource, conditions: readonly SqlCondition[]): Promise<AgreementNetworkRows> {
  const { text, params } = agreementNetworkSql(conditions);
  const rows: Row[] = await dataSource.query(text, params);
  return {
    edges: rows
      .filter((row) => row.low !== null)
      .map((row) => ({ from: String(row.low), to: String(row.high), areas: row.areas as NetworkArea[], ...totalsOf(row, '') })),
    totals: totalsOf(rows[0], 'total_'),
  };
}
