#!/usr/bin/env node
// `npm run keys`: the gateway's signing keys (a JSON Web Key Set of private Ed25519 keys; only the gateway
// may hold it).
//   npm run keys -- --out FILE        a new key set in FILE (for GATEWAY_SIGNING_KEYS_FILE)
//   npm run keys -- --env             lines for a docker-compose .env: GATEWAY_SIGNING_KEYS and AUTH_JWT_SECRET
//   npm run keys -- --rotate FILE [--ahead SECONDS] [--window SECONDS]
//       a rotation, written to FILE: a new key published now and signing from `ahead` seconds on (default
//       60: longer than a subgraph's JWKS cooldown and the gateway's reload interval), the old key retired
//       `window` seconds after that (default 300; at least the 60 s a forwarded identity lives). Every
//       gateway reading FILE switches on its own; subgraphs refuse the old key once they refetch the JWKS.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { FORWARDED_IDENTITY_MAX_LIFETIME_S, generateSigningKeySet, rotateSigningKeys, SigningKeySet } = require('../shared/dist');

const fail = (message) => {
  console.error(message);
  process.exit(2);
};
let values;
try {
  const text = { type: 'string' };
  ({ values } = parseArgs({ options: { out: text, env: { type: 'boolean' }, rotate: text, ahead: text, window: text }, strict: true }));
} catch (error) {
  fail(`usage: npm run keys -- [--out FILE | --env | --rotate FILE [--ahead SECONDS] [--window SECONDS]]\n${error.message}`);
}
const option = (name) => values[name];

function writePrivate(file, json) {
  // Written beside, then renamed: a gateway re-reading the file never sees half of it.
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temporary, `${JSON.stringify(json, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

const rotate = option('rotate');
const out = option('out');
if (rotate !== undefined) {
  if (!rotate) fail('--rotate needs the key file, e.g. --rotate .data/gateway-signing-keys.json');
  const ahead = Number(option('ahead') ?? 60);
  const window = Number(option('window') ?? 300);
  if (!(ahead >= 0)) fail('--ahead must be a number of seconds');
  if (!(window >= FORWARDED_IDENTITY_MAX_LIFETIME_S))
    fail(`--window must be at least ${FORWARDED_IDENTITY_MAX_LIFETIME_S} seconds, the life of a forwarded identity`);
  let current;
  try {
    current = SigningKeySet.parse(fs.readFileSync(rotate, 'utf8'), rotate).toJSON();
  } catch (error) {
    fail(`cannot rotate ${rotate}: ${error.message}`);
  }
  const next = rotateSigningKeys(current, { publishAheadMs: ahead * 1000, windowMs: window * 1000 });
  writePrivate(rotate, next);
  const added = next.keys[next.keys.length - 1];
  console.log(`${rotate}: key ${added.kid} published now, signs from ${added.signFrom}; older keys retire at ${next.keys[0].retireAt}`);
} else if (out !== undefined) {
  if (!out) fail('--out needs a file name');
  if (fs.existsSync(out)) fail(`${out} exists; rotate it with --rotate ${out}, or choose another name`);
  writePrivate(out, generateSigningKeySet());
  console.log(`${out}: a new signing key set; give it to the gateway only (GATEWAY_SIGNING_KEYS_FILE=${out})`);
} else if (values.env) {
  console.log(`GATEWAY_SIGNING_KEYS='${JSON.stringify(generateSigningKeySet())}'`);
  console.log(`AUTH_JWT_SECRET=${crypto.randomBytes(32).toString('base64url')}`);
} else {
  console.log(JSON.stringify(generateSigningKeySet(), null, 2));
}
