import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RegistrySupergraph } from './registry-supergraph';

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

function follower(latest: () => Promise<{ version: number; sdl: string } | null>, lastGoodFile: string | null = null) {
  return new RegistrySupergraph({ source: { latest }, fallbackSdl: 'committed', lastGoodFile, pollIntervalMs: 10 });
}

describe('RegistrySupergraph', () => {
  it('swaps in a new version only once it passes the health check, and retries one that did not', async () => {
    let registry = { version: 1, sdl: 'v1' };
    let healthy = false;
    const updates: string[] = [];
    const manager = follower(async () => registry);
    const { supergraphSdl, cleanup } = await manager.initialize({
      update: (sdl) => updates.push(sdl),
      healthCheck: async () => {
        if (!healthy) throw new Error('subgraph fars-smart-city is down');
      },
    });
    try {
      expect(supergraphSdl).toBe('v1');
      registry = { version: 2, sdl: 'v2' };
      await settle();
      expect(updates).toEqual([]);
      expect(manager.servedVersion).toBe(1);
      healthy = true;
      await settle();
      expect(updates).toEqual(['v2']);
      expect(manager.servedVersion).toBe(2);
    } finally {
      await cleanup();
    }
  });

  it('keeps the good supergraph when the gateway rejects a bad one', async () => {
    let version = 1;
    const manager = follower(async () => ({ version, sdl: `v${version}` }));
    const { cleanup } = await manager.initialize({
      update: () => {
        throw new Error('invalid supergraph');
      },
      healthCheck: async () => undefined,
    });
    try {
      version = 2;
      await settle();
      expect(manager.servedVersion).toBe(1);
    } finally {
      await cleanup();
    }
  });

  it('starts from the last good supergraph when the registry is down, else from the committed file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'last-good-'));
    const file = path.join(dir, 'last-good.graphql');
    const down = async (): Promise<never> => {
      throw new Error('connect ECONNREFUSED');
    };
    try {
      const first = await follower(down, file).initialize({ update: () => undefined, healthCheck: async () => undefined });
      expect(first.supergraphSdl).toBe('committed');
      await first.cleanup();
      fs.writeFileSync(file, '# last good supergraph, registry version 7\ntype Query { x: Int }');
      const manager = follower(down, file);
      const second = await manager.initialize({ update: () => undefined, healthCheck: async () => undefined });
      expect(second.supergraphSdl).toBe('type Query { x: Int }');
      expect(manager.servedVersion).toBe(7);
      await second.cleanup();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
