import type { Logger, QueryRunner } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements a subgraph sends, so tests and benchmarks can prove that a
 * request's statement count does not grow with the rows it returns. Failed and slow statements are reported.
 */
/** A statement as the subgraph sent it: its text and bound parameters. */
export interface SentStatement {
  readonly query: string;
  readonly parameters: readonly unknown[];
}

export class StatementCounter implements Logger {
  private count = 0;
  private readonly recorders = new Set<SentStatement[]>();

  constructor(
    private readonly subgraph: string,
    private readonly echo: boolean = false,
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
    if (this.echo) console.log(`[${this.subgraph}] sql: ${query}${parameters?.length ? ` -- ${JSON.stringify(parameters)}` : ''}`);
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    console.error(`[${this.subgraph}] sql failed: ${error instanceof Error ? error.message : error}\n  ${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    console.warn(`[${this.subgraph}] slow sql (${time} ms): ${query}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    if (this.echo) console.log(`[${this.subgraph}] migration: ${message}`);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(`[${this.subgraph}] ${String(message)}`);
  }
}
