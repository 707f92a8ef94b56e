import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** Worker mode's 已办 list: the steps one account took, found without scanning the whole trail. */
@Provide()
export class WorkerTasks1795400006500 implements MigrationInterface {
  name = 'WorkerTasks1795400006500';

  public async up(q: QueryRunner): Promise<void> {
    await q.createIndex('event_action', new TableIndex({ name: 'idx_event_action_actor', columnNames: ['actor_id', 'action'] }));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('event_action', 'idx_event_action_actor');
  }
}
