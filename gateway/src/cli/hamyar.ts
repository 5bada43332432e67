#!/usr/bin/env node
import fs from 'node:fs';
import { COMMON_SCHEMA_FILE } from '@hamyar/shared';
import type { SchemaCheckReport } from '../registry/schema-check';

/**
 * `hamyar subgraph check|publish|list|history|rollback`: the province team's side of the schema registry.
 * `check` stores nothing and exits 1 when the change would be refused, so a province can run it in its CI.
 */
const USAGE = `usage:
  hamyar subgraph check    --name NAME --schema FILE [--url URL]
  hamyar subgraph publish  --name NAME --schema FILE --url URL [--force]
  hamyar subgraph list
  hamyar subgraph history  --name NAME
  hamyar subgraph rollback --name NAME
options: --registry URL (default $HAMYAR_REGISTRY_URL or http://localhost:4000/registry), --token TOKEN (default $HAMYAR_TOKEN)
The schema file is sent with the Hamyar common types appended (as the shared kit serves them) unless it defines PageInfo itself.`;

interface Options {
  readonly [name: string]: string | boolean | undefined;
}

function parse(argv: readonly string[]): { command: string; options: Options } {
  const [group, command, ...rest] = argv;
  if (group !== 'subgraph' || !command) usage();
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) usage(`unexpected "${arg}"`);
    const name = arg.slice(2);
    if (name === 'force') options.force = true;
    else if (rest[i + 1] === undefined) usage(`--${name} needs a value`);
    else options[name] = rest[++i];
  }
  return { command, options };
}

function usage(problem?: string): never {
  if (problem) console.error(problem);
  console.error(USAGE);
  process.exit(2);
}

function required(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value === '') usage(`--${name} is required`);
  return value;
}

function schemaText(file: string): string {
  if (!fs.existsSync(file)) usage(`no schema file at ${file}`);
  const own = fs.readFileSync(file, 'utf8');
  return /\btype\s+PageInfo\b/.test(own) ? own : `${own}\n${fs.readFileSync(COMMON_SCHEMA_FILE, 'utf8')}`;
}

async function call(options: Options, method: 'GET' | 'POST', path: string, body?: object): Promise<{ status: number; body: any }> {
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
    console.error(`cannot reach the registry at ${registry}: ${(error as Error).message}`);
    process.exit(3);
  }
}

function printReport(report: SchemaCheckReport | undefined): void {
  if (!report) return;
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) console.log(`${title}:\n${lines.map((l) => `  - ${l}`).join('\n')}`);
  };
  section('composition errors', [...report.compositionErrors]);
  section('naming rules', report.namingViolations.map((v) => `${v.path}: ${v.message}`));
  section(
    'breaking changes',
    report.breakingChanges.map((c) => `${c.path ?? ''}: ${c.message}${c.operations.length ? ` (used by ${c.operations.join(', ')})` : ''}`),
  );
  section('operations it would break', report.brokenOperations.map((o) => `${o.client}/${o.name}: ${o.errors.join('; ')}`));
  section('other changes', report.otherChanges.map((c) => `${c.path ?? ''}: ${c.message}`));
}

async function main(): Promise<void> {
  const { command, options } = parse(process.argv.slice(2));
  switch (command) {
    case 'check':
    case 'publish': {
      const name = required(options, 'name');
      const sdl = schemaText(required(options, 'schema'));
      const url = command === 'publish' ? required(options, 'url') : ((options.url as string | undefined) ?? 'http://localhost/graphql');
      const result = await call(options, 'POST', `/subgraphs/${name}/${command}`, { sdl, url, force: options.force === true });
      const report: SchemaCheckReport | undefined = command === 'check' ? result.body : result.body.report;
      if (result.status >= 400) console.error(`${command} refused: ${result.body.error?.message ?? result.status}`);
      printReport(report);
      const ok = result.status < 400 && (command === 'publish' || report?.ok === true);
      if (ok) console.log(command === 'publish' ? `published ${name} version ${result.body.subgraphVersion}; supergraph version ${result.body.supergraphVersion}` : `${name}: the check passed`);
      else if (command === 'check' && result.status < 400) console.error(`${name}: the check failed`);
      process.exit(ok ? 0 : 1);
      break;
    }
    case 'list': {
      const result = await call(options, 'GET', '/subgraphs');
      if (result.status >= 400) throw new Error(result.body.error?.message);
      for (const s of result.body) console.log(`${s.name.padEnd(28)} v${String(s.version).padEnd(4)} ${s.owner.padEnd(9)} ${s.routingUrl}`);
      break;
    }
    case 'history': {
      const result = await call(options, 'GET', `/subgraphs/${required(options, 'name')}/history`);
      if (result.status >= 400) throw new Error(result.body.error?.message);
      for (const v of result.body) console.log(`v${v.version}${v.current ? ' (current)' : ''}  ${v.publishedAt}  ${v.publishedBy}${v.forced ? '  forced' : ''}`);
      break;
    }
    case 'rollback': {
      const name = required(options, 'name');
      const result = await call(options, 'POST', `/subgraphs/${name}/rollback`);
      if (result.status >= 400) {
        console.error(`rollback refused: ${result.body.error?.message}`);
        process.exit(1);
      }
      console.log(`${name} is back at version ${result.body.subgraphVersion}; supergraph version ${result.body.supergraphVersion}`);
      break;
    }
    default:
      usage(`unknown command "${command}"`);
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
