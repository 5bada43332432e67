import path from 'node:path';
import { ConfigError } from './config-error';
import { loadSubgraphConfig } from './subgraph-config';

// A subgraph is given no secret at all: only where the gateway is.
const SECRET = {};

describe('loadSubgraphConfig', () => {
  it('defaults to the embedded database under .data/<subgraph> and the slot’s port', () => {
    const config = loadSubgraphConfig('projects', SECRET);
    expect(config.port).toBe(4002);
    expect(config.database).toEqual({ kind: 'embedded', dataDir: path.resolve('.data', 'projects'), schema: 'public' });
  });

  it('uses DATABASE_URL in a schema named after the subgraph, and a per-subgraph URL over it', () => {
    expect(loadSubgraphConfig('projects', { ...SECRET, DATABASE_URL: 'postgres://a@db/x' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://a@db/x',
      schema: 'projects',
    });
    expect(
      loadSubgraphConfig('projects', { ...SECRET, DATABASE_URL: 'postgres://a@db/x', PROJECTS_DATABASE_URL: 'postgres://b@other/y' })
        .database,
    ).toMatchObject({ url: 'postgres://b@other/y' });
  });

  it('finds the gateway on localhost by default, else at GATEWAY_JWKS_URL, with its API on the same origin', () => {
    expect(loadSubgraphConfig('projects', {}).gateway).toEqual({
      jwksUrl: 'http://localhost:4000/.well-known/jwks.json',
      graphqlUrl: 'http://localhost:4000/graphql',
    });
    expect(loadSubgraphConfig('projects', { GATEWAY_PORT: '5100' }).gateway.jwksUrl).toBe('http://localhost:5100/.well-known/jwks.json');
    expect(loadSubgraphConfig('projects', { GATEWAY_JWKS_URL: 'https://api.example.ir/.well-known/jwks.json' }).gateway).toEqual({
      jwksUrl: 'https://api.example.ir/.well-known/jwks.json',
      graphqlUrl: 'https://api.example.ir/graphql',
    });
    expect(
      loadSubgraphConfig('projects', { GATEWAY_JWKS_URL: 'https://keys.example.ir/jwks.json', GATEWAY_URL: 'http://gateway:4000/graphql' })
        .gateway.graphqlUrl,
    ).toBe('http://gateway:4000/graphql');
  });

  it('lists every bad value at once, naming the variable, and never echoes a password', () => {
    try {
      loadSubgraphConfig('organizations', {
        ORGANIZATIONS_PORT: 'eighty',
        DATABASE_URL: 'mysql://u:secret@h/db',
        SEED: 'maybe',
        GATEWAY_JWKS_URL: 'file:///etc/keys',
      });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toContain('GATEWAY_JWKS_URL must be a http: or https: URL');
      expect(problems[0]).toContain('DATABASE_URL');
      expect(problems.join('\n')).not.toContain('secret');
      expect(problems.join('\n')).toContain('ORGANIZATIONS_PORT must be a TCP port');
      expect(problems.join('\n')).toContain('SEED must be true or false');
    }
  });
});
