import DataLoader from 'dataloader';
import { BATCH_OPTIONS } from '../database/batch-size';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { sourceView, type SourceView } from '../graphql/views';
import type { ConnectionLoaders } from '../pagination/connection-loaders';
import type { ConnectionArgs } from '../pagination/page-request';
import { REFERENCE_DATA } from '../reference/source-reports';
import { stableId } from '../reference/stable-id';
import { RecordSourceEntity } from './record-source.entity';

/** A fact's citation: the report and, where it helps, the passage. */
export interface Citation {
  readonly reportId: string;
  readonly excerpt: string | null;
}

/** Collects a seed's citations and writes them in one insert. */
export class CitationWriter {
  private readonly rows: RecordSourceEntity[] = [];

  cite(recordType: string, recordId: string, citation: Citation | null): void {
    const reportId = citation?.reportId ?? REFERENCE_DATA.id;
    const id = stableId('source', `${recordType}/${recordId}/${reportId}/${this.rows.length}`);
    this.rows.push({ id, recordType, recordId, reportId, excerpt: citation?.excerpt ?? null });
  }

  async flush(manager: EntityManager): Promise<void> {
    if (this.rows.length > 0) await manager.insert(RecordSourceEntity, this.rows);
    this.rows.length = 0;
  }
}

/** Per request: the sources of records, all parents' in one statement. */
export function sourcesLoader(dataSource: DataSource): DataLoader<string, SourceView[]> {
  return new DataLoader<string, SourceView[]>(async (keys) => {
    const pairs = keys.map((key) => key.split('|') as [string, string]);
    const rows = await dataSource.getRepository(RecordSourceEntity).find({
      where: { recordType: In([...new Set(pairs.map(([type]) => type))]), recordId: In(pairs.map(([, id]) => id)) },
      order: { reportId: 'ASC', id: 'ASC' },
    });
    const byKey = new Map<string, SourceView[]>();
    for (const row of rows) {
      const key = `${row.recordType}|${row.recordId}`;
      byKey.set(key, [...(byKey.get(key) ?? []), sourceView(row.reportId, row.excerpt)]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  }, BATCH_OPTIONS);
}

export function recordKey(recordType: string, recordId: string): string {
  return `${recordType}|${recordId}`;
}

/**
 * Writes a citation unless the record already cites that passage: what lets additions to the record be
 * applied both by a fresh seed and by a migration of a database seeded before them, any number of times.
 */
export async function citeOnce(manager: EntityManager, recordType: string, recordId: string, citation: Citation): Promise<void> {
  const id = stableId('source', `${recordType}/${recordId}/${citation.reportId}/${citation.excerpt ?? ''}`);
  await manager.query(
    `INSERT INTO record_source (id, record_type, record_id, report_id, excerpt)
     SELECT $1::uuid, $2::varchar, $3::varchar, $4::varchar, $5::text
      WHERE NOT EXISTS (SELECT 1 FROM record_source
                         WHERE record_type = $2::varchar AND record_id = $3::varchar AND report_id = $4::varchar
                           AND excerpt IS NOT DISTINCT FROM $5::text)`,
    [id, recordType, recordId, citation.reportId, citation.excerpt],
  );
}

/** A page of the records (of this subgraph) citing a report, by record type then id; one statement per request. */
export function citationsOfReport(connections: ConnectionLoaders, field: string, reportId: string, args: ConnectionArgs) {
  return connections.load(field, args, reportId, (keys, page) => ({
    entity: RecordSourceEntity,
    grouping: { column: 'report_id', keys },
    orderBy: ['record_type', 'id'],
    page,
  }));
}
