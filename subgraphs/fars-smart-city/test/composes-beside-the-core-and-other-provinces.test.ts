import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { COMMON_SCHEMA_FILE, provinceNamingViolations, subgraphSdl } from '@hamyar/shared';
import { parse } from 'graphql';
import YAML from 'yaml';
import { farsSmartCitySubgraph } from '../src';

/**
 * What the registry checks before it accepts a province's schema: that it composes with every other subgraph
 * (Apollo's own composer), and that it keeps to the naming rules, which are what keep two provinces from
 * colliding in the first place.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const FEDERATION = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

interface Service {
  readonly name: string;
  readonly url: string;
  readonly sdl: string;
}

/** The subgraphs of supergraph.yaml (this one left out, should it be listed there), as the composer reads them. */
function otherSubgraphs(): Service[] {
  const config = YAML.parse(fs.readFileSync(path.join(ROOT, 'supergraph.yaml'), 'utf8')) as {
    subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
  };
  return Object.entries(config.subgraphs)
    .filter(([name]) => name !== farsSmartCitySubgraph.name)
    .map(([name, entry]) => ({ name, url: entry.routing_url, sdl: subgraphSdl(path.join(ROOT, entry.schema.file)) }));
}

const fars: Service = {
  name: farsSmartCitySubgraph.name,
  url: 'http://localhost:4101/graphql',
  sdl: subgraphSdl(farsSmartCitySubgraph.schemaFile),
};

function compose(services: readonly Service[]) {
  return composeServices(services.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
}

/** A province subgraph's SDL with the shared types appended, as the kit serves it. */
function withCommonTypes(ownSdl: string): string {
  return `${ownSdl}\n${fs.readFileSync(COMMON_SCHEMA_FILE, 'utf8')}`;
}

describe('the fars-smart-city subgraph in the supergraph', () => {
  it('composes with the other subgraphs, adding its fields to their entities', () => {
    const result = compose([...otherSubgraphs(), fars]);
    expect(result.errors?.map((e) => e.message)).toBeUndefined();
    expect(result.supergraphSdl).toMatch(
      /farsSmartCityInitiatives\(.*\): FarsSmartCityInitiativeConnection @join__field\(graph: FARS_SMART_CITY\)/,
    );
    expect(result.supergraphSdl).toContain('type FarsSmartCityInitiative');
  });

  it('keeps to the naming rules in the schema file it publishes', () => {
    expect(provinceNamingViolations(fs.readFileSync(farsSmartCitySubgraph.schemaFile, 'utf8'), 'IR-07')).toEqual([]);
  });

  it('composes beside another province that keeps to the rules too', () => {
    const razaviKhorasan: Service = {
      name: 'razavi-khorasan-smart-city',
      url: 'http://localhost:4102/graphql',
      sdl: withCommonTypes(`${FEDERATION}
        type Query { razaviKhorasanSmartParkingLots: [RazaviKhorasanSmartParkingLot!]! }
        type RazaviKhorasanSmartParkingLot @key(fields: "id") { id: ID! title: String! }
        type Organization @key(fields: "id") { id: ID! razaviKhorasanSmartParkingLots: [RazaviKhorasanSmartParkingLot!]! }`),
    };
    expect(provinceNamingViolations(razaviKhorasan.sdl, 'IR-09')).toEqual([]);
    expect(compose([...otherSubgraphs(), fars, razaviKhorasan]).errors).toBeUndefined();
  });

  it('collides with a province that takes its names, and the naming rules say so before the composer does', () => {
    const copycat: Service = {
      name: 'razavi-khorasan-smart-city',
      url: 'http://localhost:4102/graphql',
      sdl: withCommonTypes(`${FEDERATION}
        type Query { razaviKhorasanParkingCount: Int }
        type Organization @key(fields: "id") { id: ID! farsSmartCityInitiatives: Int }`),
    };
    expect(provinceNamingViolations(copycat.sdl, 'IR-09')).toEqual([
      {
        path: 'Organization.farsSmartCityInitiatives',
        message: 'a field Razavi Khorasan adds to Organization must start with "razaviKhorasan"',
      },
    ]);
    expect(compose([...otherSubgraphs(), fars, copycat]).errors?.map((e) => e.message)).toContain(
      'Non-shareable field "Organization.farsSmartCityInitiatives" is resolved from multiple subgraphs: it is resolved from subgraphs "fars-smart-city" and "razavi-khorasan-smart-city" and defined as non-shareable in all of them',
    );
  });
});
