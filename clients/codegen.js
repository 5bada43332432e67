#!/usr/bin/env node
'use strict';
// `npm run codegen`: writes clients/generated/ (typed document nodes and types, GraphQL Code Generator's client
// preset) and clients/persisted-operations.json (Apollo's persisted query manifest) from the same operation
// files, against the committed supergraph. `--out DIR` writes both under DIR instead (the up-to-date test
// compares them with the committed ones). Exits non-zero, with the validation errors, when an operation no
// longer validates against the supergraph.
const fs = require('node:fs');
const path = require('node:path');
const { generate } = require('@graphql-codegen/cli');
const { generatePersistedQueryManifest } = require('@apollo/generate-persisted-query-manifest');
const { codegenConfig } = require('./codegen.config');
const manifestConfig = require('./persisted-query-manifest.config');

async function main() {
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : undefined;
  const generatedDir = out ? path.join(out, 'generated') : path.join(__dirname, 'generated');
  const manifestFile = out ? path.join(out, 'persisted-operations.json') : manifestConfig.output;
  await generate(codegenConfig(`${generatedDir}/`), true);
  const manifest = await generatePersistedQueryManifest(manifestConfig, path.join(__dirname, 'persisted-query-manifest.config.js'));
  fs.mkdirSync(path.dirname(manifestFile), { recursive: true });
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(
    `typed documents in ${path.relative(process.cwd(), generatedDir)}, ${manifest.operations.length} operations in ${path.relative(process.cwd(), manifestFile)}`,
  );
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
