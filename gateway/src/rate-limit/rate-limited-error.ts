import { GraphQLError } from 'graphql';
import type { GraphQLRefusal } from '@hamyar/shared';

/**
 * A caller past its rate: HTTP 429 with Retry-After (whole seconds), in GraphQL's error shape. Apollo Server
 * takes the status and headers from `extensions.http` and leaves them out of the body.
 */
export class RateLimitedError extends GraphQLError {
  readonly retryAfterSeconds: number;

  constructor(by: 'ip' | 'caller', limit: number, windowSeconds: number, msBeforeNext: number) {
    const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
    super(
      `Too many requests: at most ${limit} per ${windowSeconds} s per ${by === 'ip' ? 'IP address' : 'caller'}; try again in ${retryAfterSeconds} s`,
      {
        extensions: {
          code: 'RATE_LIMITED',
          limit,
          windowSeconds,
          retryAfterSeconds,
          // Apollo Server reads a Map here (its own augmentation of the type says so; graphql's says Record).
          http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) as unknown as Record<string, string> },
        },
      },
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The body a plain HTTP handler answers with (outside Apollo Server). */
  toResponseBody(): GraphQLRefusal['body'] {
    const { http: _http, ...extensions } = this.extensions;
    return { errors: [{ message: this.message, extensions }] };
  }
}
