import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * Indexes for the dashboards and the deadline job at millions of events: closed-in-period, reported-in-
 * period within a scope (the path inside the index), and the deadline sweep by status.
 */
@Provide()
export class EventIndexes1795400006000 implements MigrationInterface {
  name = 'EventIndexes1795400006000';

  public async up(q: QueryRunner): Promise<void> {
    await q.dropIndex('event', 'idx_event_created');
    await q.createIndex('event', new TableIndex({ name: 'idx_event_created', columnNames: ['created_at', 'region_path'] }));
    await q.createIndex('event', new TableIndex({ name: 'idx_event_closed', columnNames: ['closed_at'] }));
    await q.createIndex('event', new TableIndex({ name: 'idx_event_sign_due', columnNames: ['status', 'sign_deadline'] }));
    await q.createIndex('event', new TableIndex({ name: 'idx_event_handle_due', columnNames: ['status', 'handle_deadline'] }));
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const name of ['idx_event_handle_due', 'idx_event_sign_due', 'idx_event_closed']) await q.dropIndex('event', name);
    await q.dropIndex('event', 'idx_event_created');
    await q.createIndex('event', new TableIndex({ name: 'idx_event_created', columnNames: ['created_at'] }));
  }
}
