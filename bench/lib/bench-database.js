'use strict';
// The bench's own Postgres database: created and loaded with the synthetic volume (the project's generator,
// seed 7, then VACUUM ANALYZE) the first time, reused as it is afterwards.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const pg = require('pg');

async function ensureBenchDatabase(settings, log) {
  const url = new URL(settings.databaseUrl);
  const name = url.pathname.slice(1);
  const admin = new URL(settings.databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client(admin.toString());
  await client.connect();
  let exists;
  try {
    exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount > 0;
    if (!exists) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  if (exists) {
    log(`using database ${name} as it is (drop it to reseed)`);
    return;
  }
  log(`seeding database ${name}: ${settings.syntheticProjects} synthetic projects, ${settings.syntheticAgreements} agreements (seed 7)`);
  execFileSync(
    process.execPath,
    [
      path.resolve(__dirname, '../../scripts/seed-synthetic.js'),
      '--projects',
      String(settings.syntheticProjects),
      '--agreements',
      String(settings.syntheticAgreements),
      '--seed',
      '7',
    ],
    { stdio: 'inherit', env: { ...process.env, DATABASE_URL: settings.databaseUrl } },
  );
  const seeded = new pg.Client(settings.databaseUrl);
  await seeded.connect();
  try {
    await seeded.query('VACUUM ANALYZE');
  } finally {
    await seeded.end();
  }
}

/** The server processes of the connections now open to the bench database (other than this query's own). */
async function postgresBackendPids(databaseUrl) {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    const { rows } = await client.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

module.exports = { ensureBenchDatabase, postgresBackendPids };
