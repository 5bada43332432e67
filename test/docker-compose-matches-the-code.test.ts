import fs from 'node:fs';
import path from 'node:path';
import { CORE_SUBGRAPHS, GATEWAY_DEFAULT_PORT, GATEWAY_JWKS_PATH, generateSigningKeySet, loadSubgraphConfig } from '@hamyar/shared';
import { gatewayNodeOptions } from '@hamyar/shared';
import YAML from 'yaml';
import { loadGatewayConfig } from '../gateway/src/config';

const ROOT = path.resolve(__dirname, '..');
const compose = YAML.parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, any>;
};
const services = compose.services;

/**
 * Compose's interpolation: `${VAR:-default}` takes the default when VAR is unset; `${VAR:?message}` refuses
 * to start with the message. `given` is what the operator set (in the environment or .env).
 */
function interpolate(environment: Record<string, string>, given: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).map(([k, v]) => [
      k,
      String(v).replace(/\$\{([A-Z_]+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, text?: string) => {
        if (given[name]) return given[name];
        if (kind === '-') return text ?? '';
        throw new Error(`compose refuses to start: ${name}: ${text ?? 'not set'}`);
      }),
    ]),
  );
}

/** What an operator sets, as `npm run keys -- --env` makes it. */
const OPERATOR_SECRETS = { GATEWAY_SIGNING_KEYS: JSON.stringify(generateSigningKeySet()), AUTH_JWT_SECRET: 'a'.repeat(43) };
/** Variables that carry secrets: only the gateway may be given any. */
const SECRET_VARIABLES = ['GATEWAY_SIGNING_KEYS', 'GATEWAY_SIGNING_KEYS_FILE', 'AUTH_JWT_SECRET', 'HAMYAR_INTERNAL_SECRET'];

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
    // It is given no secret, only where the gateway publishes its keys (and its API, on the same origin,
    // for reference checks): the gateway's compose service on its port.
    for (const variable of SECRET_VARIABLES) expect(service.environment).not.toHaveProperty(variable);
    expect(config.gateway).toEqual({
      jwksUrl: `http://gateway:${services.gateway.environment.GATEWAY_PORT}${GATEWAY_JWKS_PATH}`,
      graphqlUrl: `http://gateway:${services.gateway.environment.GATEWAY_PORT}/graphql`,
    });
  });

  it('has no default for any secret: compose refuses to start until the operator sets each, and says how to make it', () => {
    for (const variable of ['GATEWAY_SIGNING_KEYS', 'AUTH_JWT_SECRET']) {
      expect(services.gateway.environment[variable]).toMatch(new RegExp(`^\\$\\{${variable}:\\?[^}]*npm run keys[^}]*\\}$`));
      expect(() => interpolate(services.gateway.environment, { ...OPERATOR_SECRETS, [variable]: '' })).toThrow(
        `compose refuses to start: ${variable}`,
      );
    }
    expect(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')).not.toMatch(/:-[^}]*(secret|change-me)/i);
  });

  it('points the gateway at every subgraph service on its port, and starts it after them', () => {
    const gateway = services.gateway;
    expect(gateway.command).toEqual(['node', 'gateway/dist/main.js']);
    expect(fs.existsSync(sourceOf(gateway.command[1]))).toBe(true);
    const config = loadGatewayConfig(interpolate(gateway.environment, OPERATOR_SECRETS));
    expect(config.auth.jwtSecret).toBe(OPERATOR_SECRETS.AUTH_JWT_SECRET);
    expect(config.signing.keys).toEqual(JSON.parse(OPERATOR_SECRETS.GATEWAY_SIGNING_KEYS));
    expect(config.port).toBe(GATEWAY_DEFAULT_PORT);
    expect(gateway.ports).toEqual([`${GATEWAY_DEFAULT_PORT}:${GATEWAY_DEFAULT_PORT}`]);
    // Its young generation, as every launcher sizes it.
    expect(gateway.environment.NODE_OPTIONS).toBe(gatewayNodeOptions());
    for (const slot of CORE_SUBGRAPHS) {
      expect(config.subgraphUrls[slot.name]).toBe(`http://${slot.name}:${slot.defaultPort}/graphql`);
      expect(gateway.depends_on[slot.name].condition).toBe('service_healthy');
    }
    // The schema registry it serves from lives in the same Postgres, in its own schema.
    expect(config.registry?.database).toMatchObject({ kind: 'postgres', schema: 'registry' });
    expect(new URL((config.registry!.database as { url: string }).url).hostname).toBe('postgres');
    expect(gateway.depends_on.postgres.condition).toBe('service_healthy');
    // Its rate limits are counted in the Redis service, which it waits for.
    expect(config.rateLimit?.redisUrl).toBe('redis://redis:6379');
    expect(services.redis.image).toMatch(/^redis:/);
    expect(gateway.depends_on.redis.condition).toBe('service_healthy');
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
