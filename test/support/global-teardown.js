'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { dropDatabases } = require('./test-databases');

/** Stops the shared federation (global-setup.js), letting it drain, waits for it to exit, and removes its files. */
async function stopSharedFederation() {
  const readyFile = process.env.HAMYAR_TEST_SHARED_FEDERATION;
  if (!readyFile) return;
  const child = await globalThis.__hamyarSharedFederation;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timeout);
  }
  fs.rmSync(path.dirname(readyFile), { recursive: true, force: true });
}

module.exports = async function globalTeardown() {
  await stopSharedFederation();
  // The template, and any test file's copy whose drop did not finish before its worker ended.
  const run = process.env.HAMYAR_TEST_DATABASES;
  if (run && process.env.DATABASE_URL) await dropDatabases(process.env.DATABASE_URL, run);
  // The embedded snapshots stay, for the next run on the same sources (global-setup.js).
};
