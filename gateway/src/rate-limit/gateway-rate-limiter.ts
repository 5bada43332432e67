import type express from 'express';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { CallerRequest, GraphQLRefusal, Identity, Logger } from '@hamyar/shared';
import { RateLimitedError } from './rate-limited-error';

export interface RateLimitSettings {
  /** Requests one IP address may make per window. */
  readonly perIp: number;
  /** Requests one signed-in caller (token subject) may make per window, from any IP. */
  readonly perCaller: number;
  readonly windowSeconds: number;
  /** Shared counters across gateway replicas; absent: each replica counts in its own memory. */
  readonly redisUrl?: string;
  /** Prefix of the Redis keys (default "hamyar:rl"), so several federations can share one Redis. */
  readonly keyPrefix?: string;
}

/**
 * Rate limits at the gateway (rate-limiter-flexible): per IP address before the body is even read, and per
 * signed-in caller once the token is verified. With Redis the counters are shared by every replica; if Redis
 * goes away, each replica falls back to counting in memory (the insurance limiter) rather than refusing or
 * letting everything through.
 */
export class GatewayRateLimiter {
  private readonly byIp: RateLimiterAbstract;
  private readonly byCaller: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(
    private readonly settings: RateLimitSettings,
    log: Logger,
    /** The address a request is counted against (the gateway's own page requests carry their caller's). */
    private readonly clientAddress: (request: CallerRequest) => string = (request) =>
      request.ip ?? request.socket.remoteAddress ?? 'unknown',
  ) {
    if (settings.redisUrl) {
      // No offline queue: while Redis is away a count goes to the in-memory insurance limiter at once
      // instead of waiting in a queue.
      const redis = new Redis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 5_000 });
      let healthy = true;
      redis.on('error', (error: Error) => {
        if (healthy) log.warn({ reason: error.message }, 'rate limit store (Redis) unavailable; counting in memory until it is back');
        healthy = false;
      });
      redis.on('ready', () => {
        if (!healthy) log.info('rate limit store (Redis) is back');
        healthy = true;
      });
      this.redis = redis;
    }
    const prefix = settings.keyPrefix ?? 'hamyar:rl';
    this.byIp = this.limiter(`${prefix}:ip`, settings.perIp);
    this.byCaller = this.limiter(`${prefix}:caller`, settings.perCaller);
  }

  private limiter(keyPrefix: string, points: number): RateLimiterAbstract {
    const options = { keyPrefix, points, duration: this.settings.windowSeconds };
    if (!this.redis) return new RateLimiterMemory(options);
    return new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(options) });
  }

  /**
   * Waits (at most `ms`) for Redis to be connected, so that the first requests are counted where every
   * replica sees them; a Redis that does not come is no reason not to start (memory counts meanwhile).
   */
  async ready(ms = 5_000): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Counts a request against its IP address (before its body is read); over the limit: the 429 to send. */
  async admitIp(request: CallerRequest): Promise<GraphQLRefusal | undefined> {
    try {
      await this.consume(this.byIp, this.clientAddress(request), 'ip', this.settings.perIp);
      return undefined;
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      return { status: 429, headers: { 'retry-after': String(error.retryAfterSeconds) }, body: error.toResponseBody() };
    }
  }

  /** admitIp as Express middleware (the CSV export's route). */
  readonly ipMiddleware = (request: express.Request, response: express.Response, next: express.NextFunction): void => {
    this.admitIp(request).then((refusal) => {
      if (!refusal) return next();
      response.status(refusal.status).set(refusal.headers).json(refusal.body);
    }, next);
  };

  /** Counts a request against its signed-in caller; the public is limited by IP only. */
  async checkCaller(identity: Identity): Promise<void> {
    if (!identity.subject) return;
    await this.consume(this.byCaller, identity.subject, 'caller', this.settings.perCaller);
  }

  private async consume(limiter: RateLimiterAbstract, key: string, by: 'ip' | 'caller', limit: number): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new RateLimitedError(by, limit, this.settings.windowSeconds, rejection.msBeforeNext);
      throw rejection;
    }
  }

  async close(): Promise<void> {
    if (this.redis) this.redis.disconnect();
  }
}
