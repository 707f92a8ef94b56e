import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { datetimeColumn, idColumn, timestampColumns } from '../db/columns';

/** Events, their append-only trail, routing rules and idempotency records. */
@Provide()
export class Events1795400003000 implements MigrationInterface {
  name = 'Events1795400003000';

  public async up(q: QueryRunner): Promise<void> {
    const index = (table: string, name: string, columnNames: string[], isUnique = false) =>
      q.createIndex(table, new TableIndex({ name, columnNames, isUnique }));
    const int = (name: string, nullable = false) => ({ name, type: 'integer', isNullable: nullable });
    const flag = (name: string, on: boolean) => ({ name, type: 'boolean', default: on ? 1 : 0 });

    await q.createTable(new Table({
      name: 'event',
      columns: [
        idColumn(q),
        { name: 'no', type: 'varchar', length: '20' },
        { name: 'channel', type: 'varchar', length: '16' },
        { name: 'category_code', type: 'varchar', length: '32' },
        { name: 'description', type: 'varchar', length: '1000' },
        { name: 'address', type: 'varchar', length: '200', default: "''" },
        { name: 'lng', type: 'double' },
        { name: 'lat', type: 'double' },
        int('grid_id', true), int('community_id', true), int('street_id', true),
        { name: 'region_path', type: 'varchar', length: '255' },
        int('level'),
        { name: 'target_type', type: 'varchar', length: '16' },
        int('target_region_id', true), int('target_department_id', true), int('assignee_id', true), int('route_rule_id', true),
        { name: 'route_reason', type: 'varchar', length: '255', default: "''" },
        { name: 'status', type: 'varchar', length: '16' },
        { name: 'version', type: 'integer', default: 1 },
        int('reporter_id', true),
        flag('anonymous', false),
        flag('is_public', true),
        { name: 'photos', type: 'json', isNullable: true },
        { name: 'caller_enc', type: 'varchar', length: '255', isNullable: true },
        datetimeColumn('stage_started_at'), datetimeColumn('sign_deadline'), datetimeColumn('handle_deadline'),
        flag('overdue', false),
        int('main_event_id', true),
        { name: 'reopen_count', type: 'integer', default: 0 },
        int('rating', true),
        { name: 'rating_comment', type: 'varchar', length: '500', isNullable: true },
        datetimeColumn('closed_at'),
        ...timestampColumns(q),
      ],
    }));
    await index('event', 'uq_event_no', ['no'], true);
    await index('event', 'idx_event_status', ['status']);
    await index('event', 'idx_event_region_path', ['region_path']);
    await index('event', 'idx_event_assignee', ['assignee_id', 'status']);
    await index('event', 'idx_event_reporter', ['reporter_id']);
    await index('event', 'idx_event_created', ['created_at']);
    await index('event', 'idx_event_category', ['category_code', 'created_at']);

    await q.createTable(new Table({
      name: 'event_action',
      columns: [
        idColumn(q),
        int('event_id'), int('seq'),
        { name: 'action', type: 'varchar', length: '24' },
        { name: 'from_status', type: 'varchar', length: '16', isNullable: true },
        { name: 'to_status', type: 'varchar', length: '16', isNullable: true },
        int('actor_id', true),
        { name: 'actor_role', type: 'varchar', length: '24' },
        { name: 'note', type: 'varchar', length: '1000', default: "''" },
        { name: 'visibility', type: 'varchar', length: '8', default: "'public'" },
        { name: 'photos', type: 'json', isNullable: true },
        { name: 'detail', type: 'json', isNullable: true },
        { name: 'prev_hash', type: 'varchar', length: '64' },
        { name: 'hash', type: 'varchar', length: '64' },
        datetimeColumn('created_at', false),
      ],
    }));
    await index('event_action', 'uq_event_action_seq', ['event_id', 'seq'], true);

    await q.createTable(new Table({
      name: 'routing_rule',
      columns: [
        idColumn(q),
        { name: 'name', type: 'varchar', length: '64' },
        int('priority'),
        flag('enabled', true),
        { name: 'category_codes', type: 'json', isNullable: true },
        { name: 'region_path', type: 'varchar', length: '255', isNullable: true },
        { name: 'channels', type: 'json', isNullable: true },
        { name: 'keywords', type: 'json', isNullable: true },
        int('level'),
        int('department_id', true),
      ],
    }));
    await index('routing_rule', 'idx_routing_rule_priority', ['priority']);

    await q.createTable(new Table({
      name: 'idempotency_record',
      columns: [
        idColumn(q),
        int('account_id'),
        { name: 'idem_key', type: 'varchar', length: '64' },
        { name: 'request_hash', type: 'varchar', length: '64' },
        int('event_id'),
        timestampColumns(q)[0],
      ],
    }));
    await index('idempotency_record', 'uq_idempotency', ['account_id', 'idem_key'], true);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['idempotency_record', 'routing_rule', 'event_action', 'event']) await q.dropTable(t);
  }
}
