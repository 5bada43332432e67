#!/usr/bin/env node
'use strict';
// The `hamyar` command (`npx hamyar subgraph …`): a plain JavaScript launcher committed as it is, so npm links
// it into node_modules/.bin on `npm install`, before any build. (A bin that pointed into dist/ did not exist
// in a fresh clone, and npx then looked for "hamyar" on the public npm registry: an unrelated package.)
// In a clone it runs the CLI's TypeScript source, so it is never stale; in an install without the compiler
// (a production image), the compiled CLI.
const fs = require('node:fs');
const path = require('node:path');

const source = path.join(__dirname, '..', 'src', 'cli', 'hamyar.ts');
const compiled = path.join(__dirname, '..', 'dist', 'cli', 'hamyar.js');

function compilerAvailable() {
  try {
    require.resolve('typescript');
    return true;
  } catch {
    return false;
  }
}

let cli;
if (fs.existsSync(source) && compilerAvailable()) {
  require('./register-ts');
  cli = require(source);
} else {
  cli = require(compiled);
}
cli.runCli(process.argv.slice(2)).then((code) => process.exit(code));
