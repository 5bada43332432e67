import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A pass-through in front of a subgraph that counts what reaches it: proof that a refused request never did. */
export interface CountingProxy {
  readonly url: string;
  readonly requests: number;
  stop(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

export async function countingProxy(target: string): Promise<CountingProxy> {
  let requests = 0;
  const server = http.createServer(async (req, res) => {
    requests += 1;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(
      Object.entries(req.headers)
        .filter(([name]) => !HOP_BY_HOP.has(name))
        .map(([name, value]) => [name, String(value)]),
    );
    try {
      const upstream = await fetch(target, { method: req.method, headers, body: req.method === 'GET' ? undefined : Buffer.concat(chunks) });
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      res.writeHead(502).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    get requests() {
      return requests;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A counting pass-through in front of each of `subgraphs`: the URLs a gateway calls them at, and how much reached them. */
export interface CountedSubgraphs {
  /** Subgraph name → its proxy's URL, for a gateway's `subgraphUrls`. */
  readonly subgraphUrls: Record<string, string>;
  /** Requests that reached any of the subgraphs so far. */
  requests(): number;
  stop(): Promise<void>;
}

export async function countedSubgraphs(subgraphs: Readonly<Record<string, { readonly url: string }>>): Promise<CountedSubgraphs> {
  const names = Object.keys(subgraphs);
  const proxies = await Promise.all(names.map((name) => countingProxy(subgraphs[name].url)));
  return {
    subgraphUrls: Object.fromEntries(names.map((name, i) => [name, proxies[i].url])),
    requests: () => proxies.reduce((sum, proxy) => sum + proxy.requests, 0),
    stop: async () => {
      await Promise.all(proxies.map((proxy) => proxy.stop()));
    },
  };
}
