import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An uploaded photo. The bytes live in object storage under `storageKey` (re-encoded JPEG, no metadata);
 * this row says who uploaded it and what uses it. `usedBy` stays null until a report or event claims the
 * photo (e.g. 'event:123'); unclaimed photos are orphans that `MediaService.cleanupUnclaimed` removes.
 */
@Entity('media')
@Index('idx_media_owner', ['ownerId'])
@Index('idx_media_used_by', ['usedBy', 'createdAt'])
@Index('uq_media_storage_key', ['storageKey'], { unique: true })
export class Media {
  @PrimaryGeneratedColumn()
  id: number;

  /** The account (resident or staff) that uploaded it. */
  @Column({ name: 'owner_id', type: 'int' })
  ownerId: number;

  @Column({ name: 'storage_key', type: 'varchar', length: 128 })
  storageKey: string;

  @Column({ type: 'varchar', length: 32 })
  mime: string;

  /** Size of the stored (re-encoded) bytes. */
  @Column({ name: 'byte_size', type: 'int' })
  byteSize: number;

  @Column({ type: 'int' })
  width: number;

  @Column({ type: 'int' })
  height: number;

  /** Hex SHA-256 of the stored bytes: integrity checks and the HTTP ETag. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'used_by', type: 'varchar', length: 64, nullable: true })
  usedBy: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
