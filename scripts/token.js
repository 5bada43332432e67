#!/usr/bin/env node
// `npm run token -- --role province_editor --province IR-07 [--sub someone]`: prints a bearer token the local
// gateway accepts (signed with AUTH_JWT_SECRET, or the machine's dev secret that `npm start` uses).
'use strict';
const { parseArgs } = require('node:util');
const { SignJWT } = require('jose');
const { withSecrets } = require('./dev-secrets');

let args;
try {
  const text = { type: 'string' };
  ({ values: args } = parseArgs({ options: { role: text, province: text, sub: text, expires: text }, strict: true }));
} catch (error) {
  console.error(
    `usage: npm run token -- [--role province_editor|national_admin] [--province IR-07] [--sub NAME] [--expires 12h]\n${error.message}`,
  );
  process.exit(2);
}
const role = args.role || 'national_admin';
if (!['province_editor', 'national_admin'].includes(role)) {
  console.error('--role must be province_editor or national_admin');
  process.exit(2);
}
if (role === 'province_editor' && !/^IR-\d{2}$/.test(args.province || '')) {
  console.error('a province editor needs --province with an ISO code, e.g. --province IR-07');
  process.exit(2);
}
const env = withSecrets();
if (!env.AUTH_JWT_SECRET) {
  console.error('AUTH_JWKS_URL is set: tokens come from your identity provider, not from this script');
  process.exit(2);
}
const token = new SignJWT({ role, ...(role === 'province_editor' ? { province: args.province } : {}) }).setProtectedHeader({
  alg: 'HS256',
});
// The gateway checks iss and aud when it is configured to; a local token then names them too.
if (env.AUTH_ISSUER) token.setIssuer(env.AUTH_ISSUER);
if (env.AUTH_AUDIENCE) token.setAudience(env.AUTH_AUDIENCE);
token
  .setSubject(args.sub || `${role}@${args.province || 'national'}`)
  .setIssuedAt()
  .setExpirationTime(args.expires || '12h')
  .sign(new TextEncoder().encode(env.AUTH_JWT_SECRET))
  .then((token) => console.log(token));
