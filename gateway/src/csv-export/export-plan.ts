import {
  Kind,
  getNamedType,
  isCompositeType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** A request the export refuses before running anything: 4xx, naming the parameter and the reason. */
export class ExportRequestError extends Error {
  constructor(
    /** The request parameter at fault: query, operationName, variables, path, pageSize. */
    readonly field: string,
    message: string,
    readonly status = 400,
    readonly code = 'BAD_REQUEST',
  ) {
    super(message);
  }
}

/** One CSV column: its dotted header and where its value sits in a node. */
export interface ExportColumn {
  readonly header: string;
  /** Response keys from the node to the value. */
  readonly path: readonly string[];
  /** A list of scalars, written as one cell with its items joined by LIST_SEPARATOR. */
  readonly list: boolean;
}

/** What the exporter needs to know about the operation to page through one connection of its result. */
export interface ExportPlan {
  readonly operationName: string | undefined;
  /** Response keys from `data` to the connection. */
  readonly connectionPath: readonly string[];
  /** Where a page's nodes are: `nodes`, or `edges` then `node` (response keys, aliases honoured). */
  readonly nodes:
    { readonly via: 'nodes'; readonly key: string } | { readonly via: 'edges'; readonly key: string; readonly nodeKey: string };
  readonly pageInfo: { readonly key: string; readonly hasNextPage: string; readonly endCursor: string };
  /** The variable the connection's `after` reads: set to the previous page's endCursor. */
  readonly afterVariable: string;
  /** The variable the connection's `first` reads (set to the page size), or the literal page size written in the operation. */
  readonly first: { readonly variable: string } | { readonly literal: number };
  readonly columns: readonly ExportColumn[];
}

/** Items of a list of scalars in one cell. */
const LIST_SEPARATOR = '; ';

type Collected = Map<string, { fields: FieldNode[]; parentType: GraphQLCompositeType }[]>;

/**
 * Reads a (valid) query to find the connection at `path` and the columns of its nodes. Everything a
 * paging export depends on is checked here, before any request runs: the path leads through single objects
 * to a connection, the connection takes `after` from a variable and `first` from a variable or a number,
 * selects `pageInfo { hasNextPage endCursor }` and `nodes` (or `edges { node }`), and no node field is a list
 * of objects (a CSV row has one value per column; lists of scalars are joined into one cell).
 *
 * Fields the schema does not know are left to the API to refuse with its own message: `unknownField` is set
 * and the caller runs the first page to get that answer.
 */
export function planExport(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  path: readonly string[],
): ExportPlan | { unknownField: string } {
  const operation = pickOperation(document, operationName);
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const queryType = schema.getQueryType();
  if (!queryType) throw new ExportRequestError('query', 'the schema has no query type');

  let parentType: GraphQLCompositeType = queryType;
  let selectionSets: readonly SelectionSetNode[] = [operation.selectionSet];
  let connectionField: FieldNode | undefined;
  let connectionType: GraphQLOutputType | undefined;
  for (let i = 0; i < path.length; i++) {
    const where = i === 0 ? 'the top of the operation' : `\`${path.slice(0, i).join('.')}\``;
    const found = collectFields(schema, parentType, selectionSets, fragments).get(path[i]);
    if (!found) {
      throw new ExportRequestError(
        'path',
        `\`${path.slice(0, i + 1).join('.')}\` is not selected at ${where} of the operation; the path names response keys (aliases where given), e.g. \`projects\` or \`province.organization.projects\``,
      );
    }
    const definition = fieldDefinition(found[0].parentType, found[0].fields[0].name.value);
    if (!definition) return { unknownField: path.slice(0, i + 1).join('.') };
    const type = definition.type;
    const named = getNamedType(type);
    const dotted = path.slice(0, i + 1).join('.');
    if (isListType(isNonNullType(type) ? type.ofType : type)) {
      throw new ExportRequestError(
        'path',
        `\`${dotted}\` is a list: the path must lead through single objects to one connection (export one list at a time)`,
      );
    }
    if (!isCompositeType(named))
      throw new ExportRequestError(
        'path',
        `\`${dotted}\` is a ${named.name}, not a connection: the path must end at a paged list such as \`projects\``,
      );
    parentType = named;
    selectionSets = found.flatMap((f) => f.fields.map((field) => field.selectionSet!).filter(Boolean));
    connectionField = found[0].fields[0];
    connectionType = type;
  }
  if (!connectionField || !connectionType)
    throw new ExportRequestError('path', 'name the connection to export, e.g. `projects` or `province.organization.projects`');
  const dotted = path.join('.');
  const connection = getNamedType(connectionType);
  if (!isObjectType(connection) || !connection.getFields().pageInfo || !(connection.getFields().nodes || connection.getFields().edges)) {
    throw new ExportRequestError('path', `\`${dotted}\` is a ${connection.name}, not a connection (a paged list with pageInfo and nodes)`);
  }

  const afterVariable = variableArgument(connectionField, 'after', operation, dotted);
  const first = firstArgument(connectionField, operation, dotted);
  for (const backwards of ['last', 'before']) {
    if (connectionField.arguments?.some((a) => a.name.value === backwards)) {
      throw new ExportRequestError('query', `\`${dotted}\` is given \`${backwards}\`: an export pages forwards with first and after only`);
    }
  }

  const inConnection = collectFields(schema, connection, selectionSets, fragments);
  const pageInfo = keyOf(inConnection, 'pageInfo');
  const pageInfoType = getNamedType(connection.getFields().pageInfo.type) as GraphQLCompositeType;
  const inPageInfo = pageInfo ? collectFields(schema, pageInfoType, subSelections(inConnection.get(pageInfo)!), fragments) : new Map();
  const hasNextPage = keyOf(inPageInfo, 'hasNextPage');
  const endCursor = keyOf(inPageInfo, 'endCursor');
  if (!pageInfo || !hasNextPage || !endCursor) {
    throw new ExportRequestError(
      'query',
      `\`${dotted}\` must select \`pageInfo { hasNextPage endCursor }\`, so the export knows whether and where the next page starts`,
    );
  }

  let nodes: ExportPlan['nodes'];
  let nodeType: GraphQLCompositeType;
  let nodeSelections: SelectionSetNode[];
  const nodesKey = connection.getFields().nodes && keyOf(inConnection, 'nodes');
  const edgesKey = connection.getFields().edges && keyOf(inConnection, 'edges');
  if (nodesKey) {
    nodes = { via: 'nodes', key: nodesKey };
    nodeType = getNamedType(connection.getFields().nodes.type) as GraphQLCompositeType;
    nodeSelections = subSelections(inConnection.get(nodesKey)!);
  } else {
    const edgeType = edgesKey ? (getNamedType(connection.getFields().edges.type) as GraphQLCompositeType) : undefined;
    const inEdges =
      edgesKey && edgeType ? collectFields(schema, edgeType, subSelections(inConnection.get(edgesKey)!), fragments) : new Map();
    const nodeKey = keyOf(inEdges, 'node');
    if (!edgesKey || !nodeKey || !edgeType || !isObjectType(edgeType)) {
      throw new ExportRequestError(
        'query',
        `\`${dotted}\` must select \`nodes { … }\` (or \`edges { node { … } }\`): the fields selected there are the columns`,
      );
    }
    nodes = { via: 'edges', key: edgesKey, nodeKey };
    nodeType = getNamedType(edgeType.getFields().node.type) as GraphQLCompositeType;
    nodeSelections = subSelections(inEdges.get(nodeKey)!);
  }

  const columns: ExportColumn[] = [];
  const unknown = collectColumns(schema, nodeType, nodeSelections, fragments, [], dotted, columns);
  if (unknown) return { unknownField: unknown };
  if (columns.length === 0)
    throw new ExportRequestError('query', `the nodes of \`${dotted}\` select no fields: the fields selected there are the columns`);
  return {
    operationName: operation.name?.value ?? operationName,
    connectionPath: path,
    nodes,
    pageInfo: { key: pageInfo, hasNextPage, endCursor },
    afterVariable,
    first,
    columns,
  };
}

function pickOperation(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) {
    if (operationName) throw new ExportRequestError('operationName', `the document has no operation named ${operationName}`);
    throw new ExportRequestError(
      operations.length ? 'operationName' : 'query',
      operations.length ? 'the document has several operations: name one with operationName' : 'the document has no operation',
    );
  }
  if (operation.operation !== 'query') throw new ExportRequestError('query', `an export runs a query, not a ${operation.operation}`);
  return operation;
}

