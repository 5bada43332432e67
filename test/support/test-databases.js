// Names and housekeeping of the Postgres databases the integration tests make (one template per run, one copy
// per test file), shared by the global setup, the global teardown and the per-file environment. Plain
// JavaScript: Jest loads these before any transform applies.
'use strict';
const { randomBytes } = require('node:crypto');
const pg = require('pg');

const PREFIX = 'hamyar_test_';
/** Databases of runs that ended without their teardown (a run stopped with ^C) are dropped after this long. */
const STALE_AFTER_S = 6 * 3600;

/**
 * A name for one run's databases: stamped with the time, so a later run can tell leftovers of an interrupted
 * one, and unique to the run, so its teardown finds them all.
 */
function newRunPrefix() {
  return `${PREFIX}${Math.floor(Date.now() / 1000)}_${process.pid}_${randomBytes(3).toString('hex')}_`;
}

function newDatabaseName(runPrefix, kind) {
  return `${runPrefix}${kind}_${randomBytes(3).toString('hex')}`;
}

/** `url` with its database replaced by `database`. */
function urlOf(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs statements on the database of DATABASE_URL (the maintenance connection: CREATE/DROP DATABASE). */
async function onServer(url, ...statements) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const results = [];
    for (const statement of statements) results.push(await client.query(statement));
    return results;
  } finally {
    await client.end();
  }
}

/**
 * A copy of the run's template database (CREATE DATABASE … TEMPLATE: blocks copied, no SQL replayed), named
 * for the run and `kind`; returns its name.
 */
async function copyTemplateDatabase(url, kind) {
  const name = newDatabaseName(process.env.HAMYAR_TEST_DATABASES, kind);
  await onServer(url, `CREATE DATABASE "${name}" TEMPLATE "${process.env.HAMYAR_TEST_TEMPLATE_DATABASE}"`);
  return name;
}

async function dropDatabase(url, name) {
  // FORCE: a process a test started and left running (or frozen) must not keep the database alive.
  await onServer(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** Drops the databases whose name starts with `prefix` and, when `stale`, only those older than a run can be. */
async function dropDatabases(url, prefix, { stale = false } = {}) {
  const [{ rows }] = await onServer(url, `SELECT datname FROM pg_database WHERE starts_with(datname, '${prefix}')`);
  const now = Date.now() / 1000;
  const names = rows
    .map((row) => row.datname)
    .filter((name) => !stale || now - Number(name.slice(PREFIX.length).split('_')[0]) > STALE_AFTER_S);
  // A few at a time: each DROP DATABASE waits for a checkpoint, and waiting ones share the next.
  for (let i = 0; i < names.length; i += 8) {
    await Promise.all(names.slice(i, i + 8).map((name) => dropDatabase(url, name).catch(() => undefined)));
  }
}

module.exports = { PREFIX, newRunPrefix, newDatabaseName, urlOf, onServer, copyTemplateDatabase, dropDatabase, dropDatabases };
