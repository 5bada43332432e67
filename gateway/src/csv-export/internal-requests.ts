import { randomBytes, timingSafeEqual } from 'node:crypto';
import type express from 'express';
import { REQUEST_ID_HEADER, type CallerRequest } from '@hamyar/shared';

const TOKEN_HEADER = 'x-hamyar-internal-token';
/**
 * How a cluster's primary hands its workers one secret: a page request may reach any worker behind the port.
 * Set by the primary for its workers only, never configured by hand.
 */
export const INTERNAL_SECRET_ENV = 'HAMYAR_INTERNAL_REQUEST_SECRET';

/** A fresh secret, for one process or for all the workers of one cluster. */
export const newInternalSecret = (): string => randomBytes(32).toString('base64url');
const CLIENT_HEADER = 'x-hamyar-internal-client';

/**
 * Requests the gateway sends to its own /graphql on a caller's behalf (the CSV export's pages). They arrive
 * from the loopback address, so the per-IP rate limit would count them against 127.0.0.1, shared by every
 * export; instead they carry the caller's address with a secret only this process knows, and are counted
 * against the caller's address exactly as the caller's own requests are. Anyone else sending these headers
 * is counted by their own address as usual. The workers of a cluster share the secret (INTERNAL_SECRET_ENV).
 */
export class InternalRequests {
  private readonly secret = Buffer.from(process.env[INTERNAL_SECRET_ENV] || newInternalSecret());

  /** The headers of a page request made for `request`: its authorization, its request id, its address. */
  headersFor(request: express.Request): Record<string, string> {
    const headers: Record<string, string> = {
      [TOKEN_HEADER]: this.secret.toString(),
      [CLIENT_HEADER]: request.ip ?? request.socket.remoteAddress ?? 'unknown',
    };
    if (request.headers.authorization) headers.authorization = request.headers.authorization;
    const requestId = request.headers[REQUEST_ID_HEADER];
    if (typeof requestId === 'string') headers[REQUEST_ID_HEADER] = requestId;
    return headers;
  }

  /** The address a request is counted against: the caller's, for this process's own page requests. */
  clientAddress(request: CallerRequest): string {
    const token = request.headers[TOKEN_HEADER];
    const client = request.headers[CLIENT_HEADER];
    if (
      typeof token === 'string' &&
      typeof client === 'string' &&
      token.length === this.secret.length &&
      timingSafeEqual(Buffer.from(token), this.secret)
    )
      return client;
    return request.ip ?? request.socket.remoteAddress ?? 'unknown';
  }
}
