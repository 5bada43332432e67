import { subgraphSdlDifference } from './subgraph-sdl-equivalence';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

describe('comparing the SDL a subgraph serves with the SDL submitted for it', () => {
  const submitted = `${LINK}
    type Query { farsItems: [FarsItem!]! }
    """An item | قلم"""
    type FarsItem @key(fields: "id") @shareable { id: ID! title: String! }
    enum FarsColour { RED GREEN }`;

  it('finds no difference in order, whitespace or description style', () => {
    const reordered = `enum FarsColour { GREEN RED }
      "An item | قلم"
      type FarsItem @shareable @key(fields: "id") { title: String!   id: ID! }
      ${LINK}
      type Query { farsItems: [FarsItem!]! }`;
    expect(subgraphSdlDifference(submitted, reordered)).toBeNull();
  });

  it('names each definition that differs: a field, a type, a description', () => {
    const served = `${LINK}
      type Query { farsItems: [FarsItem!]! farsSecret: String }
      """An item"""
      type FarsItem @key(fields: "id") @shareable { id: ID! title: String! }
      enum FarsColour { RED GREEN }
      type FarsExtra { id: ID! }`;
    expect(subgraphSdlDifference(submitted, served)).toEqual(['FarsExtra', 'FarsItem', 'Query']);
  });
});
