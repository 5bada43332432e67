import type { SchemaCheckReport } from './schema-check';

/** A registry request refused, with the HTTP status the API answers and what the client needs to act on. */
export class RegistryError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly report?: SchemaCheckReport,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}
