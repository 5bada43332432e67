import type { Logger } from '../observability/logger';
import express from 'express';
import { LimitExceededError } from './limit-exceeded-error';
import type { OperationLimits } from './request-safety-config';

/** An answer in GraphQL's error shape that refuses a request before Apollo sees it. */
export interface GraphQLRefusal {
  readonly status: number;
  readonly body: { readonly errors: readonly { readonly message: string; readonly extensions: Record<string, unknown> }[] };
  readonly headers?: Readonly<Record<string, string>>;
}

/** A GraphQL POST whose body does not say it is JSON; also keeps "simple" cross-site form posts out. */
export const NOT_JSON: GraphQLRefusal = {
  status: 415,
  body: {
    errors: [
      {
        message: 'Unsupported Media Type: a GraphQL POST must be sent as application/json',
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
      },
    ],
  },
};

/**
 * What reaches /graphql over HTTP before Apollo sees it: a POST must say its body is JSON (anything else is
 * 415), and the body is cut at the configured size. The CSV export reads its POSTs through these.
 */
export function graphqlRequestBody(limits: OperationLimits): express.RequestHandler[] {
  const requireJson: express.RequestHandler = (req, res, next) => {
    if (req.method !== 'POST' || req.is('application/json')) return next();
    res.status(NOT_JSON.status).json(NOT_JSON.body);
  };
  return [requireJson, express.json({ limit: limits.bodyBytes })];
}

/** A body reader's failure as body-parser reports it: an HTTP status and a `type` naming the reason. */
export type BodyReadError = Error & { status?: number; type?: string };

/**
 * What a client is told when its body cannot be read: an oversized body is 413 naming the limit, malformed
 * JSON 400, an unknown charset 415. Undefined when the failure is not the client's (a defect: 500).
 */
export function bodyRefusal(error: BodyReadError, limits: OperationLimits): GraphQLRefusal | undefined {
  if (error.type === 'entity.too.large') {
    const refused = new LimitExceededError('bodyBytes', limits.bodyBytes);
    return {
      status: 413,
      body: { errors: [{ message: refused.message, extensions: { code: refused.extensions.code, limit: refused.extensions.limit } }] },
    };
  }
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) return undefined;
  const message =
    error.type === 'entity.parse.failed'
      ? 'the body is not valid JSON'
      : error.type === 'charset.unsupported'
        ? 'the body must be UTF-8'
        : 'the request could not be read';
  return {
    status,
    body: {
      errors: [{ message: `Bad request: ${message}`, extensions: { code: status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST' } }],
    },
  };
}

/** The answer to a defect: 500, logged, no detail for the client. */
export function internalError(log: Logger, error: unknown): GraphQLRefusal {
  log.error({ err: error }, 'request failed');
  return { status: 500, body: { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
}

/**
 * Turns what the body parser refuses into GraphQL's error shape with a 4xx (see bodyRefusal); anything else
 * is a defect: 500, logged, no detail.
 */
export function requestErrorHandler(log: Logger, limits: OperationLimits): express.ErrorRequestHandler {
  return (error: BodyReadError, _req, res, _next) => {
    const refusal = bodyRefusal(error, limits) ?? internalError(log, error);
    res.status(refusal.status).json(refusal.body);
  };
}
