import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A resident following an event they did not report: "me too" on the map, or a merged duplicate's reporter. */
@Entity('event_follower')
@Index('uq_event_follower', ['eventId', 'accountId'], { unique: true })
@Index('idx_event_follower_account', ['accountId'])
export class EventFollower {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'event_id', type: 'integer' })
  eventId: number;

  @Column({ name: 'account_id', type: 'integer' })
  accountId: number;

  @Column({ type: 'varchar', length: 16 })
  reason: 'me_too' | 'merged';

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
