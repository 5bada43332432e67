#!/usr/bin/env node
// `npm run create:subgraph -- --province IR-07 --name fars-smart-city [--port 4101] [--title "Fars smart city"]
// [--out DIR]`: makes a province's own subgraph from templates/province-subgraph/. The name must keep to the
// naming rules (shared/src/federation/province-naming.ts): `<province-slug>-<something>`, kebab case. Writes to
// subgraphs/<name> (or DIR), refuses to overwrite anything, and prints the next steps.
// Exit codes: 0 done, 2 bad arguments (nothing written), 1 anything else.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');

const ROOT = path.resolve(__dirname, '..');
const TEMPLATE = path.join(ROOT, 'templates', 'province-subgraph');
const FIRST_PROVINCE_PORT = 4101;
const USAGE = `usage: node scripts/create-subgraph.js --province IR-07 --name fars-smart-city [--port 4101] [--title "Fars smart city"] [--out DIR]

  --province  the province's ISO 3166-2:IR code (IR-00 … IR-30), e.g. IR-07 for Fars
  --name      the subgraph's name: <province-slug>-<something> in kebab case, e.g. fars-smart-city
  --port      its default port (default: the first free one from ${FIRST_PROVINCE_PORT})
  --title     its title in English, used in descriptions (default: from the name, e.g. "Fars smart city")
  --out       write it to DIR instead of subgraphs/<name>`;

class UsageError extends Error {}

function parseArgs(argv) {
  const text = { type: 'string' };
  try {
    return util.parseArgs({
      args: argv,
      options: { province: text, name: text, port: text, title: text, out: text, help: { type: 'boolean' } },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(error.message, { cause: error });
  }
}

/** The shared kit's compiled naming rules and reference data: one source of truth with the registry's checks. */
function loadShared() {
  try {
    return {
      ...require('../shared/dist/federation/province-naming'),
      ...require('../shared/dist/reference/provinces'),
      ...require('../shared/dist/config/topology'),
    };
  } catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND') {
      throw new Error('the shared kit is not built: run `npm run build` first (or `npx tsc -b shared`)', { cause: error });
    }
    throw error;
  }
}

/** The ports taken already: the gateway's, the core subgraphs' and every province subgraph's default port. */
function takenPorts(shared) {
  const taken = new Map([[shared.GATEWAY_DEFAULT_PORT, 'the gateway']]);
  for (const slot of shared.CORE_SUBGRAPHS) taken.set(slot.defaultPort, `the ${slot.name} subgraph`);
  const subgraphs = path.join(ROOT, 'subgraphs');
  for (const name of fs.existsSync(subgraphs) ? fs.readdirSync(subgraphs) : []) {
    const index = path.join(subgraphs, name, 'src', 'index.ts');
    if (!fs.existsSync(index)) continue;
    const match = /defaultPort:\s*(\d+)/.exec(fs.readFileSync(index, 'utf8'));
    if (match) taken.set(Number(match[1]), `the ${name} subgraph`);
  }
  return taken;
}

function choosePort(requested, shared) {
  const taken = takenPorts(shared);
  if (requested === undefined) {
    let port = FIRST_PROVINCE_PORT;
    while (taken.has(port)) port += 1;
    return port;
  }
  const port = Number(requested);
  if (!/^\d+$/.test(requested) || port < 1024 || port > 65535)
    throw new UsageError(`--port must be a whole number from 1024 to 65535, got "${requested}"`);
  if (taken.has(port)) throw new UsageError(`--port ${port} is the default port of ${taken.get(port)}; choose another`);
  return port;
}

const words = (kebab) => kebab.split('-');
const pascal = (kebab) =>
  words(kebab)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
const camel = (kebab) => {
  const p = pascal(kebab);
  return p[0].toLowerCase() + p.slice(1);
};

/** Every placeholder of the template and its value; none may be left over in what is written. */
function placeholders({ name, province, prefix, port, title }) {
  return {
    __NAME__: name,
    __NAME_CAMEL__: camel(name),
    __NAME_PASCAL__: pascal(name),
    __SNAKE__: name.replace(/-/g, '_'),
    __ENV_PREFIX__: name.toUpperCase().replace(/-/g, '_'),
    __PASCAL__: prefix.pascal,
    __CAMEL__: prefix.camel,
    __SLUG__: prefix.slug,
    __PROVINCE_CODE__: province.code,
    __PROVINCE_EN__: province.nameEn,
    __PROVINCE_FA__: province.nameFa,
    __PORT__: String(port),
    __TITLE__: title,
    // Migrations are ordered by the timestamp in their name: after every migration that exists today.
    __TIMESTAMP__: String(Date.now()),
  };
}

