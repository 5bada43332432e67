import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Which entity properties the resolver of each field of a node type reads (the default resolver reads the
 * property of the field's name). Written out per type in its subgraph, next to its resolvers: the columns a
 * page selects are derived from this map, never guessed from names. `[]` for a field that reads only the
 * primary key (always loaded) or nothing of the row.
 */
export type FieldColumns<E> = Readonly<Record<string, readonly (keyof E & string)[]>>;

/**
 * The entity properties the nodes of a connection field need for what the query selects under `nodes` and
 * `edges { node }` (fragments expanded, every branch counted: loading a column too many is only slower),
 * sorted, so two selections needing the same columns share one page statement. Undefined — load every
 * column — when a selected field is missing from the map: a field added to the schema without its entry
 * is answered right, only not projected.
 */
export function nodeColumns<E>(info: GraphQLResolveInfo, fields: FieldColumns<E>): (keyof E & string)[] | undefined {
  const fragments = info.fragments as Readonly<Record<string, FragmentDefinitionNode>>;
  const connection = info.fieldNodes.map((node) => node.selectionSet).filter((set): set is SelectionSetNode => set !== undefined);
  const nodeSets = [
    ...subSelections(connection, 'nodes', fragments),
    ...subSelections(subSelections(connection, 'edges', fragments), 'node', fragments),
  ];
  const columns = new Set<keyof E & string>();
  for (const field of fieldsOf(nodeSets, fragments)) {
    if (field.name.value === '__typename') continue;
    const read = fields[field.name.value];
    if (!read) return undefined;
    for (const column of read) columns.add(column);
  }
  return [...columns].sort();
}

function subSelections(
  sets: readonly SelectionSetNode[],
  name: string,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): SelectionSetNode[] {
  return fieldsOf(sets, fragments)
    .filter((field) => field.name.value === name && field.selectionSet)
    .map((field) => field.selectionSet!);
}

function fieldsOf(sets: readonly SelectionSetNode[], fragments: Readonly<Record<string, FragmentDefinitionNode>>): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (fragments[selection.name.value]) visit(fragments[selection.name.value].selectionSet);
    }
  };
  sets.forEach(visit);
  return found;
}

/**
 * The fields of `typeName` in a subgraph's SDL (its definition and extensions) that have no entry in `fields`:
 * each would make its pages load every column. A subgraph's test expects none.
 */
export function fieldsWithoutColumns(typeDefs: string, typeName: string, fields: Readonly<Record<string, unknown>>): string[] {
  const names = parse(typeDefs).definitions.flatMap((definition) =>
    (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
    definition.name.value === typeName
      ? (definition.fields ?? []).map((field) => field.name.value)
      : [],
  );
  if (names.length === 0) throw new Error(`the schema has no type ${typeName}`);
  return names.filter((name) => !(name in fields));
}
