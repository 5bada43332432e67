// The integration tests' global setup: migrate and seed each subgraph once into a template (templates.ts
// says what each test then copies). The work runs in a child process on the TypeScript sources, as the
// tests' own service processes do (Jest's module mapping does not apply to a global setup).
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { PREFIX, newRunPrefix, newDatabaseName, urlOf, onServer, dropDatabases } = require('./test-databases');

const ROOT = path.resolve(__dirname, '..', '..');

function build(mode, target) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', path.join(__dirname, 'register-ts.js'), path.join(__dirname, 'build-templates.ts'), mode, target], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the test templates (${mode}) failed: exit ${code}`))));
  });
}

module.exports = async function globalSetup() {
  const started = Date.now();
  const url = process.env.DATABASE_URL;
  if (url) {
    await dropDatabases(url, PREFIX, { stale: true });
    const run = newRunPrefix();
    const template = newDatabaseName(run, 'template');
    await onServer(url, `CREATE DATABASE "${template}"`);
    // Set before the build, so the teardown drops the template even when the build fails.
    process.env.HAMYAR_TEST_DATABASES = run;
    process.env.HAMYAR_TEST_TEMPLATE_DATABASE = template;
    await build('postgres', urlOf(url, template));
  } else {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-test-snapshots-'));
    process.env.HAMYAR_TEST_SNAPSHOTS = folder;
    await build('embedded', folder);
  }
  if (process.env.HAMYAR_TEST_TIMING) console.log(`\ntest templates built in ${Date.now() - started} ms`);
};
