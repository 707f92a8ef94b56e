import type { QueryRunner, TableColumnOptions } from 'typeorm';

/**
 * Column helpers for hand-written migrations that run on MySQL/MariaDB and SQLite alike
 * (SQLite only auto-increments an INTEGER primary key; created/updated defaults differ per driver).
 */
export function isSqlite(q: QueryRunner): boolean {
  return ['sqlite', 'better-sqlite3', 'sqljs'].includes(q.connection.driver.options.type);
}

export function idColumn(q: QueryRunner): TableColumnOptions {
  return { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
}

export function timestampColumns(q: QueryRunner): TableColumnOptions[] {
  const t = q.connection.driver.mappedDataTypes;
  return [
    { name: 'created_at', type: t.createDate as string, precision: t.createDatePrecision, default: t.createDateDefault },
    {
      name: 'updated_at', type: t.updateDate as string, precision: t.updateDatePrecision, default: t.updateDateDefault,
      ...(isSqlite(q) ? {} : { onUpdate: t.updateDateDefault }),
    },
  ];
}

export function datetimeColumn(name: string, nullable = true): TableColumnOptions {
  return { name, type: 'datetime', isNullable: nullable };
}
