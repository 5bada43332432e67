'use strict';
// What stock @apollo/gateway and Hive Gateway need to call our subgraphs at all: the forwarded identity (here
// always the public reader's, as the bench's clients send no token), signed per subgraph with the key set in
// GATEWAY_SIGNING_KEYS by the same cached signer our gateway uses, so all three pay the same for it.
const { ForwardedIdentitySigner, PUBLIC_READER, SigningKeySet } = require('../../shared/dist');

const signer = new ForwardedIdentitySigner(SigningKeySet.parse(process.env.GATEWAY_SIGNING_KEYS, 'GATEWAY_SIGNING_KEYS'));

/** The x-hamyar-identity header value for one subgraph. */
function forwardedIdentityFor(subgraph) {
  return signer.sign(PUBLIC_READER, subgraph);
}

module.exports = { IDENTITY_HEADER: 'x-hamyar-identity', forwardedIdentityFor };
