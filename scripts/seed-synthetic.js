#!/usr/bin/env node
// `npm run seed:synthetic -- --projects N --agreements M [--seed S]`: loads generated volume data, marked
// synthetic, into the projects and agreements databases (DATABASE_URL, or the embedded ones in .data/ while
// the federation is stopped: an embedded database has one process at a time). Deterministic from the seed.
'use strict';
const util = require('node:util');
const { applySeedOnce, loadSubgraphConfig, openDatabase } = require('../shared/dist');
const { startProgress } = require('./progress');

const USAGE = 'usage: npm run seed:synthetic -- --projects N --agreements M [--seed S]';

function parseArgs(argv) {
  const defaults = { projects: 0, agreements: 0, seed: 1 };
  let values;
  try {
    const count = { type: 'string' };
    ({ values } = util.parseArgs({ args: argv, options: { projects: count, agreements: count, seed: count }, strict: true }));
  } catch (error) {
    console.error(`${USAGE}\n${error.message}`);
    process.exit(2);
  }
  const args = { ...defaults };
  for (const [name, text] of Object.entries(values)) {
    const value = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) {
      console.error(`${USAGE}\n--${name} must be a whole number of zero or more, got "${text}"`);
      process.exit(2);
    }
    args[name] = value;
  }
  return args;
}

async function withDatabase(subgraph, work) {
  const definition = Object.values(require(`../subgraphs/${subgraph}/dist`)).find((d) => d && d.name === subgraph);
  const config = loadSubgraphConfig(subgraph, process.env);
  const database = await openDatabase({
    subgraph,
    config: config.database,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  try {
    // The record's facts (and reference lists such as cooperation areas) go in first, as on a first start.
    await applySeedOnce(database.dataSource, definition.seed.name, definition.seed.apply);
    return await work(database.dataSource);
  } finally {
    await database.close();
  }
}

/** A bar with ETA on a terminal, plain lines in a log; stopped when the work ends or fails. */
async function withProgress(label, total, work) {
  const bar = startProgress(label, total, { unit: 'rows' });
  try {
    return await work((done) => bar.update(done));
  } finally {
    bar.stop();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  console.log(`Synthetic data, seed ${args.seed}: ${args.projects} projects, ${args.agreements} agreements`);
  const started = Date.now();
  let projectIds = [];
  if (args.projects > 0) {
    const { generateSyntheticProjects } = require('../subgraphs/projects/dist/seed/synthetic');
    projectIds = await withDatabase('projects', (dataSource) =>
      withProgress('projects', args.projects, (onProgress) =>
        generateSyntheticProjects(dataSource, { count: args.projects, seed: args.seed, onProgress }),
      ),
    );
  }
  if (args.agreements > 0) {
    const { generateSyntheticAgreements } = require('../subgraphs/agreements/dist/seed/synthetic');
    await withDatabase('agreements', (dataSource) =>
      withProgress('agreements', args.agreements, (onProgress) =>
        generateSyntheticAgreements(dataSource, { count: args.agreements, seed: args.seed, projectIds, onProgress }),
      ),
    );
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
