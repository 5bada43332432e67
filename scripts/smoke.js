#!/usr/bin/env node
// End-to-end smoke test of the README's first command: `npm start` on a fresh embedded database, then the
// README's example query through the gateway. Exits non-zero if anything is off. Ports default to 14000-14003
// so it can run beside a federation already on 4000-4003.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const base = Number(process.env.SMOKE_BASE_PORT || 14000);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-smoke-'));
const env = {
  ...process.env,
  AUTH_JWT_SECRET: '',
  GATEWAY_SIGNING_KEYS: '',
  GATEWAY_SIGNING_KEYS_FILE: '',
  GATEWAY_JWKS_URL: '',
  GATEWAY_URL: '',
  DATABASE_URL: '',
  HAMYAR_DATA_DIR: dataDir,
  GATEWAY_PORT: String(base),
  ORGANIZATIONS_PORT: String(base + 1),
  PROJECTS_PORT: String(base + 2),
  AGREEMENTS_PORT: String(base + 3),
  FARS_SMART_CITY_PORT: String(base + 4),
};
const QUERY = `{ province(code: "IR-02") { nameFa organization { name projects { nodes { title } } agreements { nodes { number signedOn { jalali iso } } } } }
  fars: province(code: "IR-07") { organization { farsSmartCityInitiatives { totalCount } } } }`;

const federation = spawn(process.execPath, [path.join(__dirname, 'start.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
let output = '';
federation.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});

function finish(code, message) {
  console.log(message);
  federation.kill('SIGINT');
  federation.on('exit', () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(code);
  });
}

const deadline = setTimeout(() => finish(1, 'smoke: FAILED, the federation did not come up within 330 s'), 330_000);
federation.on('exit', (code) => {
  if (!output.includes('Hamyar Graph is up')) {
    clearTimeout(deadline);
    console.error(`smoke: FAILED, npm start exited with ${code} before it was up`);
    process.exit(1);
  }
});

const poll = setInterval(async () => {
  if (!output.includes('Hamyar Graph is up')) return;
  clearInterval(poll);
  clearTimeout(deadline);
  try {
    const response = await fetch(`http://127.0.0.1:${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = await response.json();
    const organization = body.data && body.data.province && body.data.province.organization;
    const solar = organization && organization.projects.nodes.some((p) => p.title.includes('خورشیدی'));
    const mou =
      organization &&
      organization.agreements.nodes.some(
        (a) => a.number === '4134' && a.signedOn.jalali === '1404-10-15' && a.signedOn.iso === '2026-01-05',
      );
    const page = await fetch(`http://127.0.0.1:${base}/graphql`, { headers: { accept: 'text/html' } }).then((r) => r.text());
    const farsJoined = body.data && body.data.fars && body.data.fars.organization.farsSmartCityInitiatives.totalCount === 2;
    const graphiql = page.includes('<title>Hamyar Graph') && !/<script[^>]+src=["']https?:/.test(page);
    console.log(JSON.stringify(body, null, 2));
    if (response.status === 200 && !body.errors && solar && mou && farsJoined && graphiql) finish(0, 'smoke: 1 passed, 0 failed');
    else
      finish(
        1,
        `smoke: FAILED (status ${response.status}, solar ${Boolean(solar)}, MoU 4134 ${Boolean(mou)}, Fars subgraph via the registry ${Boolean(farsJoined)}, offline GraphiQL ${graphiql})\n0 passed, 1 failed`,
      );
  } catch (error) {
    finish(1, `smoke: FAILED, ${error.message}\n0 passed, 1 failed`);
  }
}, 250);
