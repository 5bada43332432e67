'use strict';
// The persisted-operation manifest (Apollo's format) of every operation the project ships, as Apollo Client
// sends them (with __typename added): the registry registers it and the gateway's safelist mode runs only
// what it lists. Written by `npm run codegen` beside the typed documents, from the same files.
const path = require('node:path');
const { OPERATION_DOCUMENTS } = require('./codegen.config');

const root = path.resolve(__dirname, '..');

module.exports = {
  documents: OPERATION_DOCUMENTS.map((pattern) => path.join(root, pattern)),
  output: path.join(root, 'clients', 'persisted-operations.json'),
};
