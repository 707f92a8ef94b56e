import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { idColumn, timestampColumns } from '../db/columns';

/** Subscribe-message allows per account and template (WeChat's one-time subscriptions). */
@Provide()
export class SubscribeQuota1795400006600 implements MigrationInterface {
  name = 'SubscribeQuota1795400006600';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'subscribe_quota',
      columns: [
        idColumn(q),
        { name: 'account_id', type: 'integer' },
        { name: 'template_id', type: 'varchar', length: '64' },
        { name: 'remaining', type: 'integer', default: 0 },
        timestampColumns(q)[1],
      ],
    }));
    await q.createIndex('subscribe_quota', new TableIndex({ name: 'uq_subscribe_quota', columnNames: ['account_id', 'template_id'], isUnique: true }));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('subscribe_quota');
  }
}
