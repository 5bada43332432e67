import type { Logger } from '../observability/logger';
import express from 'express';
import { LimitExceededError } from './limit-exceeded-error';
import type { OperationLimits } from './request-safety-config';

/**
 * What reaches /graphql over HTTP before Apollo sees it: a POST must say its body is JSON (anything else is
 * 415, which also keeps "simple" cross-site form posts out), and the body is cut at the configured size.
 */
export function graphqlRequestBody(limits: OperationLimits): express.RequestHandler[] {
  const requireJson: express.RequestHandler = (req, res, next) => {
    if (req.method !== 'POST' || req.is('application/json')) return next();
    res.status(415).json({
      errors: [
        {
          message: 'Unsupported Media Type: a GraphQL POST must be sent as application/json',
          extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
        },
      ],
    });
  };
  return [requireJson, express.json({ limit: limits.bodyBytes })];
}

/**
 * Turns what the body parser refuses into GraphQL's error shape with a 4xx: an oversized body is 413 naming
 * the limit, malformed JSON 400, an unknown charset 415. Anything else is a defect: 500, logged, no detail.
 */
export function requestErrorHandler(log: Logger, limits: OperationLimits): express.ErrorRequestHandler {
  return (error: Error & { status?: number; type?: string }, _req, res, _next) => {
    if (error.type === 'entity.too.large') {
      const refused = new LimitExceededError('bodyBytes', limits.bodyBytes);
      res
        .status(413)
        .json({ errors: [{ message: refused.message, extensions: { code: refused.extensions.code, limit: refused.extensions.limit } }] });
      return;
    }
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) {
      log.error({ err: error }, 'request failed');
      res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      return;
    }
    const message =
      error.type === 'entity.parse.failed'
        ? 'the body is not valid JSON'
        : error.type === 'charset.unsupported'
          ? 'the body must be UTF-8'
          : 'the request could not be read';
    res.status(status).json({
      errors: [{ message: `Bad request: ${message}`, extensions: { code: status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST' } }],
    });
  };
}
