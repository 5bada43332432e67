// Jest's node environment, plus, on Postgres, a database of the test file's own: a copy of the run's template
// database (CREATE DATABASE … TEMPLATE: blocks copied, no SQL replayed), given to the file as its DATABASE_URL.
// The file still works in fresh schemas of its own, as before, and finds beside them each subgraph's migrated,
// seeded template schema to take over (templates.ts). The copy is dropped after the file in the background:
// DROP DATABASE waits for a checkpoint, seconds on a busy disk, and the next file need not wait with it (the
// global teardown drops whatever is left).
'use strict';
const { TestEnvironment } = require('jest-environment-node');
const { urlOf, copyTemplateDatabase, dropDatabase } = require('./test-databases');

class DatabasePerFileEnvironment extends TestEnvironment {
  async setup() {
    await super.setup();
    const url = process.env.DATABASE_URL;
    if (!url || !process.env.HAMYAR_TEST_TEMPLATE_DATABASE || !process.env.HAMYAR_TEST_DATABASES) return;
    this.serverUrl = url;
    this.database = await copyTemplateDatabase(url, 'file');
    this.global.process.env.DATABASE_URL = urlOf(url, this.database);
  }

  async teardown() {
    if (this.database) dropDatabase(this.serverUrl, this.database).catch(() => undefined);
    await super.teardown();
  }
}

module.exports = DatabasePerFileEnvironment;
