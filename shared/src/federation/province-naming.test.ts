import { PROVINCES } from '../reference/provinces';
import {
  checkProvinceSubgraphName,
  hasNamePrefix,
  provinceNamingViolations,
  provinceOfSubgraphName,
  provincePrefix,
  provinceSlug,
  topLevelFields,
} from './province-naming';

const FEDERATION = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external"])';

describe('province slugs and prefixes', () => {
  it('come from the English province name', () => {
    expect(provinceSlug('IR-07')).toBe('fars');
    expect(provinceSlug('IR-09')).toBe('razavi-khorasan');
    expect(provinceSlug('IR-11')).toBe('sistan-and-baluchestan');
    expect(provinceSlug('IR-17')).toBe('kohgiluyeh-and-boyer-ahmad');
    expect(provincePrefix('IR-07')).toEqual({ pascal: 'Fars', camel: 'fars', slug: 'fars' });
    expect(provincePrefix('IR-09')).toEqual({ pascal: 'RazaviKhorasan', camel: 'razaviKhorasan', slug: 'razavi-khorasan' });
    expect(provincePrefix('IR-17')).toEqual({
      pascal: 'KohgiluyehAndBoyerAhmad',
      camel: 'kohgiluyehAndBoyerAhmad',
      slug: 'kohgiluyeh-and-boyer-ahmad',
    });
  });

  it('refuse a code that is not a province', () => {
    expect(() => provinceSlug('IR-31')).toThrow(/Unknown province code "IR-31"/);
    expect(() => provincePrefix('Fars')).toThrow(/Unknown province code/);
  });

  it('count only at a word boundary, so Kerman and Kermanshah stay apart', () => {
    expect(hasNamePrefix('KermanItem', 'Kerman')).toBe(true);
    expect(hasNamePrefix('KermanshahItem', 'Kerman')).toBe(false);
    expect(hasNamePrefix('fars', 'fars')).toBe(true);
    expect(hasNamePrefix('farsi', 'fars')).toBe(false);
    expect(hasNamePrefix('fars2Parking', 'fars')).toBe(true);
  });

  it('never let one province own a name another province owns', () => {
    const prefixes = PROVINCES.map((p) => ({ code: p.code, ...provincePrefix(p.code) }));
    for (const a of prefixes) {
      for (const b of prefixes) {
        if (a.code === b.code) continue;
        expect([a.code, b.code, hasNamePrefix(b.pascal, a.pascal)]).toEqual([a.code, b.code, false]);
        expect([a.code, b.code, hasNamePrefix(b.camel, a.camel)]).toEqual([a.code, b.code, false]);
        expect([a.code, b.code, `${b.slug}-`.startsWith(`${a.slug}-`)]).toEqual([a.code, b.code, false]);
      }
    }
  });
});

describe("a province subgraph's name", () => {
  it('is <province-slug>-<something> in kebab case', () => {
    expect(checkProvinceSubgraphName('fars-smart-city', 'IR-07')).toEqual([]);
    expect(checkProvinceSubgraphName('razavi-khorasan-tourism', 'IR-09')).toEqual([]);
    expect(checkProvinceSubgraphName('kohgiluyeh-and-boyer-ahmad-roads2', 'IR-17')).toEqual([]);
  });

  it("must carry its own province's slug", () => {
    expect(checkProvinceSubgraphName('smart-city', 'IR-07')).toEqual(['name must start with "fars-" (the slug of IR-07, Fars)']);
    expect(checkProvinceSubgraphName('fars-smart-city', 'IR-09')).toEqual([
      'name must start with "razavi-khorasan-" (the slug of IR-09, Razavi Khorasan)',
    ]);
    expect(checkProvinceSubgraphName('farsi-tools', 'IR-07')).toEqual(['name must start with "fars-" (the slug of IR-07, Fars)']);
    expect(checkProvinceSubgraphName('projects', 'IR-07')).toEqual(['name must start with "fars-" (the slug of IR-07, Fars)']);
  });

  it('must say what it is about, in kebab case, within 63 characters', () => {
    expect(checkProvinceSubgraphName('fars-', 'IR-07')).toEqual([
      expect.stringMatching(/^name must be kebab case/),
      'name must say what the subgraph is about after "fars-", e.g. fars-smart-city',
    ]);
    expect(checkProvinceSubgraphName('Fars-SmartCity', 'IR-07')).toEqual([
      expect.stringMatching(/^name must be kebab case .* got "Fars-SmartCity"$/),
      'name must start with "fars-" (the slug of IR-07, Fars)',
    ]);
    expect(checkProvinceSubgraphName('fars--parking', 'IR-07')).toEqual([expect.stringMatching(/^name must be kebab case/)]);
    expect(checkProvinceSubgraphName(`fars-${'x'.repeat(60)}`, 'IR-07')).toEqual([
      'name must be at most 63 characters (its database schema is named after it); it has 65',
    ]);
  });

  it('names an unknown province clearly', () => {
    expect(checkProvinceSubgraphName('fars-smart-city', 'IR-99')).toEqual([expect.stringMatching(/^unknown province code "IR-99"/)]);
  });

  it('tells which province it belongs to', () => {
    expect(provinceOfSubgraphName('fars-smart-city')?.code).toBe('IR-07');
    expect(provinceOfSubgraphName('razavi-khorasan-tourism')?.code).toBe('IR-09');
    expect(provinceOfSubgraphName('kerman-roads')?.code).toBe('IR-08');
    expect(provinceOfSubgraphName('kermanshah-roads')?.code).toBe('IR-05');
    expect(provinceOfSubgraphName('projects')).toBeUndefined();
  });
});

