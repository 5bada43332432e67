'use strict';
// The queries every gateway is measured with, each as identical requests (one province) or varied ones (a
// province picked at random per request, so sharing fetches helps less and each fetch's cost decides).
const { PROVINCES } = require('../../shared/dist');

const WORKLOADS = {
  single: {
    label: 'single-subgraph query',
    query: `query Province($code: ID!) { province(code: $code) { nameFa nameEn capitalFa } }`,
  },
  readme: {
    label: "README's three-subgraph query",
    query: `query Readme($code: ID!) { province(code: $code) { nameFa organization { name projects { nodes { title } } agreements { nodes { number signedOn { jalali iso } } } } } }`,
  },
  // The shape of The Guild's federation benchmark: entities nested through subgraphs and back, several levels.
  deep: {
    label: 'deep nested query',
    query: `query Deep($code: ID!) { province(code: $code) { nameEn organization { name projects(first: 5) { nodes { title
      organization { nameEn province { nameEn capitalEn } }
      agreements(first: 3) { nodes { title parties { role organization { name province { nameFa }
        projects(first: 3) { nodes { title status organization { nameEn } } } } } } } } } } } }`.replace(/\s+/g, ' '),
  },
};

const IDENTICAL_PROVINCE = 'IR-02';

/** The request bodies of a workload: one for identical requests, one per province for varied ones. */
function bodiesFor(workload, variant) {
  const { query } = WORKLOADS[workload];
  const codes = variant === 'identical' ? [IDENTICAL_PROVINCE] : PROVINCES.map((p) => p.code);
  return codes.map((code) => JSON.stringify({ query, variables: { code } }));
}

module.exports = { WORKLOADS, bodiesFor };
