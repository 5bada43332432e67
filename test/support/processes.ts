import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { AUTH_JWT_SECRET, TEST_SIGNING_KEYS, dropSchemas } from './federation';
import { claimTemplateSchema } from './templates';

const ROOT = path.resolve(__dirname, '..', '..');
const REGISTER_TS = path.join(__dirname, 'register-ts.js');

export type ServiceName = 'organizations' | 'projects' | 'agreements' | 'gateway';

const ENTRIES: Record<ServiceName, string> = {
  organizations: 'subgraphs/organizations/src/main.ts',
  projects: 'subgraphs/projects/src/main.ts',
  agreements: 'subgraphs/agreements/src/main.ts',
  gateway: 'gateway/src/main.ts',
};

/** A port nothing listens on now: bound by the OS for us, then released. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One service running as its own OS process, from the sources, with its output kept for the test to read. */
export class ServiceProcess {
  private child?: ChildProcess;
  output = '';
  exitCode: number | null = null;

  constructor(
    readonly name: ServiceName,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    /** The Postgres schema of a subgraph's tables (with DATABASE_URL). */
    readonly schema?: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the process and waits until it answers /health/ready (or exits, which fails the start). */
  async start(timeoutMs = 240_000): Promise<void> {
    this.exitCode = null;
    const child = spawn(process.execPath, ['-r', REGISTER_TS, path.join(ROOT, ENTRIES[this.name])], {
      cwd: ROOT,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout!.on('data', (chunk) => (this.output += chunk));
    child.stderr!.on('data', (chunk) => (this.output += chunk));
    const exited = new Promise<void>((resolve) =>
      child.once('exit', (code) => {
        this.exitCode = code;
        resolve();
      }),
    );
    this.exited = exited;
    for (const deadline = Date.now() + timeoutMs; ;) {
      if (this.exitCode !== null) throw new Error(`${this.name} exited (${this.exitCode}) while starting:\n${this.output.slice(-3000)}`);
      try {
        if ((await fetch(`http://127.0.0.1:${this.port}/health/ready`)).ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${this.name} was not ready within ${timeoutMs} ms:\n${this.output.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  private exited: Promise<void> = Promise.resolve();

  /** Sends `signal` and waits for the exit; returns the exit code (null if killed by the signal). */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (!this.child || this.exitCode !== null) return this.exitCode;
    this.child.kill(signal);
    await this.exited;
    return this.exitCode;
  }

  /** Freezes the process (SIGSTOP): it holds its connections and answers nothing, as a hung service does. */
  freeze(): void {
    this.child?.kill('SIGSTOP');
  }

  thaw(): void {
    this.child?.kill('SIGCONT');
  }

  /** The JSON log lines the process wrote so far. */
  logLines(): Record<string, unknown>[] {
    return this.output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => {
        try {
          return JSON.parse(line) as Record<string, unknown>;
        } catch {
          return {};
        }
      });
  }
}

export interface ProcessFederation {
  readonly services: Record<ServiceName, ServiceProcess>;
  readonly gatewayUrl: string;
  /** Starts the given services (all but the gateway by default, then the gateway). */
  start(names?: readonly ServiceName[]): Promise<void>;
  /** Stops everything still running (SIGTERM) and returns each service's exit code; drops test schemas. */
  stop(): Promise<Record<string, number | null>>;
}

/**
 * The federation as separate OS processes on free ports, configured only through the environment, as in
 * production: subgraphs on real Postgres schemas (DATABASE_URL) or embedded databases kept in a temporary
 * folder (so a restarted subgraph finds its data), the gateway on the committed supergraph.
 */
export async function processFederation(extraEnv: NodeJS.ProcessEnv = {}, gatewayEnv: NodeJS.ProcessEnv = {}): Promise<ProcessFederation> {
  const names: ServiceName[] = ['organizations', 'projects', 'agreements', 'gateway'];
  const ports = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await freePort()] as const))) as Record<
    ServiceName,
    number
  >;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamyar-processes-'));
  const suffix = randomBytes(4).toString('hex');
  const schemas = names.filter((name) => name !== 'gateway').map((name) => `test_${suffix}_${name}`);
  // On Postgres each subgraph process starts on its copy of the migrated, seeded template (templates.ts).
  const url = process.env.DATABASE_URL;
  if (url) for (const [i, schema] of schemas.entries()) await claimTemplateSchema(url, names[i], schema);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOST: '127.0.0.1',
    HAMYAR_DATA_DIR: dataDir,
    REGISTRY: 'false',
    LOG_LEVEL: 'info',
    GATEWAY_PORT: String(ports.gateway),
    ORGANIZATIONS_PORT: String(ports.organizations),
    PROJECTS_PORT: String(ports.projects),
    AGREEMENTS_PORT: String(ports.agreements),
    ...(process.env.DATABASE_URL
      ? {
          DATABASE_URL: process.env.DATABASE_URL,
          ORGANIZATIONS_DATABASE_SCHEMA: schemas[0],
          PROJECTS_DATABASE_SCHEMA: schemas[1],
          AGREEMENTS_DATABASE_SCHEMA: schemas[2],
        }
      : {}),
    ...extraEnv,
  };
  const services = Object.fromEntries(
    names.map((name, i) => [
      name,
      // Only the gateway holds secrets (its signing keys, the callers' token secret); subgraphs find its JWKS.
      new ServiceProcess(
        name,
        ports[name],
        name === 'gateway' ? { ...env, AUTH_JWT_SECRET, GATEWAY_SIGNING_KEYS: JSON.stringify(TEST_SIGNING_KEYS), ...gatewayEnv } : env,
        process.env.DATABASE_URL ? schemas[i] : undefined,
      ),
    ]),
  ) as Record<ServiceName, ServiceProcess>;
  return {
    services,
    gatewayUrl: services.gateway.url,
    async start(which = names) {
      const subgraphs = which.filter((name) => name !== 'gateway');
      await Promise.all(subgraphs.map((name) => services[name].start()));
      if (which.includes('gateway')) await services.gateway.start();
    },
    async stop() {
      const codes: Record<string, number | null> = {};
      await services.gateway.stop().then((code) => (codes.gateway = code));
      await Promise.all(names.filter((n) => n !== 'gateway').map(async (name) => (codes[name] = await services[name].stop())));
      fs.rmSync(dataDir, { recursive: true, force: true });
      await dropSchemas(schemas.map((schema) => ({ kind: 'postgres', url: '', schema })));
      return codes;
    },
  };
}
