import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, timestampColumns } from '../db/columns';

/** Uploaded photos (placeholder: the media module fills this in). */
@Provide()
export class Media1795400002000 implements MigrationInterface {
  name = 'Media1795400002000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({ name: 'media', columns: [idColumn(q), { name: 'owner_id', type: 'integer' }, timestampColumns(q)[0]] }));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('media');
  }
}
