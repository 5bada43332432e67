'use strict';
// GraphQL Code Generator's schema loader: the API schema of the committed supergraph (what clients see
// through the gateway: no join__ machinery, no @inaccessible fields), built by Apollo's federation library.
const fs = require('node:fs');
const { Supergraph } = require('@apollo/federation-internals');

module.exports = function loadSupergraphApiSchema(pointer) {
  return Supergraph.build(fs.readFileSync(pointer, 'utf8')).apiSchema().toGraphQLJSSchema();
};
