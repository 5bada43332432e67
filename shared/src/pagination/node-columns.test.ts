import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { fieldsWithoutColumns, nodeColumns, type FieldColumns } from './node-columns';

interface Row {
  id: string;
  titleFa: string;
  budgetMin: string;
  budgetMax: string;
  ownerId: string;
}
const COLUMNS: FieldColumns<Row> = { id: [], title: ['titleFa'], budget: ['budgetMin', 'budgetMax'], owner: ['ownerId'], children: [] };

/** What a resolver of `list` would be handed for this document. */
function infoOf(document: string): GraphQLResolveInfo {
  const definitions = parse(document).definitions;
  const operation = definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const fieldNodes = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'list');
  return { fieldNodes, fragments } as unknown as GraphQLResolveInfo;
}

describe('nodeColumns', () => {
  it('reads the columns of the fields under nodes and edges.node, fragments included, sorted', () => {
    expect(nodeColumns(infoOf(`{ list { nodes { id title } } }`), COLUMNS)).toEqual(['titleFa']);
    expect(nodeColumns(infoOf(`{ list { edges { cursor node { owner ...B } } } } fragment B on Row { budget }`), COLUMNS)).toEqual([
      'budgetMax',
      'budgetMin',
      'ownerId',
    ]);
    expect(nodeColumns(infoOf(`{ list { ... on List { nodes { __typename ... on Row { title } } } } }`), COLUMNS)).toEqual(['titleFa']);
  });

  it('unites the selections of one field asked twice under one response key', () => {
    expect(nodeColumns(infoOf(`{ list { nodes { title } } list { nodes { owner } } }`), COLUMNS)).toEqual(['ownerId', 'titleFa']);
  });

  it('needs no column for a page that selects no node field (totalCount, pageInfo)', () => {
    expect(nodeColumns(infoOf(`{ list { totalCount pageInfo { endCursor } } }`), COLUMNS)).toEqual([]);
  });

  it('loads every column (undefined) when a selected field has no entry', () => {
    expect(nodeColumns(infoOf(`{ list { nodes { id unmapped } } }`), COLUMNS)).toBeUndefined();
  });
});

describe('fieldsWithoutColumns', () => {
  it('names the fields of a type, its extensions included, that the map leaves out', () => {
    const sdl = `type Row { id: ID! title: String } extend type Row { budget: Int extra: Int }`;
    expect(fieldsWithoutColumns(sdl, 'Row', COLUMNS)).toEqual(['extra']);
    expect(() => fieldsWithoutColumns(sdl, 'Nothing', COLUMNS)).toThrow('no type Nothing');
  });
});
