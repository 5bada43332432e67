'use strict';
// Secrets for a machine that set none: made once, kept in the data folder beside the embedded databases, so
// tokens made with `npm run token` stay valid across restarts. Production sets its own (see README).
//   - .data/dev-secrets.json: the secret local callers' tokens are signed with (AUTH_JWT_SECRET).
//   - .data/gateway-signing-keys.json: the gateway's private key set; only the gateway is told where it is.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

function dataDir(env) {
  return path.resolve(env.HAMYAR_DATA_DIR && env.HAMYAR_DATA_DIR !== 'memory' ? env.HAMYAR_DATA_DIR : '.data');
}

function devSecrets(env = process.env) {
  const file = path.join(dataDir(env), 'dev-secrets.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ authJwtSecret: crypto.randomBytes(32).toString('base64url') }, null, 2), { mode: 0o600 });
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The environment with the secret callers' tokens are verified with: the given one, else the machine's. */
function withSecrets(env = process.env) {
  if (env.AUTH_JWT_SECRET || env.AUTH_JWKS_URL) return env;
  return { ...env, AUTH_JWT_SECRET: devSecrets(env).authJwtSecret };
}

/**
 * The gateway's environment: its signing keys from the environment if set, else the machine's key file
 * (made on first use with a fresh Ed25519 key). Needs the built shared package (npm start builds first).
 */
function withGatewayKeys(env = process.env) {
  if (env.GATEWAY_SIGNING_KEYS || env.GATEWAY_SIGNING_KEYS_FILE) return env;
  const file = path.join(dataDir(env), 'gateway-signing-keys.json');
  if (!fs.existsSync(file)) {
    const { generateSigningKeySet } = require('../shared/dist');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(generateSigningKeySet(), null, 2), { mode: 0o600 });
  }
  return { ...env, GATEWAY_SIGNING_KEYS_FILE: file };
}

/** What a subgraph is given: the environment without any secret (a subgraph needs none; a province must see none). */
function withoutSecrets(env) {
  const { AUTH_JWT_SECRET, GATEWAY_SIGNING_KEYS, GATEWAY_SIGNING_KEYS_FILE, ...rest } = env;
  return rest;
}

module.exports = { devSecrets, withSecrets, withGatewayKeys, withoutSecrets };
