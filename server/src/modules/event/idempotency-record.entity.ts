import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Remembers a submission by its Idempotency-Key so that a retry returns the first result instead of
 * creating a second event. (account_id, idem_key) is unique: concurrent retries cannot both insert.
 */
@Entity('idempotency_record')
@Index('uq_idempotency', ['accountId', 'idemKey'], { unique: true })
export class IdempotencyRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'account_id', type: 'integer' })
  accountId: number;

  @Column({ name: 'idem_key', type: 'varchar', length: 64 })
  idemKey: string;

  /** sha256 of the request body: the same key with a different body is refused. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'event_id', type: 'integer' })
  eventId: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
