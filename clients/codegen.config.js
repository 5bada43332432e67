'use strict';
// `npm run codegen`: typed document nodes and TypeScript types for every operation a client of the gateway
// runs (the example frontend operations here, the playground's examples, the dashboard's queries), generated
// against the API schema of the committed supergraph. An operation that no longer validates fails the run.
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** Every operation the project ships; the persisted-operation manifest is built from the same files. */
const OPERATION_DOCUMENTS = [
  'clients/operations/**/*.graphql',
  'gateway/playground/examples/*.graphql',
  'gateway/insights/operations/*.graphql',
];

/** @param {string} outputDir where the generated files go (the committed `clients/generated/`, or a temp dir in the up-to-date test) */
function codegenConfig(outputDir = 'clients/generated/') {
  return {
    cwd: root,
    schema: [{ [path.join(root, 'supergraph.graphql')]: { loader: path.join(__dirname, 'supergraph-api-schema.js') } }],
    documents: OPERATION_DOCUMENTS.map((pattern) => path.join(root, pattern)),
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [outputDir]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          scalars: { BigInt: 'string' },
          enumsAsTypes: true,
          useTypeImports: true,
          skipTypename: false,
          documentMode: 'documentNode',
        },
      },
    },
  };
}

module.exports = codegenConfig();
module.exports.codegenConfig = codegenConfig;
module.exports.OPERATION_DOCUMENTS = OPERATION_DOCUMENTS;
