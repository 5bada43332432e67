import fs from 'node:fs';
import path from 'node:path';
import { CORE_SUBGRAPHS, GATEWAY_DEFAULT_PORT, GATEWAY_JWKS_PATH, generateSigningKeySet, loadSubgraphConfig } from '@hamyar/shared';
import { gatewayNodeOptions } from '@hamyar/shared';
import YAML from 'yaml';
import { loadGatewayConfig } from '../gateway/src/config';

const ROOT = path.resolve(__dirname, '..');
const DEPLOY = path.join(ROOT, 'deploy/kubernetes');

interface Manifest {
  kind: string;
  metadata: { name: string };
  spec?: any;
  stringData?: Record<string, string>;
}

const kustomization = YAML.parse(fs.readFileSync(path.join(DEPLOY, 'kustomization.yaml'), 'utf8')) as {
  resources: string[];
  images: { name: string }[];
};
const manifests: Manifest[] = kustomization.resources.flatMap((file) =>
  YAML.parseAllDocuments(fs.readFileSync(path.join(DEPLOY, file), 'utf8')).map((document) => document.toJS() as Manifest),
);
const find = (kind: string, name: string): Manifest => {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in deploy/kubernetes`);
  return found;
};
const secret = find('Secret', 'hamyar-secrets').stringData!;
// The signing keys are a placeholder the gateway refuses; the config is read as it would be with real ones.
const realSecret: Record<string, string> = { ...secret, GATEWAY_SIGNING_KEYS: JSON.stringify(generateSigningKeySet()) };
const containerOf = (workload: Manifest) => workload.spec.template.spec.containers[0];

/** A container's environment as the process sees it, with secretKeyRefs read from the Secret. */
function envOf(container: any): Record<string, string> {
  return Object.fromEntries(
    (container.env as any[]).map((entry) => {
      if (entry.value !== undefined) return [entry.name, String(entry.value)];
      const ref = entry.valueFrom.secretKeyRef;
      expect(ref.name).toBe('hamyar-secrets');
      expect(secret[ref.key]).toBeDefined();
      return [entry.name, realSecret[ref.key]];
    }),
  );
}

/** The source of a compiled entry point: `gateway/dist/main.js` ← `gateway/src/main.ts`. */
const sourceOf = (entry: string) => path.join(ROOT, entry.replace('/dist/', '/src/').replace(/\.js$/, '.ts'));

/** Probes on the service's own port, at the health routes every Hamyar service serves; limits on CPU and memory. */
function expectProbesAndLimits(container: any, port: number): void {
  expect(container.readinessProbe.httpGet).toEqual({ path: '/health/ready', port });
  expect(container.livenessProbe.httpGet).toEqual({ path: '/health/live', port });
  expect(container.resources.limits).toEqual({ cpu: expect.anything(), memory: expect.anything() });
  expect(container.resources.requests).toEqual({ cpu: expect.anything(), memory: expect.anything() });
}

describe('deploy/kubernetes', () => {
  it('lists every manifest file of the folder in its kustomization, and every image is the one built image', () => {
    const files = fs.readdirSync(DEPLOY).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(files.sort());
    expect(kustomization.images.map((i) => i.name)).toEqual(['hamyar-graph']);
  });

  it("keeps the gateway's signing keys a placeholder to replace, not a usable key", () => {
    expect(secret.GATEWAY_SIGNING_KEYS).toMatch(/npm-run-keys/);
    const env = { ...envOf(containerOf(find('Deployment', 'gateway'))), GATEWAY_SIGNING_KEYS: secret.GATEWAY_SIGNING_KEYS };
    expect(() => loadGatewayConfig(env)).toThrow(/GATEWAY_SIGNING_KEYS/);
  });

  it('runs one Postgres whose credentials are the ones every service connects with', () => {
    const postgres = find('StatefulSet', 'postgres');
    const env = envOf(containerOf(postgres));
    const url = new URL(secret.DATABASE_URL);
    expect(url.hostname).toBe('postgres');
    expect(url.port).toBe('5432');
    expect(url.username).toBe(env.POSTGRES_USER);
    expect(url.password).toBe(env.POSTGRES_PASSWORD);
    expect(url.pathname.slice(1)).toBe(env.POSTGRES_DB);
    expect(find('Service', 'postgres').spec.ports[0].port).toBe(5432);
    expect(containerOf(postgres).readinessProbe.exec.command[0]).toBe('pg_isready');
    expect(containerOf(postgres).resources.limits.memory).toBeDefined();
  });

  it('runs Redis on its port with a probe and limits', () => {
    const redis = containerOf(find('Deployment', 'redis'));
    expect(redis.ports[0].containerPort).toBe(6379);
    expect(find('Service', 'redis').spec.ports[0]).toMatchObject({ port: 6379, targetPort: 6379 });
    expect(redis.readinessProbe.exec.command).toEqual(['redis-cli', 'ping']);
    expect(redis.resources.limits.memory).toBeDefined();
  });

  it.each(CORE_SUBGRAPHS.map((slot) => [slot.name, slot] as const))(
    'runs the %s subgraph as the code expects, replicated',
    (name, slot) => {
      const deployment = find('Deployment', name);
      expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
      const container = containerOf(deployment);
      expect(container.image).toBe('hamyar-graph');
      expect(container.command).toEqual(['node', `subgraphs/${name}/dist/main.js`]);
      expect(fs.existsSync(sourceOf(container.command[1]))).toBe(true);
      const config = loadSubgraphConfig(name, envOf(container));
      expect(config.port).toBe(slot.defaultPort);
      expect(container.ports[0].containerPort).toBe(config.port);
      expect(find('Service', name).spec.ports[0]).toMatchObject({ port: config.port, targetPort: config.port });
      expect(config.database).toMatchObject({ kind: 'postgres', schema: name });
      // It verifies forwarded identities with the gateway Service's public keys.
      expect(config.gateway.jwksUrl).toBe(`http://gateway:${find('Service', 'gateway').spec.ports[0].port}${GATEWAY_JWKS_PATH}`);
      expectProbesAndLimits(container, config.port);
    },
  );

  it('runs two gateway replicas, on every core of their pod, following the registry in the same Postgres', () => {
    const deployment = find('Deployment', 'gateway');
    expect(deployment.spec.replicas).toBe(2);
    const container = containerOf(deployment);
    expect(container.command).toEqual(['node', 'gateway/dist/main.js']);
    expect(fs.existsSync(sourceOf(container.command[1]))).toBe(true);
    const config = loadGatewayConfig(envOf(container));
    expect(config.port).toBe(GATEWAY_DEFAULT_PORT);
    expect(container.ports[0].containerPort).toBe(config.port);
    expect(find('Service', 'gateway').spec.ports[0]).toMatchObject({ port: config.port, targetPort: config.port });
    expect(config.workers).toBeGreaterThanOrEqual(2);
    // Workers use the cores the pod may use, and no more.
    expect(Number(container.resources.limits.cpu)).toBeGreaterThanOrEqual(config.workers!);
    // Its young generation, as every launcher sizes it (the workers inherit NODE_OPTIONS).
    expect(envOf(container).NODE_OPTIONS).toBe(gatewayNodeOptions());
    for (const slot of CORE_SUBGRAPHS) {
      expect(config.subgraphUrls[slot.name]).toBe(`http://${slot.name}:${find('Service', slot.name).spec.ports[0].port}/graphql`);
    }
    expect(config.auth.jwtSecret).toBeDefined();
    expect(config.signing.keys.keys.length).toBeGreaterThan(0);
    // The replicas share their rate-limit counts through the Redis the manifests run.
    expect(config.rateLimit?.redisUrl).toBe(`redis://redis:${find('Service', 'redis').spec.ports[0].port}`);
    expect(config.registry?.database).toMatchObject({ kind: 'postgres', url: secret.DATABASE_URL, schema: 'registry' });
    // The last good supergraph goes to a mounted, writable folder (the image runs as a user that owns no /app).
    const mount = container.volumeMounts.find((m: any) => path.resolve(config.registry!.lastGoodFile!).startsWith(m.mountPath));
    expect(mount).toBeDefined();
    expectProbesAndLimits(container, config.port);
    expect(find('PodDisruptionBudget', 'gateway').spec.minAvailable).toBe(1);
  });
});
