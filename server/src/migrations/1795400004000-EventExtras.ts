import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { idColumn, timestampColumns } from '../db/columns';

/** Followers ("me too", merged duplicates) and canned replies. */
@Provide()
export class EventExtras1795400004000 implements MigrationInterface {
  name = 'EventExtras1795400004000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'event_follower',
      columns: [
        idColumn(q),
        { name: 'event_id', type: 'integer' },
        { name: 'account_id', type: 'integer' },
        { name: 'reason', type: 'varchar', length: '16' },
        timestampColumns(q)[0],
      ],
    }));
    await q.createIndex('event_follower', new TableIndex({ name: 'uq_event_follower', columnNames: ['event_id', 'account_id'], isUnique: true }));
    await q.createIndex('event_follower', new TableIndex({ name: 'idx_event_follower_account', columnNames: ['account_id'] }));

    await q.createTable(new Table({
      name: 'canned_reply',
      columns: [
        idColumn(q),
        { name: 'region_path', type: 'varchar', length: '255', isNullable: true },
        { name: 'text', type: 'varchar', length: '500' },
        { name: 'sort', type: 'integer', default: 0 },
      ],
    }));
    await q.createIndex('canned_reply', new TableIndex({ name: 'idx_canned_reply_region', columnNames: ['region_path'] }));
    // the defaults every deployment starts with; staff add their own
    const defaults = [
      '您反映的问题已收到，我们将尽快安排处理，感谢您的监督。',
      '经现场核实，该问题已处理完毕，欢迎您继续关注社区事务。',
      '该问题涉及其他部门职责，已转交相关部门办理，请耐心等待。',
      '工作人员已到现场查看，正在协调处理，预计近期完成。',
    ];
    for (const [i, text] of defaults.entries()) {
      await q.query('INSERT INTO canned_reply (region_path, text, sort) VALUES (NULL, ?, ?)', [text, i]);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('canned_reply');
    await q.dropTable('event_follower');
  }
}
