import fs from 'node:fs/promises';
import { readManifest } from './manifest';
import type { SafelistSource } from './safelist';

/** The safelist from a manifest file (a client build's `persisted-operations.json`), for a gateway without registry. */
export function manifestFileSource(file: string): SafelistSource {
  return {
    async load() {
      const operations = readManifest(JSON.parse(await fs.readFile(file, 'utf8')));
      return new Map(operations.map((operation) => [operation.id, operation.body]));
    },
  };
}
