import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { composeSupergraph, CompositionError, type SubgraphSource } from '../compose/composition';

export interface SchemaChange {
  /** Dotted path of what changed, e.g. `InvestmentProject.title`. */
  readonly path: string | null;
  readonly message: string;
  /** Known client operations that use what changed. */
  readonly operations: readonly string[];
}

export interface BrokenOperation {
  readonly name: string;
  readonly client: string;
  readonly errors: readonly string[];
}

/** What a check or a publish found: everything a province team needs to fix its change. */
export interface SchemaCheckReport {
  readonly ok: boolean;
  readonly subgraph: string;
  readonly compositionErrors: readonly string[];
  readonly namingViolations: readonly { path: string; message: string }[];
  readonly breakingChanges: readonly SchemaChange[];
  readonly otherChanges: readonly SchemaChange[];
  readonly brokenOperations: readonly BrokenOperation[];
  /** The supergraph the change would produce, when it composes. */
  readonly supergraphSdl: string | null;
}

export interface KnownOperation {
  readonly name: string;
  readonly client: string;
  readonly document: string;
}

export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/**
 * Composes the candidate with the current versions of all other subgraphs, then compares the public API
 * schema it would produce with the current one. The same function serves `check` (nothing stored) and
 * `publish`, so a green check in a province's CI means the publish will pass the same gate.
 */
export async function checkSubgraphChange(
  others: readonly SubgraphSource[],
  candidate: SubgraphSource,
  currentSupergraphSdl: string | null,
  knownOperations: readonly KnownOperation[],
  namingViolations: readonly { path: string; message: string }[] = [],
): Promise<SchemaCheckReport> {
  let supergraphSdl: string;
  try {
    supergraphSdl = composeSupergraph([...others.filter((s) => s.name !== candidate.name), candidate]);
  } catch (error) {
    if (!(error instanceof CompositionError)) throw error;
    return report(candidate.name, { compositionErrors: error.messages, namingViolations });
  }
  if (!currentSupergraphSdl) return report(candidate.name, { namingViolations, supergraphSdl });

  const before = apiSchemaOf(currentSupergraphSdl);
  const after = apiSchemaOf(supergraphSdl);
  const changes = await diff(before, after);
  const usedBy = (path: string | null) => {
    const field = path?.split('.').pop();
    return field ? knownOperations.filter((op) => new RegExp(`\\b${field}\\b`).test(op.document)).map((op) => op.name) : [];
  };
  const toChange = (c: (typeof changes)[number]): SchemaChange => ({
    path: c.path ?? null,
    message: c.message,
    operations: usedBy(c.path ?? null),
  });
  const breakingChanges = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking).map(toChange);
  const otherChanges = changes.filter((c) => c.criticality.level !== CriticalityLevel.Breaking).map(toChange);
  const brokenOperations = knownOperations.flatMap((op) => {
    // Documents are validated when they are recorded; one that no longer parses or validates against the
    // current schema is skipped here, never allowed to fail every later check.
    let document;
    try {
      document = parse(op.document);
    } catch {
      return [];
    }
    if (validate(before, document).length > 0) return [];
    const errors = validate(after, document);
    return errors.length > 0 ? [{ name: op.name, client: op.client, errors: errors.map((e) => e.message) }] : [];
  });
  return report(candidate.name, { namingViolations, breakingChanges, otherChanges, brokenOperations, supergraphSdl });
}

function report(subgraph: string, found: Partial<SchemaCheckReport>): SchemaCheckReport {
  const full = {
    subgraph,
    compositionErrors: found.compositionErrors ?? [],
    namingViolations: found.namingViolations ?? [],
    breakingChanges: found.breakingChanges ?? [],
    otherChanges: found.otherChanges ?? [],
    brokenOperations: found.brokenOperations ?? [],
    supergraphSdl: found.supergraphSdl ?? null,
  };
  const ok = full.compositionErrors.length === 0 && full.namingViolations.length === 0 && full.breakingChanges.length === 0;
  return { ok, ...full };
}
