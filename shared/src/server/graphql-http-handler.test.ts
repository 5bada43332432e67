import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { ApolloServer } from '@apollo/server';
import { createLogger } from '../observability/logger';
import { DEFAULT_OPERATION_LIMITS } from '../request-safety/request-safety-config';
import { graphqlHttpHandler, type GraphQLGuard, type GraphQLHttpRequest } from './graphql-http-handler';

/**
 * The edges of /graphql without Express: what a client sends that never reaches Apollo is answered in GraphQL's
 * error shape with the 4xx that names the reason, exactly as body-parser and the Express chain answered.
 */
const BODY_BYTES = 1_000;
let server: http.Server;
let apollo: ApolloServer<{ ip?: string }>;
let url: string;
const guards: { beforeBody: GraphQLGuard[]; beforeGraphQL: GraphQLGuard[] } = { beforeBody: [], beforeGraphQL: [] };

beforeAll(async () => {
  apollo = new ApolloServer<{ ip?: string }>({
    typeDefs: 'type Query { hello(name: String): String, ip: String }',
    resolvers: {
      Query: {
        hello: (_: unknown, { name }: { name?: string }) => `hello ${name ?? 'you'}`,
        ip: (_: unknown, _a: unknown, c: { ip?: string }) => c.ip,
      },
    },
  });
  await apollo.start();
  const handle = graphqlHttpHandler(apollo, {
    limits: { ...DEFAULT_OPERATION_LIMITS, bodyBytes: BODY_BYTES },
    log: createLogger('test', 'silent'),
    trustProxy: 1,
    beforeBody: guards.beforeBody,
    beforeGraphQL: guards.beforeGraphQL,
    context: async (request: GraphQLHttpRequest) => ({ ip: request.ip }),
  });
  server = http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterEach(() => {
  guards.beforeBody.length = 0;
  guards.beforeGraphQL.length = 0;
});

afterAll(async () => {
  await apollo?.stop();
  await new Promise((resolve) => server?.close(resolve));
});

const post = (body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(url, { method: 'POST', headers, body });

async function refusal(response: Response) {
  const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[]; data?: unknown };
  expect(body.data).toBeUndefined();
  return { status: response.status, message: body.errors[0].message, extensions: body.errors[0].extensions };
}

describe('a GraphQL request over plain node:http', () => {
  it('is answered by Apollo, with its request ID, its length and UTF-8 named, and no ETag', async () => {
    const response = await post(JSON.stringify({ query: '{ hello }' }), { 'content-type': 'application/json', 'x-request-id': 'req-1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    expect(response.headers.get('etag')).toBeNull();
    expect(await response.json()).toEqual({ data: { hello: 'hello you' } });
  });

  it('reads a GET from its query string, and gives an unsafe request ID a fresh one', async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent('{ hello(name: "get") }')}`, {
      headers: { 'x-request-id': 'a b', 'apollo-require-preflight': '1' },
    });
    expect(await response.json()).toEqual({ data: { hello: 'hello get' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reads a body with a byte order mark, a gzip-compressed body, and a UTF-16 one, as body-parser did', async () => {
    const json = JSON.stringify({ query: '{ hello(name: "سلام") }' });
    expect(await (await post(`\ufeff${json}`)).json()).toEqual({ data: { hello: 'hello سلام' } });
    const gzipped = await post(gzipSync(json), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(await gzipped.json()).toEqual({ data: { hello: 'hello سلام' } });
    const utf16 = await post(Buffer.from(json, 'utf16le'), { 'content-type': 'application/json; charset=utf-16le' });
    expect(await utf16.json()).toEqual({ data: { hello: 'hello سلام' } });
  });

  it('gives the context the client address through the trusted proxy hops', async () => {
    const response = await post(JSON.stringify({ query: '{ ip }' }), {
      'content-type': 'application/json',
      'x-forwarded-for': '203.0.113.9',
    });
    expect(await response.json()).toEqual({ data: { ip: '203.0.113.9' } });
  });
});

describe('a request that never reaches Apollo gets a 4xx in GraphQL’s error shape naming why', () => {
  it('a POST that is not JSON, or has no body: 415', async () => {
    for (const response of [
      await post('{ hello }', { 'content-type': 'text/plain' }),
      await post('query=%7Bhello%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
      await post(JSON.stringify({ query: '{ hello }' }), { 'content-type': 'application/json;' }),
      await fetch(url, { method: 'POST' }),
    ]) {
      expect(await refusal(response)).toMatchObject({ status: 415, extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    }
  });

  it('a charset other than UTF: 415 saying so', async () => {
    expect(await refusal(await post('{}', { 'content-type': 'application/json; charset=latin1' }))).toEqual({
      status: 415,
      message: 'Bad request: the body must be UTF-8',
      extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
    });
  });

  it('malformed JSON, or JSON that is not an object or a list: 400 saying the body is not JSON', async () => {
    for (const body of ['{"query": ', '"{ hello }"', '   ']) {
      expect(await refusal(await post(body))).toEqual({
        status: 400,
        message: 'Bad request: the body is not valid JSON',
        extensions: { code: 'BAD_REQUEST' },
      });
    }
  });

  it('a body past the limit, declared or streamed without a length: 413 naming the limit', async () => {
    const padded = JSON.stringify({ query: '{ hello }', variables: { padding: 'x'.repeat(BODY_BYTES) } });
    const streamed = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode(padded.slice(i * 300, (i + 1) * 300)));
        controller.enqueue(new TextEncoder().encode(padded.slice(1_200)));
        controller.close();
      },
    });
    for (const response of [
      await post(padded),
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: streamed, duplex: 'half' } as RequestInit),
    ]) {
      expect(response.headers.get('transfer-encoding')).toBeNull();
      expect(await refusal(response)).toMatchObject({
        status: 413,
        extensions: { code: 'BODY_TOO_LARGE', limit: { name: 'bodyBytes', max: BODY_BYTES } },
      });
    }
    // The connection is still good for the next request.
    expect((await post(JSON.stringify({ query: '{ hello }' }))).status).toBe(200);
  });

  it('a guard’s refusal is sent as it is; a guard may fill in the operation; a guard that fails is a 500 with no detail', async () => {
    guards.beforeBody.push((request) =>
      request.headers['x-over']
        ? {
            status: 429,
            headers: { 'retry-after': '7' },
            body: { errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] },
          }
        : undefined,
    );
    guards.beforeGraphQL.push((request) => {
      if (request.headers['x-fail']) throw new Error('a defect');
      (request.body as { query?: string }).query ??= '{ hello(name: "filled") }';
      return undefined;
    });
    const limited = await post('{}', { 'content-type': 'application/json', 'x-over': '1' });
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(await refusal(limited)).toEqual({ status: 429, message: 'slow down', extensions: { code: 'RATE_LIMITED' } });
    expect(await (await post('{}')).json()).toEqual({ data: { hello: 'hello filled' } });
    expect(await refusal(await post('{}', { 'content-type': 'application/json', 'x-fail': '1' }))).toEqual({
      status: 500,
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
