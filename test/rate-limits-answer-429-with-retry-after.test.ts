import { randomBytes } from 'node:crypto';
import { editorOf, postGraphQL, startFederation, tokenFor, type Federation } from './support/federation';
import { testRedis } from './support/redis';
import type { RateLimitSettings } from '../gateway/src/rate-limit/gateway-rate-limiter';
import { startGateway, type RunningGateway } from '../gateway/src/gateway';

/**
 * Rate limits at the gateway: per IP address and per signed-in caller, counted in Redis so that every
 * replica of the gateway shares them. Past the limit: HTTP 429, Retry-After, GraphQL's error shape, and no
 * subgraph is asked anything.
 */
jest.setTimeout(120_000);

const QUERY = `{ provinces(first: 1) { totalCount } }`;

describe('rate limits', () => {
  let federation: Federation;
  let redis: Awaited<ReturnType<typeof testRedis>>;
  const extraGateways: RunningGateway[] = [];
  const settings = (overrides: Partial<RateLimitSettings>): RateLimitSettings => ({
    perIp: 1_000,
    perCaller: 1_000,
    windowSeconds: 600,
    redisUrl: redis.url,
    keyPrefix: `test:${randomBytes(4).toString('hex')}`,
    ...overrides,
  });

  beforeAll(async () => {
    redis = await testRedis();
    federation = await startFederation();
  });
  afterAll(async () => {
    for (const gateway of extraGateways) await gateway.stop();
    await federation?.stop();
    await redis?.stop();
  });

  /** Another gateway replica in front of the same subgraphs. */
  async function replica(rateLimit: RateLimitSettings, trustProxy?: number | readonly string[]): Promise<RunningGateway> {
    const gateway = await startGateway(federation.gatewayConfig({ rateLimit, trustProxy }));
    extraGateways.push(gateway);
    return gateway;
  }

  it('per IP, shared by two gateway replicas through Redis: the 7th request of 6 allowed gets 429 with Retry-After, and reaches no subgraph', async () => {
    const rateLimit = settings({ perIp: 6 });
    const [a, b] = [await replica(rateLimit), await replica(rateLimit)];
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await postGraphQL((i % 2 ? a : b).url, QUERY)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);

    const statements = await federation.countStatements(async () => {
      const response = await fetch(a.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY }),
      });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = await response.json();
      expect(body).toEqual({
        errors: [
          {
            message: expect.stringContaining('Too many requests: at most 6 per 600 s per IP address'),
            extensions: expect.objectContaining({ code: 'RATE_LIMITED', limit: 6 }),
          },
        ],
      });
      expect((await postGraphQL(b.url, QUERY)).status).toBe(429);
    });
    expect(statements).toEqual({ organizations: 0, projects: 0, agreements: 0 });
  });

  it('per caller, whatever the IP: a caller past its limit gets 429, another caller still gets answers', async () => {
    const gateway = await replica(settings({ perCaller: 3 }));
    const busy = await editorOf('IR-07');
    const other = await tokenFor({ role: 'province_editor', province: 'IR-02', sub: 'other-editor' });
    const asBusy = () => postGraphQL(gateway.url, QUERY, undefined, { authorization: `Bearer ${busy}` });
    expect([(await asBusy()).status, (await asBusy()).status, (await asBusy()).status]).toEqual([200, 200, 200]);
    const refused = await asBusy();
    expect(refused.status).toBe(429);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('per caller'),
        extensions: expect.objectContaining({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) }),
      }),
    ]);
    expect(refused.body.errors![0].extensions!.http).toBeUndefined();
    expect((await postGraphQL(gateway.url, QUERY, undefined, { authorization: `Bearer ${other}` })).status).toBe(200);
  });

  it('per IP as the connection gives it unless a proxy is trusted: a forged X-Forwarded-For escapes nothing', async () => {
    const direct = await replica(settings({ perIp: 2 }));
    const forged = (i: number) => postGraphQL(direct.url, QUERY, undefined, { 'x-forwarded-for': `203.0.113.${i}` });
    expect([(await forged(1)).status, (await forged(2)).status, (await forged(3)).status]).toEqual([200, 200, 429]);
  });

  it('per client behind a trusted proxy (TRUST_PROXY): each address X-Forwarded-For names has its own count', async () => {
    // The test's requests come from loopback, which here plays the load balancer in front of the gateway.
    const behindProxy = await replica(settings({ perIp: 2 }), ['loopback']);
    const from = (address: string) => postGraphQL(behindProxy.url, QUERY, undefined, { 'x-forwarded-for': address });
    expect([(await from('203.0.113.1')).status, (await from('203.0.113.1')).status, (await from('203.0.113.1')).status]).toEqual([
      200, 200, 429,
    ]);
    expect((await from('203.0.113.2')).status).toBe(200);
  });

  it('when Redis is unreachable, each replica counts in memory: requests are still answered and still limited', async () => {
    const gateway = await replica(settings({ perIp: 3, redisUrl: 'redis://127.0.0.1:1' }));
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await postGraphQL(gateway.url, QUERY)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
