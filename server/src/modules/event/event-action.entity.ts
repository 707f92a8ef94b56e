import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ActionVisibility = 'public' | 'internal';

/**
 * One step of an event's trail (全程留痕): append-only, never updated. Each row carries the hash of the
 * row before it, so editing or deleting any row breaks the chain and the verifier finds where.
 * (event_id, seq) is unique: two writers can never both append step n.
 */
@Entity('event_action')
@Index('uq_event_action_seq', ['eventId', 'seq'], { unique: true })
@Index('idx_event_action_actor', ['actorId', 'action'])
export class EventAction {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'event_id', type: 'integer' })
  eventId: number;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 24 })
  action: string;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16, nullable: true })
  toStatus: string | null;

  /** null = the system (routing, deadline job). */
  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 24 })
  actorRole: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  note: string;

  @Column({ type: 'varchar', length: 8, default: 'public' })
  visibility: ActionVisibility;

  @Column({ type: 'json', nullable: true })
  photos: number[] | null;

  /** Structured facts of the step (routing decision, new target, rating). */
  @Column({ type: 'json', nullable: true })
  detail: Record<string, unknown> | null;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;

  /** Set by the code (whole seconds) rather than the database, because it is part of the hash. */
  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
