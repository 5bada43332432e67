import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SubgraphHttpClient } from './subgraph-http-client';

/** A server on a free port that answers as `answer` says; its URL. */
async function serve(answer: http.RequestListener): Promise<{ url: URL; close(): Promise<void> }> {
  const server = http.createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}/graphql`),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the subgraph HTTP client', () => {
  const client = new SubgraphHttpClient({ connectionsPerSubgraph: 2, keepAliveMs: 1_000 });
  afterAll(() => client.close());

  it('gives the status, content type and whole text of an answer sent in pieces, a character split between two kept whole', async () => {
    const text = JSON.stringify({ data: { province: { nameFa: 'استان تهران'.repeat(2_000) } } });
    const bytes = Buffer.from(text, 'utf8');
    let received = '';
    const server = await serve((request, response) => {
      request.on('data', (chunk) => (received += chunk));
      request.on('end', async () => {
        response.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8' });
        // Pieces of 1,001 bytes: Persian letters are two bytes each, so pieces end inside one.
        for (let at = 0; at < bytes.length; at += 1_001) {
          response.write(bytes.subarray(at, at + 1_001));
          await new Promise((resolve) => setImmediate(resolve));
        }
        response.end();
      });
    });
    try {
      const answer = await client.post(server.url, { 'content-type': 'application/json' }, '{"query":"{ a }"}', 5_000);
      expect(received).toBe('{"query":"{ a }"}');
      expect(answer).toEqual({ status: 200, contentType: 'application/graphql-response+json; charset=utf-8', text });
    } finally {
      await server.close();
    }
  });

  it('gives an error status with its text, and a deadline passed as a TimeoutError', async () => {
    const server = await serve((request, response) => {
      if (request.url?.includes('slow')) return; // never answers
      response.writeHead(503, { 'content-type': 'text/plain' }).end('overloaded');
    });
    try {
      expect(await client.post(server.url, {}, '{}', 5_000)).toEqual({ status: 503, contentType: 'text/plain', text: 'overloaded' });
      const slow = new URL('/slow', server.url);
      await expect(client.post(slow, {}, '{}', 200)).rejects.toMatchObject({ name: 'TimeoutError' });
    } finally {
      await server.close();
    }
  });
});
