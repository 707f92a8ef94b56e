import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { datetimeColumn, idColumn, timestampColumns } from '../db/columns';

/** The notification outbox and the in-app message centre. */
@Provide()
export class Notifications1795400005000 implements MigrationInterface {
  name = 'Notifications1795400005000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'outbox',
      columns: [
        idColumn(q),
        { name: 'account_id', type: 'integer' },
        { name: 'kind', type: 'varchar', length: '24' },
        { name: 'event_id', type: 'integer', isNullable: true },
        { name: 'payload', type: 'json' },
        { name: 'status', type: 'varchar', length: '8', default: "'pending'" },
        { name: 'attempts', type: 'integer', default: 0 },
        datetimeColumn('next_attempt_at', false),
        { name: 'locked_by', type: 'varchar', length: '64', isNullable: true },
        datetimeColumn('locked_until'),
        { name: 'last_error', type: 'varchar', length: '255', isNullable: true },
        datetimeColumn('sent_at'),
        timestampColumns(q)[0],
      ],
    }));
    await q.createIndex('outbox', new TableIndex({ name: 'idx_outbox_due', columnNames: ['status', 'next_attempt_at'] }));

    await q.createTable(new Table({
      name: 'message',
      columns: [
        idColumn(q),
        { name: 'account_id', type: 'integer' },
        { name: 'title', type: 'varchar', length: '64' },
        { name: 'body', type: 'varchar', length: '500' },
        { name: 'event_id', type: 'integer', isNullable: true },
        datetimeColumn('read_at'),
        timestampColumns(q)[0],
      ],
    }));
    await q.createIndex('message', new TableIndex({ name: 'idx_message_account', columnNames: ['account_id', 'read_at'] }));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('message');
    await q.dropTable('outbox');
  }
}