/** GraphQL's field collection (fragments expanded, @skip/@include left to the API): fields by response key. */
function collectFields(
  schema: GraphQLSchema,
  parentType: GraphQLCompositeType,
  selectionSets: readonly SelectionSetNode[],
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  into: Collected = new Map(),
): Collected {
  for (const selectionSet of selectionSets) {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const entries = into.get(key) ?? [];
        const same = entries.find((e) => e.parentType === parentType);
        if (same) same.fields.push(selection);
        else entries.push({ fields: [selection], parentType });
        into.set(key, entries);
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parentType;
        collectFields(schema, isCompositeType(condition) ? condition : parentType, [fragment.selectionSet], fragments, into);
      }
    }
  }
  return into;
}

function fieldDefinition(parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(parentType) || isInterfaceType(parentType)) return parentType.getFields()[name];
  return undefined;
}

function keyOf(collected: Collected, fieldName: string): string | undefined {
  for (const [key, entries] of collected) if (entries.some((e) => e.fields.some((f) => f.name.value === fieldName))) return key;
  return undefined;
}

function subSelections(entries: readonly { fields: FieldNode[] }[]): SelectionSetNode[] {
  return entries.flatMap((e) => e.fields.map((f) => f.selectionSet!).filter(Boolean));
}

function variableArgument(field: FieldNode, name: string, operation: OperationDefinitionNode, dotted: string): string {
  const argument = field.arguments?.find((a) => a.name.value === name);
  const variable = argument?.value.kind === Kind.VARIABLE ? argument.value.name.value : undefined;
  if (!variable || !operation.variableDefinitions?.some((d) => d.variable.name.value === variable)) {
    throw new ExportRequestError(
      'query',
      `\`${dotted}\` must take \`after\` from a variable the operation declares, e.g. \`query Export($after: String) { ${dotted.split('.').join(' { ')}(first: 100, after: $after) … }\`: the export sets it to each page's endCursor`,
    );
  }
  return variable;
}

