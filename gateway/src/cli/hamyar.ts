#!/usr/bin/env node
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { SchemaCheckReport } from '../registry/schema-check';

/**
 * `hamyar subgraph check|publish|list|history|rollback`: the province team's side of the schema registry.
 * `check` stores nothing and exits 1 when the change would be refused, so a province can run it in its CI.
 */
const USAGE = `usage:
  hamyar subgraph check    --name NAME (--schema FILE… | --url URL)
  hamyar subgraph publish  --name NAME --url URL [--schema FILE…] [--force]
  hamyar subgraph list
  hamyar subgraph history  --name NAME
  hamyar subgraph rollback --name NAME
options: --registry URL (default $HAMYAR_REGISTRY_URL or http://localhost:4000/registry), --token TOKEN (default $HAMYAR_TOKEN)
--schema may be given more than once; the files are sent as they are, one after the other. Without --schema,
the registry takes the schema the subgraph serves at --url (_service { sdl }); with it, the registry refuses a
publish whose subgraph serves anything else. check and publish need the token of the name's province editor
or of a national admin.`;

const OPTIONS = {
  name: { type: 'string' },
  url: { type: 'string' },
  schema: { type: 'string', multiple: true },
  force: { type: 'boolean' },
  registry: { type: 'string' },
  token: { type: 'string' },
} as const;

/** Every option's value; `--schema` may repeat, so it is a list. */
type Options = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

/** What the registry answers: its payload, or an error with a message. */
type RegistryAnswer<T> = T & { readonly error?: { readonly message?: string } };

/** The CLI's way out: a usage error (exit 2), a refusal (exit 1), or no registry (exit 3). */
class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** Where the CLI writes; a test passes its own to read what a user would see. */
export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

let out: CliOutput = console;

function parse(argv: readonly string[]): { command: string; options: Options } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    usage((error as Error).message);
  }
  const [group, command, ...extra] = parsed.positionals;
  if (group !== 'subgraph' || !command) usage();
  if (extra.length > 0) usage(`unexpected "${extra[0]}"`);
  return { command, options: parsed.values };
}

function usage(problem?: string): never {
  if (problem) out.error(problem);
  out.error(USAGE);
  throw new Exit(2);
}

function required(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value === '') usage(`--${name} is required`);
  return value;
}

/** The schema exactly as the team wrote it: its files as they are, nothing added. */
function schemaText(files: readonly string[] | undefined): string | undefined {
  if (!files) return undefined;
  for (const file of files) if (!fs.existsSync(file)) usage(`no schema file at ${file}`);
  return files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
}

function optional(options: Options, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

async function call<T>(
  options: Options,
  method: 'GET' | 'POST',
  path: string,
  body?: object,
): Promise<{ status: number; body: RegistryAnswer<T> }> {
  const registry = (options.registry as string | undefined) ?? process.env.HAMYAR_REGISTRY_URL ?? 'http://localhost:4000/registry';
  const token = (options.token as string | undefined) ?? process.env.HAMYAR_TOKEN;
  try {
    const response = await fetch(`${registry.replace(/\/$/, '')}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: await response.json() };
  } catch (error) {
    out.error(`cannot reach the registry at ${registry}: ${(error as Error).message}`);
    throw new Exit(3);
  }
}

function printReport(report: SchemaCheckReport | undefined): void {
  if (!report) return;
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.log(`${title}:\n${lines.map((l) => `  - ${l}`).join('\n')}`);
  };
  section('composition errors', [...report.compositionErrors]);
  section(
    'naming rules',
    report.namingViolations.map((v) => `${v.path}: ${v.message}`),
  );
  section(
    'breaking changes',
    report.breakingChanges.map((c) => `${c.path ?? ''}: ${c.message}${c.operations.length ? ` (used by ${c.operations.join(', ')})` : ''}`),
  );
  section(
    'operations it would break',
    report.brokenOperations.map((o) => `${o.client}/${o.name}: ${o.errors.join('; ')}`),
  );
  if (report.otherChanges.length > 0) out.log(`${report.otherChanges.length} other changes, none breaking`);
}

/** Runs one CLI command; resolves to the process exit code. */
export async function runCli(argv: readonly string[], output: CliOutput = console): Promise<number> {
  out = output;
  try {
    await run(argv);
    return 0;
  } catch (error) {
    if (error instanceof Exit) return error.code;
    out.error((error as Error).message ?? String(error));
    return 1;
  }
}

async function run(argv: readonly string[]): Promise<void> {
  const { command, options } = parse(argv);
  switch (command) {
    case 'check':
    case 'publish': {
      const name = required(options, 'name');
      const sdl = schemaText(options.schema as readonly string[] | undefined);
      const url = command === 'publish' ? required(options, 'url') : optional(options, 'url');
      if (sdl === undefined && url === undefined) usage('check needs --schema FILE or --url URL');
      const result = await call<SchemaCheckReport & { report?: SchemaCheckReport; subgraphVersion?: number; supergraphVersion?: number }>(
        options,
        'POST',
        `/subgraphs/${name}/${command}`,
        { sdl, url, force: options.force === true },
      );
      const report: SchemaCheckReport | undefined = command === 'check' ? result.body : result.body.report;
      if (result.status >= 400) out.error(`${command} refused: ${result.body.error?.message ?? result.status}`);
      printReport(report);
      const ok = result.status < 400 && (command === 'publish' || report?.ok === true);
      if (ok)
        out.log(
          command === 'publish'
            ? `published ${name} version ${result.body.subgraphVersion}; supergraph version ${result.body.supergraphVersion}`
            : `${name}: the check passed`,
        );
      else if (command === 'check' && result.status < 400) out.error(`${name}: the check failed`);
      if (!ok) throw new Exit(1);
      break;
    }
    case 'list': {
      const result = await call<{ name: string; version: number; owner: string; routingUrl: string }[]>(options, 'GET', '/subgraphs');
      if (result.status >= 400) throw new Error(result.body.error?.message);
      for (const s of result.body) out.log(`${s.name.padEnd(28)} v${String(s.version).padEnd(4)} ${s.owner.padEnd(9)} ${s.routingUrl}`);
      break;
    }
    case 'history': {
      const result = await call<{ version: number; current: boolean; publishedAt: string; publishedBy: string; forced: boolean }[]>(
        options,
        'GET',
        `/subgraphs/${required(options, 'name')}/history`,
      );
      if (result.status >= 400) throw new Error(result.body.error?.message);
      for (const v of result.body)
        out.log(`v${v.version}${v.current ? ' (current)' : ''}  ${v.publishedAt}  ${v.publishedBy}${v.forced ? '  forced' : ''}`);
      break;
    }
    case 'rollback': {
      const name = required(options, 'name');
      const result = await call<{ subgraphVersion: number; supergraphVersion: number }>(options, 'POST', `/subgraphs/${name}/rollback`);
      if (result.status >= 400) {
        out.error(`rollback refused: ${result.body.error?.message}`);
        throw new Exit(1);
      }
      out.log(`${name} is back at version ${result.body.subgraphVersion}; supergraph version ${result.body.supergraphVersion}`);
      break;
    }
    default:
      usage(`unknown command "${command}"`);
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
