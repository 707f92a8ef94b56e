import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { idColumn, timestampColumns } from '../db/columns';

/**
 * Uploaded photos (see modules/media/media.entity.ts). Schema-builder API so it runs on MySQL/MariaDB and SQLite;
 * index names match the entity so the schema diff stays empty.
 */
@Provide()
export class Media1795400002000 implements MigrationInterface {
  name = 'Media1795400002000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'media',
      columns: [
        idColumn(q),
        { name: 'owner_id', type: 'integer' },
        { name: 'storage_key', type: 'varchar', length: '128' },
        { name: 'mime', type: 'varchar', length: '32' },
        { name: 'byte_size', type: 'integer' },
        { name: 'width', type: 'integer' },
        { name: 'height', type: 'integer' },
        { name: 'sha256', type: 'varchar', length: '64' },
        { name: 'used_by', type: 'varchar', length: '64', isNullable: true },
        timestampColumns(q)[0],
      ],
    }));
    await q.createIndex('media', new TableIndex({ name: 'idx_media_owner', columnNames: ['owner_id'] }));
    // serves both "photos of event:123" and the orphan sweep (used_by IS NULL AND created_at < ?)
    await q.createIndex('media', new TableIndex({ name: 'idx_media_used_by', columnNames: ['used_by', 'created_at'] }));
    await q.createIndex('media', new TableIndex({ name: 'uq_media_storage_key', columnNames: ['storage_key'], isUnique: true }));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('media');
  }
}
