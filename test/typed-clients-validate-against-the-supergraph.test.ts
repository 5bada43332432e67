import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, validate, Kind } from 'graphql';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { apiSchemaOf } from '../gateway/src/registry/schema-check';
import { SUPERGRAPH_FILE } from '../gateway/src/compose/compose-supergraph';
import { typePolicies } from '../clients/type-policies';

const ROOT = path.resolve(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OPERATION_DOCUMENTS } = require('../clients/codegen.config') as { OPERATION_DOCUMENTS: string[] };

const supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
const GENERATED_DIR = path.join(ROOT, 'clients', 'generated');

/** The .graphql files the patterns name (simple `dir/*.graphql` and `dir/**\/*.graphql` patterns). */
function operationFiles(): string[] {
  return OPERATION_DOCUMENTS.flatMap((pattern) => {
    const dir = path.join(ROOT, pattern.split('/*')[0]);
    return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.graphql')).map((f) => path.join(dir, f));
  });
}

/** Each entity of the supergraph with the fields of its first @key. */
function supergraphEntityKeys(): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const directive of definition.directives ?? []) {
      const key = directive.name.value === 'join__type' && directive.arguments?.find((a) => a.name.value === 'key');
      if (key && key.value.kind === Kind.STRING) keys[definition.name.value] ??= key.value.value;
    }
  }
  return keys;
}

describe('typed clients are generated from the committed supergraph', () => {
  it('every example operation validates against the API schema of supergraph.graphql', () => {
    const schema = apiSchemaOf(supergraphSdl);
    const files = operationFiles();
    expect(files.length).toBeGreaterThanOrEqual(12);
    const problems = files.flatMap((file) =>
      validate(schema, parse(fs.readFileSync(file, 'utf8'))).map((error) => `${path.relative(ROOT, file)}: ${error.message}`),
    );
    expect(problems).toEqual([]);
  });

  describe('the committed output is what `npm run codegen` makes now', () => {
    let fresh: string;
    beforeAll(async () => {
      // Codegen runs as `npm run codegen` does, in its own process (its CLI is ESM-heavy, unlike Jest's CommonJS).
      fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-codegen-'));
      await promisify(execFile)(process.execPath, [path.join(ROOT, 'clients', 'codegen.js'), '--out', fresh], { cwd: ROOT });
    }, 120_000);
    afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));

    it('clients/generated/: typed documents and types', () => {
      const files = fs.readdirSync(path.join(fresh, 'generated')).sort();
      expect(fs.readdirSync(GENERATED_DIR).sort()).toEqual(files);
      for (const file of files) {
        expect({ file, text: fs.readFileSync(path.join(GENERATED_DIR, file), 'utf8') }).toEqual({
          file,
          text: fs.readFileSync(path.join(fresh, 'generated', file), 'utf8'),
        });
      }
    });

    it("clients/persisted-operations.json: Apollo's manifest format, each id the sha256 of its body", () => {
      const committed = JSON.parse(fs.readFileSync(path.join(ROOT, 'clients', 'persisted-operations.json'), 'utf8'));
      expect(committed).toEqual(JSON.parse(fs.readFileSync(path.join(fresh, 'persisted-operations.json'), 'utf8')));
      expect(committed.format).toBe('apollo-persisted-query-manifest');
      expect(committed.version).toBe(1);
      expect(committed.operations.map((o: { name: string }) => o.name)).toEqual(
        expect.arrayContaining(['InvestmentByProvinceAndSector', 'InsightsAgreementNetwork', 'ProvinceOverview', 'ChangeProjectStatus']),
      );
      for (const operation of committed.operations) {
        expect(Object.keys(operation).sort()).toEqual(['body', 'id', 'name', 'type']);
        expect(operation.id).toBe(createHash('sha256').update(operation.body).digest('hex'));
        expect(['query', 'mutation', 'subscription']).toContain(operation.type);
      }
    });
  });

  it("Apollo Client's typePolicies and the README give every entity its federation @key as keyFields", () => {
    const keys = supergraphEntityKeys();
    expect(Object.keys(keys).sort()).toEqual(Object.keys(typePolicies).sort());
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const [entity, key] of Object.entries(keys)) {
      const fields = key.split(/\s+/);
      expect({ entity, keyFields: typePolicies[entity].keyFields }).toEqual({ entity, keyFields: fields });
      expect(readme).toContain(`${entity}: { keyFields: [${fields.map((f) => `'${f}'`).join(', ')}] }`);
    }
  });
});