describe("the names in a province subgraph's schema", () => {
  const good = `
    ${FEDERATION}
    type Query {
      farsSmartCityInitiatives(first: Int): FarsSmartCityInitiativeConnection
    }
    type Mutation { farsChangeSmartCityInitiativeStatus(id: ID!, status: FarsSmartCityStatus!): FarsSmartCityInitiative! }
    type FarsSmartCityInitiative @key(fields: "id") {
      id: ID!
      title: String!
      area: FarsSmartCityArea!
      status: FarsSmartCityStatus!
      organization: Organization
      sources: [Source!]!
      publishedOn: CalendarDate
    }
    type FarsSmartCityInitiativeConnection { nodes: [FarsSmartCityInitiative!]! pageInfo: PageInfo! totalCount: Int! }
    enum FarsSmartCityArea { SMART_PARKING SMART_MARKETS }
    enum FarsSmartCityStatus { PLANNED IN_PROGRESS DONE }
    input FarsSmartCityInitiativeFilter { areas: [FarsSmartCityArea!] }
    interface FarsNode { id: ID! }
    union FarsResult = FarsSmartCityInitiative
    scalar FarsPlate
    type Organization @key(fields: "id") { id: ID! farsSmartCityInitiatives(first: Int): FarsSmartCityInitiativeConnection }
    type Province @key(fields: "code") { code: ID! farsCapitalParkingCount: Int }
    type InvestmentProject @key(fields: "id") { id: ID! title: String! @external farsSmartCityArea: FarsSmartCityArea }
    extend type Agreement @key(fields: "id") { id: ID! farsInitiatives: [FarsSmartCityInitiative!]! }
  `;

  it('pass when every name carries the province prefix', () => {
    expect(provinceNamingViolations(good, 'IR-07')).toEqual([]);
  });

  it('exempt the shared types and federation’s own, as the subgraph serves them in _service { sdl }', () => {
    const served = `${good}
      type PageInfo @shareable { hasNextPage: Boolean! }
      type Source @shareable { reportId: ID! }
      scalar BigInt
      enum Currency { IRR }
      scalar _Any
      scalar link__Import
      enum link__Purpose { SECURITY EXECUTION }
      type _Service { sdl: String }
      extend type Query { _service: _Service! _entities(representations: [_Any!]!): [_Entity]! }
      union _Entity = FarsSmartCityInitiative
    `;
    expect(provinceNamingViolations(served, 'IR-07')).toEqual([]);
  });

  it('name every type without the PascalCase prefix, by kind', () => {
    const sdl = `
      ${FEDERATION}
      type SmartParking { id: ID! }
      enum SmartCityArea { PARKING }
      input ParkingFilter { area: SmartCityArea }
      interface Node { id: ID! }
      union Result = SmartParking
      scalar Plate
      type Farsi { id: ID! }
    `;
    expect(provinceNamingViolations(sdl, 'IR-07')).toEqual([
      { path: 'SmartParking', message: 'a type Fars defines must start with "Fars"' },
      { path: 'SmartCityArea', message: 'an enum Fars defines must start with "Fars"' },
      { path: 'ParkingFilter', message: 'an input type Fars defines must start with "Fars"' },
      { path: 'Node', message: 'an interface Fars defines must start with "Fars"' },
      { path: 'Result', message: 'a union Fars defines must start with "Fars"' },
      { path: 'Plate', message: 'a scalar Fars defines must start with "Fars"' },
      { path: 'Farsi', message: 'a type Fars defines must start with "Fars"' },
    ]);
  });

  it('name every field added to an entity another subgraph owns without the camelCase prefix, keys exempt', () => {
    const sdl = `
      ${FEDERATION}
      type Organization @key(fields: "id") { id: ID! smartParking: Int farsSmartParking: Int }
      type Province @key(fields: "code") { code: ID! parkingCount: Int }
      type Municipality @key(fields: "id") { id: ID! name: String @external marketCount: Int }
    `;
    expect(provinceNamingViolations(sdl, 'IR-07')).toEqual([
      { path: 'Organization.smartParking', message: 'a field Fars adds to Organization must start with "fars"' },
      { path: 'Province.parkingCount', message: 'a field Fars adds to Province must start with "fars"' },
      { path: 'Municipality.marketCount', message: 'a field Fars adds to Municipality must start with "fars"' },
    ]);
  });

  it('name every root field without the camelCase prefix', () => {
    const sdl = `
      ${FEDERATION}
      type Query { smartCityInitiatives: Int farsSmartCityInitiatives: Int }
      extend type Query { parking: Int }
      type Mutation { changeStatus: Int }
    `;
    expect(provinceNamingViolations(sdl, 'IR-07')).toEqual([
      { path: 'Query.smartCityInitiatives', message: 'a Query field Fars adds must start with "fars"' },
      { path: 'Query.parking', message: 'a Query field Fars adds must start with "fars"' },
      { path: 'Mutation.changeStatus', message: 'a Mutation field Fars adds must start with "fars"' },
    ]);
  });

  it('follow a schema definition that renames the root types', () => {
    const sdl = `schema { query: FarsRoot } type FarsRoot { items: Int farsItems: Int }`;
    expect(provinceNamingViolations(sdl, 'IR-07')).toEqual([
      { path: 'FarsRoot.items', message: 'a Query field Fars adds must start with "fars"' },
    ]);
  });

  it("catch one province reusing another's names: Razavi Khorasan copying Fars's schema", () => {
    expect(provinceNamingViolations(good, 'IR-09')).toEqual(
      expect.arrayContaining([
        { path: 'Query.farsSmartCityInitiatives', message: 'a Query field Razavi Khorasan adds must start with "razaviKhorasan"' },
        {
          path: 'FarsSmartCityInitiative.title',
          message: 'a field Razavi Khorasan adds to FarsSmartCityInitiative must start with "razaviKhorasan"',
        },
        { path: 'FarsSmartCityArea', message: 'an enum Razavi Khorasan defines must start with "RazaviKhorasan"' },
        {
          path: 'Organization.farsSmartCityInitiatives',
          message: 'a field Razavi Khorasan adds to Organization must start with "razaviKhorasan"',
        },
      ]),
    );
  });

  it('take the entity types a subgraph owns when told, so extending a sibling subgraph of the province is checked too', () => {
    const sdl = `${FEDERATION} type FarsParkingLot @key(fields: "id") { id: ID! capacity: Int } type FarsMarket @key(fields: "id") { id: ID! stalls: Int }`;
    expect(provinceNamingViolations(sdl, 'IR-07')).toEqual([]);
    expect(provinceNamingViolations(sdl, 'IR-07', ['FarsMarket'])).toEqual([
      { path: 'FarsParkingLot.capacity', message: 'a field Fars adds to FarsParkingLot must start with "fars"' },
    ]);
  });

  it('have no bypass through underscores or double underscores: only federation’s exact names are its own', () => {
    const sdl = `
      ${FEDERATION}
      type Query { _service: _Service! _entities(representations: [_Any!]!): [_Entity]! _projects: Int my__projects: Int }
      type _Parking { id: ID! }
      type Parking__Lot { id: ID! }
      type Organization @key(fields: "id") { id: ID! _secret: String }
    `;
    expect(provinceNamingViolations(sdl, 'IR-07')).toEqual([
      { path: 'Query._projects', message: 'a Query field Fars adds must start with "fars"' },
      { path: 'Query.my__projects', message: 'a Query field Fars adds must start with "fars"' },
      { path: '_Parking', message: 'a type Fars defines must start with "Fars"' },
      { path: 'Parking__Lot', message: 'a type Fars defines must start with "Fars"' },
      { path: 'Organization._secret', message: 'a field Fars adds to Organization must start with "fars"' },
    ]);
  });

  it('refuse taking a field over from another subgraph with @override, in either spelling', () => {
    const sdl = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@override"])
      type Organization @key(fields: "id") {
        id: ID! @override(from: "organizations")
        farsName: String @override(from: "fars-parking")
        farsCode: String @federation__override(from: "razavi-khorasan-tourism")
      }
    `;
    expect(provinceNamingViolations(sdl, 'IR-07')).toEqual([
      {
        path: 'Organization.id',
        message: 'Fars may take a field over (@override) only from its own subgraphs (named "fars-…"), not from "organizations"',
      },
      {
        path: 'Organization.farsCode',
        message: 'Fars may take a field over (@override) only from its own subgraphs (named "fars-…"), not from "razavi-khorasan-tourism"',
      },
    ]);
  });

  it('refuse @inaccessible on what another subgraph owns, allow it on its own names', () => {
    const sdl = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@inaccessible", "@external"])
      type Organization @key(fields: "id") @inaccessible { id: ID! @inaccessible name: String @external @inaccessible farsHidden: Int @inaccessible }
      type FarsThing { id: ID! internal: Int @inaccessible }
    `;
    expect(provinceNamingViolations(sdl, 'IR-07')).toEqual([
      { path: 'Organization', message: 'Fars cannot mark Organization, which another subgraph owns, @inaccessible' },
      { path: 'Organization.id', message: 'Fars cannot mark Organization.id, which another subgraph owns, @inaccessible' },
      { path: 'Organization.name', message: 'Fars cannot mark Organization.name, which another subgraph owns, @inaccessible' },
    ]);
  });

  it('refuse @interfaceObject on an interface another subgraph owns', () => {
    const sdl = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@interfaceObject"])
      type Node @key(fields: "id") @interfaceObject { id: ID! farsTag: String }
      type FarsNode @key(fields: "id") @interfaceObject { id: ID! tag: String }
    `;
    expect(provinceNamingViolations(sdl, 'IR-07')).toEqual([
      {
        path: 'Node',
        message:
          'Fars cannot declare Node, which another subgraph owns, @interfaceObject; it would add fields to every type that implements it',
      },
    ]);
  });

  it('let shared types be repeated but never added to: no new enum value, input field or field, nothing hidden', () => {
    const sdl = `
      ${FEDERATION}
      enum ActorRole { PUBLIC NATIONAL_ADMIN FARS_SUPER_ADMIN }
      extend enum Currency { USD }
      input DateInput { iso: String farsEra: String }
      type PageInfo @shareable { hasNextPage: Boolean! @inaccessible farsTotal: Int }
      extend enum ProjectStatus { FARS_SEIZED }
      input ProjectFilter { farsOnly: Boolean }
    `;
    expect(provinceNamingViolations(sdl, 'IR-07')).toEqual([
      {
        path: 'ActorRole.FARS_SUPER_ADMIN',
        message: 'ActorRole is a shared type (shared/schema/common.graphql); Fars cannot add "FARS_SUPER_ADMIN" to it',
      },
      { path: 'Currency.USD', message: 'Currency is a shared type (shared/schema/common.graphql); Fars cannot add "USD" to it' },
      { path: 'DateInput.farsEra', message: 'DateInput is a shared type (shared/schema/common.graphql); Fars cannot add "farsEra" to it' },
      {
        path: 'PageInfo.farsTotal',
        message: 'PageInfo is a shared type (shared/schema/common.graphql); Fars cannot add "farsTotal" to it',
      },
      { path: 'PageInfo.hasNextPage', message: 'PageInfo is a shared type; Fars cannot mark it @inaccessible' },
      { path: 'ProjectStatus', message: 'an enum Fars defines must start with "Fars"' },
      { path: 'ProjectFilter', message: 'an input type Fars defines must start with "Fars"' },
    ]);
  });

  it('hold a new @key type to the prefix when the entities the others own are known', () => {
    const sdl = `${FEDERATION}
      type TourismSite @key(fields: "id") { id: ID! kermanName: String }
      type Organization @key(fields: "id") { id: ID! kermanSites: [TourismSite!] }`;
    expect(provinceNamingViolations(sdl, 'IR-08')).toEqual([]);
    expect(provinceNamingViolations(sdl, 'IR-08', undefined, new Set(['Organization', 'Province']))).toEqual([
      { path: 'TourismSite', message: 'a type Kerman defines must start with "Kerman"' },
    ]);
  });

  it('read the key fields of compound and nested keys', () => {
    expect(topLevelFields('id')).toEqual(['id']);
    expect(topLevelFields('code organization { id province { code } } year')).toEqual(['code', 'organization', 'year']);
  });
});
