import fs from 'node:fs';
import path from 'node:path';
import { CompositionError, readSubgraphSources, SUPERGRAPH_FILE, supergraphFileContents } from './compose-supergraph';

/** `npm run compose`: writes supergraph.graphql, or with --check fails when the file is out of date. */
function main(): void {
  const check = process.argv.includes('--check');
  try {
    const supergraph = supergraphFileContents(readSubgraphSources());
    const current = fs.existsSync(SUPERGRAPH_FILE) ? fs.readFileSync(SUPERGRAPH_FILE, 'utf8') : '';
    if (check) {
      if (current !== supergraph) {
        console.error(`${path.basename(SUPERGRAPH_FILE)} is out of date: run npm run compose`);
        process.exit(1);
      }
      console.log(`${path.basename(SUPERGRAPH_FILE)} is up to date`);
      return;
    }
    fs.writeFileSync(SUPERGRAPH_FILE, supergraph);
    console.log(`wrote ${path.relative(process.cwd(), SUPERGRAPH_FILE) || SUPERGRAPH_FILE}`);
  } catch (error) {
    console.error(error instanceof CompositionError ? error.message : error);
    process.exit(1);
  }
}

main();
