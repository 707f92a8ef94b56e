import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { datetimeColumn, idColumn, timestampColumns } from '../db/columns';

/**
 * Regions and grids, grid staff, departments, categories, accounts and the audit log.
 * Written with the schema-builder API so the same file runs on MySQL/MariaDB and SQLite.
 * @Provide: @midwayjs/typeorm resolves migration classes through Midway's container.
 */
@Provide()
export class Foundation1795400000000 implements MigrationInterface {
  name = 'Foundation1795400000000';

  public async up(q: QueryRunner): Promise<void> {
    const index = (table: string, name: string, columnNames: string[], isUnique = false) =>
      q.createIndex(table, new TableIndex({ name, columnNames, isUnique }));

    await q.createTable(new Table({
      name: 'region',
      columns: [
        idColumn(q),
        { name: 'parent_id', type: 'integer', isNullable: true },
        { name: 'level', type: 'varchar', length: '16' },
        { name: 'name', type: 'varchar', length: '64' },
        { name: 'code', type: 'varchar', length: '32' },
        { name: 'path', type: 'varchar', length: '255' },
        { name: 'grid_kind', type: 'varchar', length: '16', isNullable: true },
        { name: 'boundary', type: 'json', isNullable: true },
        ...['min_lng', 'min_lat', 'max_lng', 'max_lat', 'center_lng', 'center_lat'].map((name) => ({ name, type: 'double', isNullable: true })),
        { name: 'sort', type: 'integer', default: 0 },
        ...timestampColumns(q),
      ],
    }));
    await index('region', 'idx_region_parent', ['parent_id']);
    await index('region', 'idx_region_path', ['path']);
    await index('region', 'idx_region_level', ['level']);
    await index('region', 'uq_region_code', ['code'], true);

    await q.createTable(new Table({
      name: 'grid_staff',
      columns: [
        idColumn(q),
        { name: 'grid_id', type: 'integer' },
        { name: 'account_id', type: 'integer' },
        { name: 'role', type: 'varchar', length: '16' },
      ],
    }));
    await index('grid_staff', 'uq_grid_staff', ['grid_id', 'account_id', 'role'], true);
    await index('grid_staff', 'idx_grid_staff_account', ['account_id']);

    await q.createTable(new Table({
      name: 'department',
      columns: [
        idColumn(q),
        { name: 'code', type: 'varchar', length: '32' },
        { name: 'name', type: 'varchar', length: '64' },
        { name: 'region_id', type: 'integer' },
      ],
    }));
    await index('department', 'uq_department_code', ['region_id', 'code'], true);

    await q.createTable(new Table({
      name: 'category',
      columns: [
        idColumn(q),
        { name: 'code', type: 'varchar', length: '32' },
        { name: 'name', type: 'varchar', length: '64' },
        { name: 'group_name', type: 'varchar', length: '32' },
        { name: 'default_level', type: 'integer' },
        { name: 'department_code', type: 'varchar', length: '32', isNullable: true },
        { name: 'sign_hours', type: 'integer' },
        { name: 'handle_hours', type: 'integer' },
        { name: 'enabled', type: 'boolean', default: 1 },
        { name: 'sort', type: 'integer', default: 0 },
      ],
    }));
    await index('category', 'uq_category_code', ['code'], true);

    await q.createTable(new Table({
      name: 'account',
      columns: [
        idColumn(q),
        { name: 'role', type: 'varchar', length: '24' },
        { name: 'status', type: 'varchar', length: '16', default: "'active'" },
        { name: 'username', type: 'varchar', length: '64', isNullable: true },
        { name: 'password_hash', type: 'varchar', length: '255', isNullable: true },
        { name: 'name', type: 'varchar', length: '64', default: "''" },
        { name: 'nickname', type: 'varchar', length: '64', default: "''" },
        { name: 'openid', type: 'varchar', length: '64', isNullable: true },
        { name: 'session_key_enc', type: 'varchar', length: '255', isNullable: true },
        { name: 'phone_enc', type: 'varchar', length: '255', isNullable: true },
        { name: 'phone_hash', type: 'varchar', length: '64', isNullable: true },
        { name: 'phone_masked', type: 'varchar', length: '16', isNullable: true },
        { name: 'region_id', type: 'integer', isNullable: true },
        { name: 'region_path', type: 'varchar', length: '255', isNullable: true },
        { name: 'department_id', type: 'integer', isNullable: true },
        { name: 'failed_logins', type: 'integer', default: 0 },
        datetimeColumn('locked_until'),
        datetimeColumn('last_login_at'),
        { name: 'consent_version', type: 'varchar', length: '16', isNullable: true },
        datetimeColumn('consent_at'),
        { name: 'token_version', type: 'integer', default: 0 },
        ...timestampColumns(q),
      ],
    }));
    await index('account', 'uq_account_username', ['username'], true);
    await index('account', 'uq_account_openid', ['openid'], true);
    await index('account', 'idx_account_phone_hash', ['phone_hash']);
    await index('account', 'idx_account_region_path', ['region_path']);
    await index('account', 'idx_account_role', ['role']);

    await q.createTable(new Table({
      name: 'audit_log',
      columns: [
        idColumn(q),
        { name: 'actor_id', type: 'integer', isNullable: true },
        { name: 'action', type: 'varchar', length: '48' },
        { name: 'target_type', type: 'varchar', length: '32', isNullable: true },
        { name: 'target_id', type: 'varchar', length: '64', isNullable: true },
        { name: 'detail', type: 'json', isNullable: true },
        { name: 'ip', type: 'varchar', length: '64', isNullable: true },
        timestampColumns(q)[0],
      ],
    }));
    await index('audit_log', 'idx_audit_actor', ['actor_id']);
    await index('audit_log', 'idx_audit_created', ['created_at']);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['audit_log', 'account', 'category', 'department', 'grid_staff', 'region']) await q.dropTable(t);
  }
}
