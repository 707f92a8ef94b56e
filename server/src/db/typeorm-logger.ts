import type { Logger as TypeormLogger } from 'typeorm';
import { redactLog } from '../common/log-format';

/**
 * TypeORM's own console logger prints failed queries with their parameters, which can carry what
 * residents typed (a phone number in a description). This one never prints parameters, and masks
 * whatever personal data the query text or message still holds.
 */
export class RedactingTypeormLogger implements TypeormLogger {
  constructor(private readonly verbose = false) {}

  private write(level: 'info' | 'warn' | 'error', text: string) {
    const line = `${new Date().toISOString()} ${level.toUpperCase()} typeorm ${redactLog(text)}`;
    if (level === 'error') console.error(line);
    else console.log(line);
  }

  logQuery(query: string, parameters?: unknown[]) {
    if (this.verbose) this.write('info', `${query} -- ${parameters?.length ?? 0} parameters`);
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[]) {
    this.write('error', `${typeof error === 'string' ? error : error.message} -- in: ${query.slice(0, 300)} -- ${parameters?.length ?? 0} parameters`);
  }

  logQuerySlow(time: number, query: string) {
    this.write('warn', `slow query (${time} ms): ${query.slice(0, 300)}`);
  }

  logSchemaBuild(message: string) {
    if (this.verbose) this.write('info', message);
  }

  logMigration(message: string) {
    this.write('info', message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown) {
    this.write(level === 'warn' ? 'warn' : 'info', String(message));
  }
}

/**
 * A database error as the error log may show it: the driver's message and the statement, never the
 * parameters (a QueryFailedError carries them, and mysql2's `sql` has them inlined). Other errors unchanged.
 */
export function withoutQueryParameters(err: Error): Error | string {
  const e = err as Error & { query?: string; parameters?: unknown[]; sql?: string };
  if (e.parameters === undefined && e.sql === undefined) return err;
  const where = e.stack?.split('\n').slice(1).join('\n') ?? '';
  return `${e.name}: ${e.message} -- in: ${String(e.query ?? '').slice(0, 300)} -- ${e.parameters?.length ?? 0} parameters\n${where}`;
}
