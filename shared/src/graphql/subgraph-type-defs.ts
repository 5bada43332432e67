import fs from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** The SDL shared by every subgraph (PageInfo, CalendarDate, Money, Source, BigInt). */
export const COMMON_SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema', 'common.graphql');

/** A subgraph's full SDL text: its own schema file followed by the common types. */
export function subgraphSdl(schemaFile: string): string {
  return `${fs.readFileSync(schemaFile, 'utf8')}\n${fs.readFileSync(COMMON_SCHEMA_FILE, 'utf8')}`;
}

export function subgraphTypeDefs(schemaFile: string): DocumentNode {
  return parse(subgraphSdl(schemaFile));
}
