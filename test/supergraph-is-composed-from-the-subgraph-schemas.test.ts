import fs from 'node:fs';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  isIntrospectionType,
  isSpecifiedScalarType,
} from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { CORE_SUBGRAPHS } from '@hamyar/shared';
import {
  composeSupergraph,
  CompositionError,
  readSubgraphSources,
  SUPERGRAPH_FILE,
  supergraphFileContents,
} from '../gateway/src/compose/compose-supergraph';

describe('supergraph.graphql', () => {
  it('is what composing the current subgraph schemas gives (run `npm run compose` when this fails)', () => {
    expect(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(supergraphFileContents(readSubgraphSources()));
  });

  it('lists the core subgraphs of the topology, each at its default port (supergraph.yaml)', () => {
    const listed = readSubgraphSources().map((source) => [source.name, source.routingUrl]);
    expect(listed).toEqual(CORE_SUBGRAPHS.map((slot) => [slot.name, `http://localhost:${slot.defaultPort}/graphql`]));
  });

  it('documents every type, field and enum value of the public API', () => {
    const api = Supergraph.build(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(api.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description) undocumented.push(type.name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType || type instanceof GraphQLInputObjectType) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
      if (type instanceof GraphQLEnumType) {
        for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('refuses to compose two subgraphs that define the same field differently, with the composer’s message', () => {
    const sources = readSubgraphSources();
    const clash = {
      name: 'clashing',
      routingUrl: 'http://localhost:4999/graphql',
      sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
        type Query { province(code: ID!): Int }`,
    };
    expect(() => composeSupergraph([...sources, clash])).toThrow(CompositionError);
    expect(() => composeSupergraph([...sources, clash])).toThrow(/Query\.province/);
  });
});
