'use strict';
// Secrets for a machine that set none: made once, kept in the data folder beside the embedded databases, so
// tokens made with `npm run token` stay valid across restarts. Production sets its own in the environment.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

function devSecrets(env = process.env) {
  const file = path.resolve(env.HAMYAR_DATA_DIR && env.HAMYAR_DATA_DIR !== 'memory' ? env.HAMYAR_DATA_DIR : '.data', 'dev-secrets.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = () => crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, JSON.stringify({ internalSecret: secret(), authJwtSecret: secret() }, null, 2), { mode: 0o600 });
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The environment with every secret the federation needs: the given ones, else the machine's dev secrets. */
function withSecrets(env = process.env) {
  if (env.HAMYAR_INTERNAL_SECRET && (env.AUTH_JWT_SECRET || env.AUTH_JWKS_URL)) return env;
  const secrets = devSecrets(env);
  return {
    ...env,
    HAMYAR_INTERNAL_SECRET: env.HAMYAR_INTERNAL_SECRET || secrets.internalSecret,
    ...(env.AUTH_JWT_SECRET || env.AUTH_JWKS_URL ? {} : { AUTH_JWT_SECRET: secrets.authJwtSecret }),
  };
}

module.exports = { devSecrets, withSecrets };
