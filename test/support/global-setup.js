// The integration tests' global setup: migrate and seed each subgraph once into a template (templates.ts
// says what each test then copies). The work runs in a child process on the TypeScript sources, as the
// tests' own service processes do (Jest's module mapping does not apply to a global setup).
'use strict';
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { PREFIX, newRunPrefix, newDatabaseName, urlOf, onServer, copyTemplateDatabase, dropDatabases } = require('./test-databases');

const ROOT = path.resolve(__dirname, '..', '..');
const SNAPSHOTS = 'hamyar-test-snapshots-';
/** Snapshots no run has used for this long (sources changed since) are removed. */
const UNUSED_AFTER_MS = 24 * 3600 * 1000;

function build(mode, target) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', path.join(__dirname, 'register-ts.js'), path.join(__dirname, 'build-templates.ts'), mode, target],
      {
        cwd: ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`building the test templates (${mode}) failed: exit ${code}`)),
    );
  });
}

/**
 * What the snapshots are made from: the shared code and the subgraphs' (migrations, entities, seeds), the
 * builder, and the locked package versions (PGlite, TypeORM). Equal sources build equal snapshots.
 */
function sourcesKey() {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else files.push(file);
    }
  };
  walk(path.join(ROOT, 'shared', 'src'));
  for (const subgraph of fs.readdirSync(path.join(ROOT, 'subgraphs'))) walk(path.join(ROOT, 'subgraphs', subgraph, 'src'));
  files.push(path.join(__dirname, 'build-templates.ts'), path.join(__dirname, 'templates.ts'), path.join(ROOT, 'package-lock.json'));
  const hash = crypto.createHash('sha256');
  for (const file of files.sort()) hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The embedded snapshots, kept in the temporary folder by the sources they were built from, so a run after
 * an edit elsewhere (a test, a resolver) loads them instead of building them again. Concurrent runs each
 * build in a folder of their own and the first to finish publishes it by renaming.
 */
async function embeddedSnapshots() {
  const folder = path.join(os.tmpdir(), `${SNAPSHOTS}${sourcesKey()}`);
  if (!fs.existsSync(path.join(folder, 'complete'))) {
    const building = fs.mkdtempSync(`${folder}-building-`);
    try {
      await build('embedded', building);
      fs.writeFileSync(path.join(building, 'complete'), '');
      fs.renameSync(building, folder);
    } catch (error) {
      fs.rmSync(building, { recursive: true, force: true });
      if (!fs.existsSync(path.join(folder, 'complete'))) throw error;
    }
  }
  const now = new Date();
  fs.utimesSync(folder, now, now);
  for (const name of fs.readdirSync(os.tmpdir())) {
    const other = path.join(os.tmpdir(), name);
    if (!name.startsWith(SNAPSHOTS) || other === folder) continue;
    if (now.getTime() - fs.statSync(other).mtimeMs > UNUSED_AFTER_MS) fs.rmSync(other, { recursive: true, force: true });
  }
  return folder;
}

/** The test files of this run that read the shared federation (shared-federation.ts), by their mark. */
function filesSharingAFederation(globalConfig) {
  const pattern = globalConfig.testPathPattern ? new RegExp(globalConfig.testPathPattern, 'i') : undefined;
  const folder = path.join(ROOT, 'test');
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => path.join(folder, name))
    .filter((file) => (!pattern || pattern.test(file)) && fs.readFileSync(file, 'utf8').includes('sharedFederation('));
}

/**
 * Starts the federation the read-only test files share, as its own process on the run's templates (on Postgres,
 * in a copy of the template database of its own), and hands its ready file to the tests. The run goes on while it
 * starts; the first file that needs it waits for it. The global teardown stops it.
 */
function startSharedFederation(url) {
  const readyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-shared-federation-')), 'ready.json');
  const env = { ...process.env };
  const start = async () => {
    if (url && process.env.HAMYAR_TEST_TEMPLATE_DATABASE) {
      env.DATABASE_URL = urlOf(url, await copyTemplateDatabase(url, 'shared'));
    }
    const log = fs.openSync(`${readyFile}.log`, 'w');
    const child = spawn(
      process.execPath,
      ['-r', path.join(__dirname, 'register-ts.js'), path.join(__dirname, 'shared-federation-main.ts'), readyFile],
      { cwd: ROOT, env, stdio: ['pipe', log, log] },
    );
    fs.closeSync(log);
    child.once('exit', (code) => {
      // Died before it said anything: the waiting tests are told why.
      if (!fs.existsSync(readyFile)) {
        const output = fs.readFileSync(`${readyFile}.log`, 'utf8').slice(-3000);
        fs.writeFileSync(readyFile, JSON.stringify({ error: `exited (${code}):\n${output}` }));
      }
    });
    child.unref();
    child.stdin.unref();
    return child;
  };
  globalThis.__hamyarSharedFederation = start().catch((error) => {
    fs.writeFileSync(readyFile, JSON.stringify({ error: String(error.stack ?? error) }));
    return undefined;
  });
  return readyFile;
}

module.exports = async function globalSetup(globalConfig) {
  const started = Date.now();
  const url = process.env.DATABASE_URL;
  // HAMYAR_TEST_TEMPLATES=off: every test builds its databases from nothing, as before templates (to compare,
  // or to rule the templates out).
  const templates = process.env.HAMYAR_TEST_TEMPLATES !== 'off';
  if (templates && url) {
    await dropDatabases(url, PREFIX, { stale: true });
    const run = newRunPrefix();
    const template = newDatabaseName(run, 'template');
    await onServer(url, `CREATE DATABASE "${template}"`);
    // Set before the build, so the teardown drops the template even when the build fails.
    process.env.HAMYAR_TEST_DATABASES = run;
    process.env.HAMYAR_TEST_TEMPLATE_DATABASE = template;
    await build('postgres', urlOf(url, template));
  } else if (templates) {
    process.env.HAMYAR_TEST_SNAPSHOTS = await embeddedSnapshots();
  }
  // Not for a run of other files only (`npm test -- some-file`): it would start a federation no one reads.
  if (filesSharingAFederation(globalConfig).length > 0) process.env.HAMYAR_TEST_SHARED_FEDERATION = startSharedFederation(url);
  if (process.env.HAMYAR_TEST_TIMING) console.log(`\ntest templates ready in ${Date.now() - started} ms`);
};
