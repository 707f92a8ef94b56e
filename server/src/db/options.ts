import { mkdirSync } from 'fs';
import { dirname } from 'path';
import type { DataSourceOptions, LoggerOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from '../migrations';
import { RedactingTypeormLogger } from './typeorm-logger';

export type DbKind = 'mysql' | 'sqlite';

/** `mysql` (MySQL or MariaDB over mysql2) in production, embedded SQLite by default. */
export function dbKind(): DbKind {
  const t = process.env.DB_TYPE || 'sqlite';
  if (t !== 'mysql' && t !== 'sqlite') throw new Error(`DB_TYPE must be "mysql" or "sqlite", got "${t}"`);
  return t;
}

/**
 * The one source of DataSource options (Midway config, CLI, benchmarks). Entities and migrations are
 * class lists, not globs, so ts-jest and compiled dist behave the same. Schema changes only through
 * migrations: synchronize is off everywhere.
 */
export function buildDataSourceOptions(): DataSourceOptions {
  const common = {
    entities: entities(),
    migrations: migrations(),
    synchronize: false,
    migrationsRun: process.env.DB_MIGRATIONS_RUN !== 'false',
    // left undefined, @midwayjs/typeorm logs every query to a file; ours never prints query parameters
    logging: (process.env.DB_LOGGING === 'true' ? 'all' : ['error', 'warn', 'migration']) as LoggerOptions,
    logger: new RedactingTypeormLogger(process.env.DB_LOGGING === 'true'),
    maxQueryExecutionTime: 1000,
  };
  if (dbKind() === 'mysql') {
    return {
      ...common,
      // 'mariadb' avoids false JSON-column diffs on MariaDB; set DB_DIALECT=mysql for MySQL 8
      type: (process.env.DB_DIALECT as 'mysql' | 'mariadb') || 'mariadb',
      host: process.env.DB_HOST || '127.0.0.1',
      port: Number(process.env.DB_PORT || 3306),
      username: process.env.DB_USER || 'root',
      password: process.env.DB_PASSWORD || '',
      database: process.env.DB_NAME || 'linli',
      charset: 'utf8mb4',
      timezone: 'Z',
      extra: { connectionLimit: Number(process.env.DB_POOL || 10) },
    } as DataSourceOptions;
  }
  const file = process.env.DB_FILE || ':memory:';
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: file,
    // WAL keeps a file database from blocking the event loop on an fsync per commit
    enableWAL: file !== ':memory:',
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    },
  } as DataSourceOptions;
}
