#!/usr/bin/env node
// `npm run seed:synthetic -- --projects N --agreements M [--seed S]`: loads generated volume data, marked
// synthetic, into the projects and agreements databases (DATABASE_URL, or the embedded ones in .data/ while
// the federation is stopped: an embedded database has one process at a time). Deterministic from the seed.
'use strict';
const { applySeedOnce, loadSubgraphConfig, openDatabase } = require('../shared/dist');

function parseArgs(argv) {
  const args = { projects: 0, agreements: 0, seed: 1 };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if (!(name in args) || !Number.isInteger(value) || value < 0) {
      console.error(`usage: npm run seed:synthetic -- --projects N --agreements M [--seed S]  (bad: ${argv[i]} ${argv[i + 1] ?? ''})`);
      process.exit(2);
    }
    args[name] = value;
  }
  return args;
}

async function withDatabase(subgraph, work) {
  const definition = Object.values(require(`../subgraphs/${subgraph}/dist`)).find((d) => d && d.name === subgraph);
  const config = loadSubgraphConfig(subgraph, process.env);
  const database = await openDatabase({ subgraph, config: config.database, entities: definition.entities, migrations: definition.migrations });
  try {
    // The record's facts (and reference lists such as cooperation areas) go in first, as on a first start.
    await applySeedOnce(database.dataSource, definition.seed.name, definition.seed.apply);
    return await work(database.dataSource);
  } finally {
    await database.close();
  }
}

function progress(label, total) {
  const started = Date.now();
  return (done) => {
    if (done === total || done % 50_000 === 0) console.log(`  ${label}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  console.log(`Synthetic data, seed ${args.seed}: ${args.projects} projects, ${args.agreements} agreements`);
  const started = Date.now();
  let projectIds = [];
  if (args.projects > 0) {
    const { generateSyntheticProjects } = require('../subgraphs/projects/dist/seed/synthetic');
    projectIds = await withDatabase('projects', (dataSource) =>
      generateSyntheticProjects(dataSource, { count: args.projects, seed: args.seed, onProgress: progress('projects', args.projects) }),
    );
  }
  if (args.agreements > 0) {
    const { generateSyntheticAgreements } = require('../subgraphs/agreements/dist/seed/synthetic');
    await withDatabase('agreements', (dataSource) =>
      generateSyntheticAgreements(dataSource, { count: args.agreements, seed: args.seed, projectIds, onProgress: progress('agreements', args.agreements) }),
    );
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
