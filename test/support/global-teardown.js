'use strict';
const { dropDatabases } = require('./test-databases');

module.exports = async function globalTeardown() {
  // The template, and any test file's copy whose drop did not finish before its worker ended.
  const run = process.env.HAMYAR_TEST_DATABASES;
  if (run && process.env.DATABASE_URL) await dropDatabases(process.env.DATABASE_URL, run);
  // The embedded snapshots stay, for the next run on the same sources (global-setup.js).
};
