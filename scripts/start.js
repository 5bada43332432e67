#!/usr/bin/env node
// `npm start`: runs the whole federation (three subgraphs, Fars's subgraph and the gateway) as separate processes, each on its
// port (the topology's defaults, 4000-4003 and Fars's 4101, unless overridden by env), on the embedded database unless DATABASE_URL is set, and prints
// the gateway's URL once every service reports ready. Ctrl-C stops them all gracefully.
'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');

const { withGatewayKeys, withSecrets, withoutSecrets } = require('./dev-secrets');
// Ports and names are defined once, in the shared kit's topology (and a province subgraph's definition);
// `npm start` builds before it runs this.
const { CORE_SUBGRAPHS, GATEWAY_DEFAULT_PORT, gatewayNodeOptions } = require('../shared/dist/config/topology');
const { farsSmartCitySubgraph } = require('../subgraphs/fars-smart-city/dist');

const root = path.resolve(__dirname, '..');
// The gateway alone holds secrets (its signing keys, the callers' token secret); subgraphs get none, only
// where the gateway is (GATEWAY_JWKS_URL, derived from GATEWAY_PORT). Every subgraph of a local federation
// runs on this machine: the registry may route to loopback here (a real deployment keeps the default, which
// refuses loopback, link-local and metadata addresses).
const env = withSecrets(process.env);
const gatewayEnv = { REGISTRY_ROUTING_ADDRESSES: 'loopback', ...withGatewayKeys(env), NODE_OPTIONS: gatewayNodeOptions(env.NODE_OPTIONS) };
const subgraphEnv = withoutSecrets(env);
const envPort = (name) => name.toUpperCase().replace(/-/g, '_') + '_PORT';
const services = [
  ...CORE_SUBGRAPHS.map((slot) => ({
    name: slot.name,
    entry: `subgraphs/${slot.name}/dist/main.js`,
    port: env[slot.portEnv] || String(slot.defaultPort),
  })),
  // A province's own subgraph: not in supergraph.yaml; it joins through the registry once it is up.
  {
    name: farsSmartCitySubgraph.name,
    entry: `subgraphs/${farsSmartCitySubgraph.name}/dist/main.js`,
    port: env[envPort(farsSmartCitySubgraph.name)] || String(farsSmartCitySubgraph.defaultPort),
  },
  { name: 'gateway', entry: 'gateway/dist/main.js', port: env.GATEWAY_PORT || String(GATEWAY_DEFAULT_PORT) },
];
const gatewayPort = services.find((s) => s.name === 'gateway').port;

const children = services.map((service) => {
  const childEnv = service.name === 'gateway' ? gatewayEnv : subgraphEnv;
  const child = spawn(process.execPath, [path.join(root, service.entry)], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${service.name}]`.padEnd(16);
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) (stream === child.stderr ? process.stderr : process.stdout).write(`${prefix} ${line}\n`);
    });
  }
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix} exited (${signal || code}); stopping the federation`);
      stop(code || 1);
    }
  });
  return { ...service, child };
});

let stopping = false;
function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  let running = children.filter((c) => c.child.exitCode === null).length;
  if (running === 0) process.exit(exitCode);
  for (const { child } of children) {
    if (child.exitCode !== null) continue;
    child.once('exit', () => {
      running -= 1;
      if (running === 0) process.exit(exitCode);
    });
    child.kill('SIGTERM');
  }
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitUntilReady(deadline) {
  for (const service of services) {
    for (;;) {
      if (stopping) return false;
      try {
        const response = await fetch(`http://127.0.0.1:${service.port}/health/ready`);
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${service.name} was not ready after ${READY_WITHIN_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return true;
}

/**
 * Publishes the Fars subgraph to the registry as a Fars editor would (a token signed with the local secret),
 * then waits for the gateway to serve it. Publishing what is already current changes nothing.
 */
async function publishProvinceSubgraphs() {
  if (env.REGISTRY === 'false' || !env.AUTH_JWT_SECRET) return;
  const { SignJWT } = require('jose');
  const { subgraphSdl } = require('../shared/dist');
  const fars = services.find((s) => s.name === 'fars-smart-city');
  const token = await new SignJWT({ role: 'province_editor', province: 'IR-07' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('npm-start@IR-07')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(env.AUTH_JWT_SECRET));
  const response = await fetch(`http://127.0.0.1:${gatewayPort}/registry/subgraphs/fars-smart-city/publish`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      sdl: subgraphSdl(path.join(root, 'subgraphs/fars-smart-city/schema.graphql')),
      url: `http://localhost:${fars.port}/graphql`,
    }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`publishing fars-smart-city failed: ${body.error ? body.error.message : response.status}`);
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    const served = await fetch(`http://127.0.0.1:${gatewayPort}/health/supergraph`).then((r) => r.json());
    if (served.servedVersion >= body.supergraphVersion) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the gateway did not pick up the published supergraph within 30 s');
}

// Five embedded Postgres instances starting at once on a small, busy machine can take minutes; a service that
// is truly stuck still stops the federation. START_READY_MS changes it.
const READY_WITHIN_MS = Number(process.env.START_READY_MS) > 0 ? Number(process.env.START_READY_MS) : 300_000;
waitUntilReady(Date.now() + READY_WITHIN_MS).then(
  async (ready) => {
    if (!ready) return;
    try {
      await publishProvinceSubgraphs();
    } catch (error) {
      console.error(error.message);
      stop(1);
      return;
    }
    const where = env.DATABASE_URL ? 'PostgreSQL from DATABASE_URL' : `the embedded database in ${env.HAMYAR_DATA_DIR || '.data'}/`;
    console.log(
      `\nHamyar Graph is up on ${where}.\nGateway: http://localhost:${gatewayPort}/graphql  (open it in a browser for GraphiQL)\n` +
        `Schema registry: http://localhost:${gatewayPort}/registry/subgraphs  (Fars's smart-city subgraph joined through it)\n` +
        `A token to try writes: npm run token -- --role province_editor --province IR-07\n`,
    );
  },
  (error) => {
    console.error(error.message);
    stop(1);
  },
);
