import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { createLogger, type Logger } from '../observability/logger';

/** A statement as the subgraph sent it: its text and bound parameters. */
export interface SentStatement {
  readonly query: string;
  readonly parameters: readonly unknown[];
}

/**
 * A TypeORM logger that counts the SQL statements a subgraph sends, so tests and benchmarks can prove that a
 * request's statement count does not grow with the rows it returns. Failed and slow statements are reported.
 */
export class StatementCounter implements TypeOrmLogger {
  private count = 0;
  private readonly recorders = new Set<SentStatement[]>();

  constructor(
    readonly subgraph: string,
    private readonly echo: boolean = false,
    private readonly logger: Logger = createLogger(subgraph),
  ) {}

  get total(): number {
    return this.count;
  }

  /** Runs `work` and returns how many statements it sent (other traffic in the same window counts too). */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = this.count;
    const result = await work();
    return { result, statements: this.count - before };
  }

  /** Runs `work` and returns the statements sent meanwhile (for EXPLAINing what a request really runs). */
  async record<T>(work: () => Promise<T>): Promise<{ result: T; statements: SentStatement[] }> {
    const statements: SentStatement[] = [];
    this.recorders.add(statements);
    try {
      return { result: await work(), statements };
    } finally {
      this.recorders.delete(statements);
    }
  }

  logQuery(query: string, parameters?: unknown[]): void {
    this.count += 1;
    for (const recorder of this.recorders) recorder.push({ query, parameters: parameters ?? [] });
    if (this.echo) this.logger.debug({ sql: query, parameterCount: parameters?.length ?? 0 }, 'sql');
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.logger.error({ sql: query, error: error instanceof Error ? error.message : error }, 'sql failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ sql: query, durationMs: time }, 'slow sql');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.info({ migration: message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
