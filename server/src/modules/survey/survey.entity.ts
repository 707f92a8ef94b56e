import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SurveyQuestion, SurveyStatus } from '@linli/config';

/**
 * A survey built by a unit (community, street, district). `region_path` is the owning unit's scope:
 * staff see the survey when that path lies inside their own scope, so a community never sees another's,
 * nor a street's survey whose results cover other communities. Questions are fixed once published.
 */
@Entity('survey')
@Index('idx_survey_region_path', ['regionPath'])
@Index('idx_survey_status', ['status'])
export class Survey {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  description: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: SurveyStatus;

  /** Anonymous: responses keep no account, no submission time (see survey-response.entity.ts). */
  @Column({ type: 'boolean', width: 1, default: false })
  anonymous: boolean;

  /** Residents of the target regions may see the aggregated results (never free text). */
  @Column({ name: 'results_public', type: 'boolean', width: 1, default: false })
  resultsPublic: boolean;

  @Column({ name: 'starts_at', type: 'datetime', nullable: true })
  startsAt: Date | null;

  @Column({ name: 'ends_at', type: 'datetime', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'json' })
  questions: SurveyQuestion[];

  @Column({ name: 'owner_region_id', type: 'integer' })
  ownerRegionId: number;

  @Column({ name: 'region_path', type: 'varchar', length: 255 })
  regionPath: string;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy: number;

  @Column({ name: 'published_at', type: 'datetime', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'datetime', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/**
 * A region a survey is addressed to (community or above). Residents see a survey when one of its
 * targets is their community or an ancestor of it: the lookup is `region_path IN (ancestors)`.
 */
@Entity('survey_target')
@Index('uq_survey_target', ['surveyId', 'regionId'], { unique: true })
@Index('idx_survey_target_path', ['regionPath'])
export class SurveyTarget {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'survey_id', type: 'integer' })
  surveyId: number;

  @Column({ name: 'region_id', type: 'integer' })
  regionId: number;

  @Column({ name: 'region_path', type: 'varchar', length: 255 })
  regionPath: string;
}
