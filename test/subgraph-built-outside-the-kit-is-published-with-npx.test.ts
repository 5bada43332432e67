import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { editorOf, startFederation, type Federation } from './support/federation';

/**
 * A province team outside this repository: its subgraph is written with graphql-yoga and @apollo/subgraph,
 * its own schema file, nothing of the kit (test/fixtures/outside-subgraph), and runs as its own process. It
 * publishes with `npx hamyar subgraph publish`, as the README tells it to, and the running gateway serves it.
 */
const ROOT = path.resolve(__dirname, '..');
const FIXTURE = path.join(__dirname, 'fixtures', 'outside-subgraph');
const SCHEMA = path.join(FIXTURE, 'schema.graphql');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-outside-'));
let federation: Federation;
const processes: ChildProcess[] = [];

/** Starts the outside subgraph serving `schemaFile`; resolves to its URL. */
async function startOutsideSubgraph(schemaFile = SCHEMA): Promise<string> {
  const child = spawn(process.execPath, [path.join(FIXTURE, 'server.js'), '--schema', schemaFile], {
    cwd: FIXTURE,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  processes.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const url = /listening on (\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`the outside subgraph exited (${code}) before listening`)));
  });
}

/** `npx hamyar …` in the repository's root, as a user types it; its exit code and everything it printed. */
function npxHamyar(...args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['--no-install', 'hamyar', ...args, '--registry', federation.gatewayUrl.replace('/graphql', '/registry')],
      { cwd: ROOT },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

const supergraphVersion = async () =>
  (await (await fetch(federation.gatewayUrl.replace('/graphql', '/registry/supergraph'))).json()).version as number;

beforeAll(async () => {
  federation = await startFederation({ registry: { pollIntervalMs: 100 } });
});
afterAll(async () => {
  for (const child of processes) child.kill();
  await federation?.stop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('a subgraph built outside the kit', () => {
  it('imports nothing of this repository: only graphql-yoga, @apollo/subgraph, graphql and node', () => {
    const source = fs.readFileSync(path.join(FIXTURE, 'server.js'), 'utf8');
    const required = [...source.matchAll(/require\('([^']+)'\)/g)].map((m) => m[1]).sort();
    expect(required).toEqual(['@apollo/subgraph', 'graphql', 'graphql-yoga', 'node:fs', 'node:http', 'node:path']);
  });

  it('is published with npx hamyar subgraph publish and served by the running gateway within seconds', async () => {
    const url = await startOutsideSubgraph();
    const token = await editorOf('IR-08');
    const published = await npxHamyar(
      'subgraph',
      'publish',
      '--name',
      'kerman-tourism',
      '--schema',
      SCHEMA,
      '--url',
      url,
      '--token',
      token,
    );
    expect(published).toEqual({ code: 0, output: expect.stringMatching(/published kerman-tourism version 1; supergraph version 2/) });

    const publishedAt = Date.now();
    let answer = await federation.query(`{ kermanTourismSites { name } province(code: "IR-08") { nameEn kermanTourismSiteCount } }`);
    while (answer.body.errors && Date.now() - publishedAt < 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await federation.query(`{ kermanTourismSites { name } province(code: "IR-08") { nameEn kermanTourismSiteCount } }`);
    }
    expect(answer.body).toEqual({
      data: {
        kermanTourismSites: [{ name: 'مجموعهٔ گنجعلی‌خان' }, { name: 'ارگ بم' }],
        province: { nameEn: 'Kerman', kermanTourismSiteCount: 2 },
      },
    });
    console.log(`outside subgraph served by the gateway ${Date.now() - publishedAt} ms after npx hamyar subgraph publish returned`);
  });

  it('is refused when what it serves is not what was submitted, and nothing changes', async () => {
    const before = await supergraphVersion();
    const submitted = path.join(workDir, 'submitted.graphql');
    fs.writeFileSync(
      submitted,
      fs
        .readFileSync(SCHEMA, 'utf8')
        .replace('  name: String!\n', '  name: String!\n  "Opening hours. | ساعات بازدید"\n  kermanOpeningHours: String\n'),
    );
    const url = await startOutsideSubgraph();
    const refused = await npxHamyar(
      'subgraph',
      'publish',
      '--name',
      'kerman-tourism',
      '--schema',
      submitted,
      '--url',
      url,
      '--token',
      await editorOf('IR-08'),
    );
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(
      'publish refused: the schema kerman-tourism serves at its url is not the one submitted; they differ in KermanTourismSite',
    );
    expect(await supergraphVersion()).toBe(before);
  });

  it('is refused when a type lacks the province prefix, naming the prefix it needs', async () => {
    const before = await supergraphVersion();
    const unprefixed = path.join(workDir, 'unprefixed.graphql');
    fs.writeFileSync(
      unprefixed,
      fs
        .readFileSync(SCHEMA, 'utf8')
        .replace(/KermanTourismSite/g, 'TourismSite')
        .replace('kermanTourismSites:', 'tourismSites:'),
    );
    const url = await startOutsideSubgraph(unprefixed);
    const refused = await npxHamyar('subgraph', 'publish', '--name', 'kerman-sites', '--url', url, '--token', await editorOf('IR-08'));
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('naming rules:');
    expect(refused.output).toContain('TourismSite: a type Kerman defines must start with "Kerman"');
    expect(refused.output).toContain('Query.tourismSites: a Query field Kerman adds must start with "kerman"');
    expect(refused.output).not.toContain('TourismSite.name');
    expect(await supergraphVersion()).toBe(before);
  });
});
