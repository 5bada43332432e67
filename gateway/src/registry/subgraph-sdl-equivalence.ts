import { buildSubgraph, printSchema } from '@apollo/federation-internals';
import { Kind, parse, print, visit, type ASTNode, type DefinitionNode } from 'graphql';

/**
 * Whether the SDL a subgraph serves (`_service { sdl }`) says the same as the SDL submitted for it. Texts
 * differ for reasons that mean nothing (a framework prints federation's definitions in full, orders types its
 * own way, writes descriptions as block strings), so both are read as federation reads a subgraph, printed,
 * and compared definition by definition with every list that has no meaning in its order sorted.
 */
export function subgraphSdlDifference(submitted: string, served: string): string[] | null {
  const a = normalizedDefinitions(submitted);
  const b = normalizedDefinitions(served);
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differing = names.filter((name) => a.get(name) !== b.get(name));
  return differing.length === 0 ? null : differing;
}

/** Each definition by a stable name (`type FarsThing`, `directive @key`), as normalized text. */
function normalizedDefinitions(sdl: string): Map<string, string> {
  let text = sdl;
  try {
    text = printSchema(buildSubgraph('submitted', 'http://submitted', sdl).schema);
  } catch {
    // Not a valid subgraph: compare it as written; composition will say what is wrong with it.
  }
  const definitions = new Map<string, string>();
  for (const definition of parse(text, { noLocation: true }).definitions) {
    const key = definitionKey(definition);
    const printed = print(sortedAndPlain(definition));
    definitions.set(key, definitions.has(key) ? [definitions.get(key), printed].sort().join('\n') : printed);
  }
  return definitions;
}

function definitionKey(definition: DefinitionNode): string {
  if (definition.kind === Kind.DIRECTIVE_DEFINITION) return `@${definition.name.value}`;
  if ('name' in definition && definition.name) return definition.name.value;
  return definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION ? 'schema' : definition.kind;
}

const byName = <T extends ASTNode>(nodes: readonly T[] | undefined): T[] | undefined =>
  nodes ? [...nodes].sort((x, y) => print(x).localeCompare(print(y))) : nodes;

/** Fields, values, members, interfaces and directives sorted; descriptions as plain strings. */
function sortedAndPlain(definition: DefinitionNode): DefinitionNode {
  return visit(definition, {
    StringValue: (node) => ({ ...node, block: false }),
    leave(node: ASTNode) {
      const sorted: Record<string, unknown> = { ...node };
      for (const list of ['fields', 'values', 'types', 'interfaces', 'directives', 'operationTypes', 'locations'] as const) {
        if (list in node) sorted[list] = byName((node as unknown as Record<string, readonly ASTNode[] | undefined>)[list]);
      }
      return sorted as unknown as ASTNode;
    },
  }) as DefinitionNode;
}
