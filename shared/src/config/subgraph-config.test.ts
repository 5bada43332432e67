import path from 'node:path';
import { ConfigError } from './config-error';
import { loadSubgraphConfig } from './subgraph-config';

const SECRET = { HAMYAR_INTERNAL_SECRET: 'x'.repeat(32) };

describe('loadSubgraphConfig', () => {
  it('defaults to the embedded database under .data/<subgraph> and the slot’s port', () => {
    const config = loadSubgraphConfig('projects', SECRET);
    expect(config.port).toBe(4002);
    expect(config.database).toEqual({ kind: 'embedded', dataDir: path.resolve('.data', 'projects'), schema: 'public' });
  });

  it('uses DATABASE_URL in a schema named after the subgraph, and a per-subgraph URL over it', () => {
    expect(loadSubgraphConfig('projects', { ...SECRET, DATABASE_URL: 'postgres://a@db/x' }).database).toEqual({ kind: 'postgres', url: 'postgres://a@db/x', schema: 'projects' });
    expect(
      loadSubgraphConfig('projects', { ...SECRET, DATABASE_URL: 'postgres://a@db/x', PROJECTS_DATABASE_URL: 'postgres://b@other/y' }).database,
    ).toMatchObject({ url: 'postgres://b@other/y' });
  });

  it('lists every bad value at once, naming the variable, and never echoes a password', () => {
    try {
      loadSubgraphConfig('organizations', { ORGANIZATIONS_PORT: 'eighty', DATABASE_URL: 'mysql://u:secret@h/db', SEED: 'maybe' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toContain('HAMYAR_INTERNAL_SECRET must be set');
      expect(problems[0]).toContain('DATABASE_URL');
      expect(problems.join('\n')).not.toContain('secret');
      expect(problems.join('\n')).toContain('ORGANIZATIONS_PORT must be a TCP port');
      expect(problems.join('\n')).toContain('SEED must be true or false');
    }
  });
});
