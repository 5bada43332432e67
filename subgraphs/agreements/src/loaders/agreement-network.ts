import { whereClause, type SqlCondition } from '@hamyar/shared';
import type { DataSource } from 'typeorm';

export interface NetworkArea {
  readonly code: string;
  readonly nameFa: string;
  readonly nameEn: string;
}

export interface NetworkEdge {
  readonly from: string;
  readonly to: string;
  readonly agreementCount: number;
  readonly areas: readonly NetworkArea[];
}

export interface AgreementNetworkRows {
  readonly edges: readonly NetworkEdge[];
  readonly totalAgreements: number;
}

/**
 * The province-to-province network of the agreements a filter selects, in one SQL statement: every pair of
 * parties of one agreement in two different provinces is an undirected edge (the smaller code first); an
 * edge counts its agreements and gathers their cooperation areas (in the order the agreements list them).
 * `totalAgreements` counts the agreements on at least one edge.
 */
export function agreementNetworkSql(conditions: readonly SqlCondition[]): { text: string; params: unknown[] } {
  const { sql: where, params } = whereClause(conditions);
  const text =
    `WITH filtered AS (SELECT t.id FROM agreement t${where}), ` +
    `pairs AS (` +
    `SELECT DISTINCT a.agreement_id, a.province_code AS low, b.province_code AS high ` +
    `FROM agreement_party a JOIN agreement_party b ON b.agreement_id = a.agreement_id AND a.province_code < b.province_code COLLATE "C" ` +
    `WHERE a.agreement_id IN (SELECT id FROM filtered)), ` +
    `edges AS (SELECT low, high, count(*)::int AS agreement_count FROM pairs GROUP BY low, high), ` +
    `edge_areas AS (` +
    `SELECT low, high, json_agg(json_build_object('code', code, 'nameFa', name_fa, 'nameEn', name_en) ORDER BY position, code) AS areas ` +
    `FROM (SELECT p.low, p.high, c.code, c.name_fa, c.name_en, min(aa.position) AS position ` +
    `FROM pairs p JOIN agreement_area aa ON aa.agreement_id = p.agreement_id JOIN cooperation_area c ON c.code = aa.area_code ` +
    `GROUP BY p.low, p.high, c.code, c.name_fa, c.name_en) d GROUP BY low, high) ` +
    `SELECT e.low, e.high, e.agreement_count, COALESCE(ea.areas, '[]'::json) AS areas, ` +
    `(SELECT count(DISTINCT agreement_id) FROM pairs)::int AS total_agreements ` +
    `FROM edges e LEFT JOIN edge_areas ea ON ea.low = e.low AND ea.high = e.high ` +
    `ORDER BY e.low COLLATE "C", e.high COLLATE "C"`;
  return { text, params };
}

export async function loadAgreementNetwork(dataSource: DataSource, conditions: readonly SqlCondition[]): Promise<AgreementNetworkRows> {
  const { text, params } = agreementNetworkSql(conditions);
  const rows: { low: string; high: string; agreement_count: number; areas: NetworkArea[]; total_agreements: number }[] = await dataSource.query(text, params);
  return {
    edges: rows.map((row) => ({ from: row.low, to: row.high, agreementCount: row.agreement_count, areas: row.areas })),
    totalAgreements: rows[0]?.total_agreements ?? 0,
  };
}
