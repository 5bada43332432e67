import { createHash } from 'node:crypto';
import { Kind, parse } from 'graphql';

/** One operation of Apollo's persisted query manifest. */
export interface PersistedOperation {
  readonly id: string;
  readonly name: string;
  readonly type: 'query' | 'mutation' | 'subscription';
  readonly body: string;
}

/** A manifest that cannot be registered: each problem names the operation and field at fault. */
export class ManifestError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The manifest cannot be registered:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ManifestError';
  }
}

const MAX_MANIFEST_OPERATIONS = 5_000;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Reads `{"format":"apollo-persisted-query-manifest","version":1,"operations":[{id,name,type,body}]}` and checks
 * that each id is the SHA-256 of its body and each body is one GraphQL operation of the stated type and name,
 * so a registered hash always means the text it was computed from.
 */
export function readManifest(input: unknown): PersistedOperation[] {
  const manifest = input as { format?: unknown; version?: unknown; operations?: unknown };
  if (!manifest || typeof manifest !== 'object') throw new ManifestError(['the body must be a JSON object']);
  const problems: string[] = [];
  if (manifest.format !== 'apollo-persisted-query-manifest') problems.push('"format" must be "apollo-persisted-query-manifest"');
  if (manifest.version !== 1) problems.push('"version" must be 1');
  if (!Array.isArray(manifest.operations)) problems.push('"operations" must be a list');
  else if (manifest.operations.length > MAX_MANIFEST_OPERATIONS) problems.push(`"operations" may hold at most ${MAX_MANIFEST_OPERATIONS}`);
  if (problems.length > 0) throw new ManifestError(problems);
  const operations: PersistedOperation[] = [];
  (manifest.operations as unknown[]).forEach((raw, i) => {
    const at = `operations[${i}]`;
    const { id, name, type, body } = (raw ?? {}) as Record<string, unknown>;
    if (typeof body !== 'string' || body.trim() === '') return void problems.push(`${at}.body must be the operation's text`);
    if (typeof id !== 'string' || id !== sha256Hex(body))
      return void problems.push(`${at}.id must be the SHA-256 (lower-case hex) of its body`);
    if (type !== 'query' && type !== 'mutation' && type !== 'subscription')
      return void problems.push(`${at}.type must be query, mutation or subscription`);
    if (typeof name !== 'string' || name === '' || name.length > 200) return void problems.push(`${at}.name must be the operation's name`);
    let definitions;
    try {
      definitions = parse(body, { maxTokens: 50_000 }).definitions;
    } catch (error) {
      return void problems.push(`${at}.body is not GraphQL: ${(error as Error).message}`);
    }
    const operationsIn = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operationsIn.length !== 1 || operationsIn[0].kind !== Kind.OPERATION_DEFINITION)
      return void problems.push(`${at}.body must hold exactly one operation`);
    if (operationsIn[0].operation !== type || operationsIn[0].name?.value !== name)
      return void problems.push(
        `${at} says ${type} "${name}" but its body is ${operationsIn[0].operation} "${operationsIn[0].name?.value ?? ''}"`,
      );
    operations.push({ id, name, type, body });
  });
  if (problems.length > 0) throw new ManifestError(problems);
  return operations;
}
