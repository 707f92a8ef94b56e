import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EventLevel, EventStatus } from '@linli/config';

export type EventChannel = 'resident' | 'patrol' | 'hotline' | 'console' | 'external';
export type TargetType = 'grid' | 'community' | 'street' | 'department' | 'district';

/**
 * A reported problem on its way through the closed loop. `region_path` is the path of the grid
 * (or of the street whose dispatch queue holds an event outside every grid): scope queries use it.
 * `version` makes every lifecycle change an optimistic compare-and-set.
 */
@Entity('event')
@Index('uq_event_no', ['no'], { unique: true })
@Index('idx_event_status', ['status'])
@Index('idx_event_region_path', ['regionPath'])
@Index('idx_event_assignee', ['assigneeId', 'status'])
@Index('idx_event_reporter', ['reporterId'])
@Index('idx_event_created', ['createdAt', 'regionPath'])
@Index('idx_event_closed', ['closedAt'])
@Index('idx_event_sign_due', ['status', 'signDeadline'])
@Index('idx_event_handle_due', ['status', 'handleDeadline'])
@Index('idx_event_category', ['categoryCode', 'createdAt'])
export class Event {
  @PrimaryGeneratedColumn()
  id: number;

  /** Public reference number shown to people, e.g. E2611230000042. */
  @Column({ type: 'varchar', length: 20 })
  no: string;

  @Column({ type: 'varchar', length: 16 })
  channel: EventChannel;

  @Column({ name: 'category_code', type: 'varchar', length: 32 })
  categoryCode: string;

  @Column({ type: 'varchar', length: 1000 })
  description: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  address: string;

  @Column({ type: 'double' })
  lng: number;

  @Column({ type: 'double' })
  lat: number;

  @Column({ name: 'grid_id', type: 'integer', nullable: true })
  gridId: number | null;

  @Column({ name: 'community_id', type: 'integer', nullable: true })
  communityId: number | null;

  @Column({ name: 'street_id', type: 'integer', nullable: true })
  streetId: number | null;

  @Column({ name: 'region_path', type: 'varchar', length: 255 })
  regionPath: string;

  @Column({ type: 'integer' })
  level: EventLevel;

  @Column({ name: 'target_type', type: 'varchar', length: 16 })
  targetType: TargetType;

  /** The grid, community, street or district that owns the event now. */
  @Column({ name: 'target_region_id', type: 'integer', nullable: true })
  targetRegionId: number | null;

  @Column({ name: 'target_department_id', type: 'integer', nullable: true })
  targetDepartmentId: number | null;

  /** The grid worker who owns a level-1 event; units own the others. */
  @Column({ name: 'assignee_id', type: 'integer', nullable: true })
  assigneeId: number | null;

  @Column({ name: 'route_rule_id', type: 'integer', nullable: true })
  routeRuleId: number | null;

  /** Why routing sent it there, in words staff can read. */
  @Column({ name: 'route_reason', type: 'varchar', length: 255, default: '' })
  routeReason: string;

  @Column({ type: 'varchar', length: 16 })
  status: EventStatus;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'reporter_id', type: 'integer', nullable: true })
  reporterId: number | null;

  /** Handlers never see who reported an anonymous event. */
  @Column({ type: 'boolean', width: 1, default: false })
  anonymous: boolean;

  /** Shown on the nearby map (personal data stripped). */
  @Column({ name: 'is_public', type: 'boolean', width: 1, default: true })
  isPublic: boolean;

  /** Media ids of the reporter's photos. */
  @Column({ type: 'json', nullable: true })
  photos: number[] | null;

  /** Hotline channel: the caller, encrypted; shown masked. */
  @Column({ name: 'caller_enc', type: 'varchar', length: 255, nullable: true })
  callerEnc: string | null;

  @Column({ name: 'stage_started_at', type: 'datetime', nullable: true })
  stageStartedAt: Date | null;

  @Column({ name: 'sign_deadline', type: 'datetime', nullable: true })
  signDeadline: Date | null;

  @Column({ name: 'handle_deadline', type: 'datetime', nullable: true })
  handleDeadline: Date | null;

  @Column({ type: 'boolean', width: 1, default: false })
  overdue: boolean;

  @Column({ name: 'main_event_id', type: 'integer', nullable: true })
  mainEventId: number | null;

  @Column({ name: 'reopen_count', type: 'integer', default: 0 })
  reopenCount: number;

  @Column({ type: 'integer', nullable: true })
  rating: number | null;

  @Column({ name: 'rating_comment', type: 'varchar', length: 500, nullable: true })
  ratingComment: string | null;

  @Column({ name: 'closed_at', type: 'datetime', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
