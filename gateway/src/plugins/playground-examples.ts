import fs from 'node:fs';
import path from 'node:path';
import { parse, OperationDefinitionNode } from 'graphql';

/** Where the gateway's own operations live: the playground's examples and the dashboard's queries. */
export const GATEWAY_OPERATIONS_ROOT = path.resolve(__dirname, '../..');
export const PLAYGROUND_EXAMPLES_DIR = path.join(GATEWAY_OPERATIONS_ROOT, 'playground', 'examples');

/** A saved operation: its text as written, its name, and the one-line Persian and English description. */
export interface SavedOperation {
  readonly name: string;
  readonly descriptionFa: string;
  readonly descriptionEn: string;
  /** The whole file, description comments included, as the playground shows it. */
  readonly document: string;
}

/**
 * Reads the `.graphql` files of a folder, in file-name order. Each file holds one named operation, opened by
 * two comment lines: the Persian description, then the English one. The same files are validated against the
 * supergraph and go into the persisted-operation manifest (`npm run codegen`), so what the playground and the
 * dashboard run is always a registered, valid operation.
 */
export function readSavedOperations(dir: string): SavedOperation[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const document = fs.readFileSync(path.join(dir, file), 'utf8');
      const operations = parse(document).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      const [fa, en] = document
        .split('\n')
        .filter((line) => line.startsWith('#'))
        .map((line) => line.replace(/^#\s*/, '').trim());
      if (operations.length !== 1 || !operations[0].name) throw new Error(`${file}: must hold exactly one named operation`);
      if (!fa || !en) throw new Error(`${file}: must open with a Persian and an English description line (# …)`);
      return { name: operations[0].name.value, descriptionFa: fa, descriptionEn: en, document };
    });
}
