#!/usr/bin/env node
// Start-up race check: runs `npm start`'s launcher (every service at once) on a fresh PostgreSQL database,
// RUNS times in a row (default 10), and prints how many starts came up. Each run gets a new database, made
// and dropped here, so every run migrates from nothing, which is where services used to collide.
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node scripts/start-at-once.js
// Ports: START_AT_ONCE_BASE_PORT (default 5400) to +4.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const pg = require('pg');

const adminUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const runs = Number(process.env.RUNS || 10);
const base = Number(process.env.START_AT_ONCE_BASE_PORT || 5400);

async function admin(sql) {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function startOnce(databaseUrl, dataDir) {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    HAMYAR_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    GATEWAY_PORT: String(base),
    ORGANIZATIONS_PORT: String(base + 1),
    PROJECTS_PORT: String(base + 2),
    AGREEMENTS_PORT: String(base + 3),
    FARS_SMART_CITY_PORT: String(base + 4),
  };
  return new Promise((resolve) => {
    const started = Date.now();
    const federation = spawn(process.execPath, [path.join(__dirname, 'start.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let outcome;
    const settle = (ok) => {
      if (outcome) return;
      outcome = { ok, seconds: (Date.now() - started) / 1000, output };
      federation.kill('SIGTERM');
    };
    for (const stream of [federation.stdout, federation.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Hamyar Graph is up')) settle(true);
      });
    }
    const timer = setTimeout(() => settle(false), 180_000);
    federation.on('exit', (code) => {
      clearTimeout(timer);
      settle(false);
      resolve({ ...outcome, exitCode: code });
    });
  });
}

(async () => {
  let up = 0;
  for (let run = 1; run <= runs; run += 1) {
    const name = `hamyar_start_at_once_${process.pid}_${run}`;
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-start-at-once-'));
    const result = await startOnce(url.toString(), dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
    await admin(`DROP DATABASE ${name} WITH (FORCE)`);
    if (result.ok) up += 1;
    console.log(`run ${run}: ${result.ok ? 'up' : 'FAILED'} in ${result.seconds.toFixed(1)} s, launcher exited ${result.exitCode}`);
    if (!result.ok)
      console.log(
        result.output
          .split('\n')
          .filter((line) => /error|fail|exited/i.test(line))
          .slice(0, 20)
          .join('\n'),
      );
  }
  console.log(`${up}/${runs} starts of every service at once on a fresh database came up`);
  process.exit(up === runs ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