function fill(text, values) {
  let result = text;
  for (const [placeholder, value] of Object.entries(values)) result = result.split(placeholder).join(value);
  return result;
}

function templateFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist'].includes(entry.name) ? [] : templateFiles(full, base);
    return entry.name.endsWith('.tsbuildinfo') ? [] : [path.relative(base, full)];
  });
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  if (!args.province) throw new UsageError('--province is required, e.g. --province IR-07');
  if (!args.name) throw new UsageError('--name is required, e.g. --name fars-smart-city');
  const shared = loadShared();
  const code = args.province.trim().toUpperCase();
  const problems = shared.checkProvinceSubgraphName(args.name, code);
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  const province = shared.findProvince(code);
  const prefix = shared.provincePrefix(code);
  const rest = args.name.slice(prefix.slug.length + 1).replace(/-/g, ' ');
  const title = (args.title || `${province.nameEn} ${rest}`).trim();
  if (title === '' || /["\\\n]/.test(title)) throw new UsageError('--title must be a line of text without double quotes or backslashes');

  const target = path.resolve(args.out || path.join(ROOT, 'subgraphs', args.name));
  if (fs.existsSync(target) && (!fs.statSync(target).isDirectory() || fs.readdirSync(target).length > 0)) {
    throw new UsageError(`${path.relative(process.cwd(), target) || target} exists already; choose another name or remove it first`);
  }
  const port = choosePort(args.port, shared);

  const values = placeholders({ name: args.name, province, prefix, port, title });
  const written = [];
  for (const file of templateFiles(TEMPLATE)) {
    const text = fill(fs.readFileSync(path.join(TEMPLATE, file), 'utf8'), values);
    const destination = path.join(target, fill(file, values));
    const leftover = /__[A-Z][A-Z0-9_]*__/.exec(text) || /__[A-Z][A-Z0-9_]*__/.exec(destination);
    if (leftover) throw new Error(`template bug: ${file} has an unknown placeholder ${leftover[0]}`);
    written.push([destination, text]);
  }
  for (const [destination, text] of written) {
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    fs.writeFileSync(destination, text);
  }

  const where = path.relative(ROOT, target).split(path.sep).join('/');
  const inRepo = !where.startsWith('..') && !path.isAbsolute(where);
  const dir = inRepo ? where : target;
  const env = values.__ENV_PREFIX__;
  console.log(`Created ${dir}: "${title}", a subgraph of ${province.nameEn} (${province.code}) on port ${port}, ${written.length} files.

Its names keep to the naming rules: types start with "${prefix.pascal}", fields it adds to other subgraphs'
entities and root fields with "${prefix.camel}" (docs/province-subgraph-guide.md).

Next steps:
  1. Add the workspace to package.json:    "workspaces": [ …, "${dir}" ]
     and the reference to tsconfig.json:   "references": [ …, { "path": "${dir}" } ]
  2. npm install
  3. npm run build
  4. Shape it: rename ${prefix.pascal}Item after your record in schema.graphql and src/, put the source
     record's facts in src/seed/source-record.ts, then test it:
       npm test -- ${dir}
       npx tsc -p ${dir}
  5. Start it. It needs no secret, only where the gateway publishes its keys (GATEWAY_JWKS_URL, default
     http://localhost:4000/.well-known/jwks.json, the gateway \`npm start\` runs):
       node ${dir}/dist/main.js
     It listens on ${env}_PORT, default ${port}.
  6. Check it, then publish it to the registry (the gateway serves it without a restart); both take
     --token <a token of an editor of ${province.code}>. The CLI sends the schema as written; the kit serves
     shared/schema/common.graphql beside it, so a check names both, and a publish takes what it serves:
       npx hamyar subgraph check --name ${args.name} --schema ${dir}/schema.graphql --schema shared/schema/common.graphql
       npx hamyar subgraph publish --name ${args.name} --url http://<where the gateway reaches it>:${port}/graphql`);
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError) {
    for (const line of error.message.split('\n')) console.error(`create-subgraph: ${line}`);
    console.error('(node scripts/create-subgraph.js --help for the options)');
    process.exit(2);
  }
  console.error(`create-subgraph: ${error && error.message ? error.message : error}`);
  process.exit(1);
}
