import fs from 'node:fs';
import path from 'node:path';
import { CORE_SUBGRAPHS, GATEWAY_DEFAULT_PORT, loadSubgraphConfig } from '@hamyar/shared';
import YAML from 'yaml';
import { loadGatewayConfig } from '../gateway/src/config';

const ROOT = path.resolve(__dirname, '..');
const compose = YAML.parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, any>;
};
const services = compose.services;

/** Compose's `${VAR:-default}` with VAR unset, as on a machine that sets none of the secrets. */
function interpolate(environment: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(environment).map(([k, v]) => [k, String(v).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]));
}

/** The source file a compiled entry point comes from: `subgraphs/x/dist/main.js` ← `subgraphs/x/src/main.ts`. */
function sourceOf(entry: string): string {
  return path.join(ROOT, entry.replace('/dist/', '/src/').replace(/\.js$/, '.ts'));
}

describe('docker-compose.yml', () => {
  it('runs Postgres 16 with a health check', () => {
    expect(services.postgres.image).toBe('postgres:16');
    expect(services.postgres.healthcheck.test.join(' ')).toContain('pg_isready');
  });

  it.each(CORE_SUBGRAPHS.map((slot) => [slot.name, slot] as const))('runs the %s subgraph as the code expects', (name, slot) => {
    const service = services[name];
    expect(service).toBeDefined();
    const [node, entry] = service.command;
    expect(node).toBe('node');
    expect(entry).toBe(`subgraphs/${name}/dist/main.js`);
    expect(fs.existsSync(sourceOf(entry))).toBe(true);

    const config = loadSubgraphConfig(name, interpolate(service.environment));
    expect(config.port).toBe(slot.defaultPort);
    expect(service.ports).toEqual([`${slot.defaultPort}:${slot.defaultPort}`]);
    expect(config.database.kind).toBe('postgres');
    const url = new URL((config.database as { url: string }).url);
    expect(url.hostname).toBe('postgres');
    expect(url.pathname.slice(1)).toBe(services.postgres.environment.POSTGRES_DB);
    expect(url.username).toBe(services.postgres.environment.POSTGRES_USER);
    expect(url.password).toBe(services.postgres.environment.POSTGRES_PASSWORD);

    expect(service.healthcheck.test.join(' ')).toContain(`127.0.0.1:${slot.defaultPort}/health/ready`);
    expect(service.depends_on.postgres.condition).toBe('service_healthy');
    expect(service.build).toBe('.');
    // It can check references to the entities of the subgraphs before it, by their compose service names.
    for (const [peer, url] of Object.entries(config.peerUrls)) {
      if (service.environment[`${peer.toUpperCase()}_URL`]) expect(url).toBe(`http://${peer}:${services[peer].environment[`${peer.toUpperCase()}_PORT`]}/graphql`);
    }
    expect(interpolate(service.environment).HAMYAR_INTERNAL_SECRET).toBe(interpolate(services.gateway.environment).HAMYAR_INTERNAL_SECRET);
  });

  it('points the gateway at every subgraph service on its port, and starts it after them', () => {
    const gateway = services.gateway;
    expect(gateway.command).toEqual(['node', 'gateway/dist/main.js']);
    expect(fs.existsSync(sourceOf(gateway.command[1]))).toBe(true);
    const config = loadGatewayConfig(interpolate(gateway.environment));
    expect(config.auth.jwtSecret).toBeDefined();
    expect(config.port).toBe(GATEWAY_DEFAULT_PORT);
    expect(gateway.ports).toEqual([`${GATEWAY_DEFAULT_PORT}:${GATEWAY_DEFAULT_PORT}`]);
    for (const slot of CORE_SUBGRAPHS) {
      expect(config.subgraphUrls[slot.name]).toBe(`http://${slot.name}:${slot.defaultPort}/graphql`);
      expect(gateway.depends_on[slot.name].condition).toBe('service_healthy');
    }
    // The schema registry it serves from lives in the same Postgres, in its own schema.
    expect(config.registry?.database).toMatchObject({ kind: 'postgres', schema: 'registry' });
    expect(new URL((config.registry!.database as { url: string }).url).hostname).toBe('postgres');
    expect(gateway.depends_on.postgres.condition).toBe('service_healthy');
  });

  it('builds from a Dockerfile that builds every package', () => {
    const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toMatch(/npm run build/);
    for (const workspace of JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).workspaces as string[]) {
      expect(dockerfile).toContain(`COPY ${workspace}/package.json ${workspace}/`);
    }
  });
});
