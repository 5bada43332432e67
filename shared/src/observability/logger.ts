import pino, { type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Headers and fields that carry credentials or a person's identity. They never reach a log line: pino
 * replaces them wherever a logged object has them (a request's headers, an error's config…).
 */
export const REDACTED_PATHS: readonly string[] = [
  'authorization',
  'headers.authorization',
  'headers.cookie',
  'headers["x-hamyar-identity"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-hamyar-identity"]',
  'token',
  'password',
  'secret',
  'identity',
  'variables',
];

/**
 * One JSON line per event, on stdout, with the service's name on every line. `LOG_LEVEL` sets how much is
 * written; `silent` (tests) writes nothing.
 */
export function createLogger(service: string, level: LogLevel | 'silent' = 'info'): Logger {
  return pino({
    level,
    base: { service },
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}