function firstArgument(field: FieldNode, operation: OperationDefinitionNode, dotted: string): ExportPlan['first'] {
  const argument = field.arguments?.find((a) => a.name.value === 'first');
  if (argument?.value.kind === Kind.INT) return { literal: Number(argument.value.value) };
  if (
    argument?.value.kind === Kind.VARIABLE &&
    operation.variableDefinitions?.some((d) => d.variable.name.value === (argument.value as { name: { value: string } }).name.value)
  ) {
    return { variable: argument.value.name.value };
  }
  throw new ExportRequestError(
    'query',
    `\`${dotted}\` must be given \`first\`, as a number or a declared variable (e.g. \`first: $first\`, which the export sets to pageSize)`,
  );
}

/** Appends the columns of a selection on `type`; returns the dotted name of a field the schema does not know. */
function collectColumns(
  schema: GraphQLSchema,
  type: GraphQLCompositeType,
  selectionSets: readonly SelectionSetNode[],
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  prefix: readonly string[],
  connection: string,
  out: ExportColumn[],
): string | undefined {
  for (const [key, entries] of collectFields(schema, type, selectionSets, fragments)) {
    const name = entries[0].fields[0].name.value;
    // Apollo Client adds __typename everywhere (so registered operations carry it); it is not the record's data.
    if (name === '__typename') continue;
    const path = [...prefix, key];
    const dotted = path.join('.');
    const definition = entries.map((e) => fieldDefinition(e.parentType, name)).find(Boolean);
    if (!definition) return dotted;
    const fieldType = isNonNullType(definition.type) ? definition.type.ofType : definition.type;
    const list = isListType(fieldType);
    const named = getNamedType(fieldType);
    if (isLeafType(named)) {
      if (!out.some((c) => c.header === dotted)) out.push({ header: dotted, path, list });
      continue;
    }
    if (list) {
      throw new ExportRequestError(
        'query',
        `\`${dotted}\` is a list of ${named.name} inside each node of \`${connection}\`: a CSV row holds one value per column. Leave it out, or export that list on its own (lists of plain values are joined into one cell)`,
      );
    }
    const unknown = collectColumns(schema, named, subSelections(entries), fragments, path, connection, out);
    if (unknown) return unknown;
  }
  return undefined;
}

/** One page of the connection as the API answered it. */
export interface ExportPage {
  readonly nodes: readonly unknown[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/** Finds the connection's page in a response's `data`; says which step is missing when the list is not there. */
export function pageOf(data: unknown, plan: ExportPlan): ExportPage {
  let value: unknown = data;
  for (let i = 0; i < plan.connectionPath.length; i++) {
    value = (value as Record<string, unknown> | null | undefined)?.[plan.connectionPath[i]];
    if (value === null || value === undefined) {
      throw new ExportRequestError(
        'path',
        `\`${plan.connectionPath.slice(0, i + 1).join('.')}\` is null in the result: there is no list to export (check the variables)`,
        404,
        'NOT_FOUND',
      );
    }
  }
  const connection = value as Record<string, unknown>;
  const pageInfo = connection[plan.pageInfo.key] as Record<string, unknown>;
  const listed = (connection[plan.nodes.key] ?? []) as unknown[];
  const nodes =
    plan.nodes.via === 'nodes'
      ? listed
      : listed.map((edge) => (edge as Record<string, unknown> | null)?.[(plan.nodes as { nodeKey: string }).nodeKey]);
  return {
    nodes,
    hasNextPage: pageInfo?.[plan.pageInfo.hasNextPage] === true,
    endCursor: (pageInfo?.[plan.pageInfo.endCursor] as string | null) ?? null,
  };
}

/**
 * A node's cells in column order: null (unknown) is an empty cell, never a 0 or "false"; a list of scalars is
 * one cell, items joined with LIST_SEPARATOR; a JSON-valued scalar is written as JSON.
 */
export function rowOf(node: unknown, columns: readonly ExportColumn[]): (string | number | boolean | null)[] {
  return columns.map((column) => {
    let value: unknown = node;
    for (const key of column.path) {
      if (value === null || value === undefined) break;
      value = (value as Record<string, unknown>)[key];
    }
    if (value === undefined || value === null) return null;
    if (Array.isArray(value)) return value.flat(Infinity).map(cell).join(LIST_SEPARATOR);
    return typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
  });
}

const cell = (item: unknown): string =>
  item === null || item === undefined ? '' : typeof item === 'object' ? JSON.stringify(item) : String(item);
