import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/*
 * How one response per resident holds while an anonymous answer cannot be traced to its author.
 *
 * - survey_participation records THAT someone took part: its key is HMAC(data key, "survey:<id>:<account>").
 *   The primary key is unique, so a second submission fails in the database however many race.
 * - survey_response / survey_answer hold WHAT was answered. For an anonymous survey the response has no
 *   account and no submission time.
 * - Nothing orders the rows: keys are the HMAC and a random response id (no auto-increment), there is no
 *   timestamp on either, and on SQLite the tables are WITHOUT ROWID (a hidden rowid would number rows in
 *   insertion order); InnoDB clusters them by those random keys. So the n-th participation cannot be
 *   matched to the n-th response by id or time. The survey row is not touched on submit either (counts
 *   are COUNT queries), so its updated_at tells nothing.
 * What remains outside the schema: database binlogs/general logs, backups taken between two submissions,
 * and (forensics on InnoDB data files) the id of the inserting transaction kept inside each row, shared by
 * the participation and response rows because they must commit together (split, a crash between the two
 * would lock a resident out without an answer). Keep the general query log off and binlogs short-lived.
 */
@Entity('survey_participation', { withoutRowid: true })
export class SurveyParticipation {
  /** hex HMAC-SHA256 of survey id and account id, keyed by LINLI_DATA_KEY. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  participant: string;

  @Column({ name: 'survey_id', type: 'integer' })
  surveyId: number;
}

@Entity('survey_response', { withoutRowid: true })
@Index('uq_survey_response_account', ['surveyId', 'accountId'], { unique: true })
export class SurveyResponse {
  /** 32 random hex characters. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column({ name: 'survey_id', type: 'integer' })
  surveyId: number;

  /** Named surveys only; null for anonymous ones (the unique index allows many nulls). */
  @Column({ name: 'account_id', type: 'integer', nullable: true })
  accountId: number | null;

  /** Named surveys only. */
  @Column({ name: 'submitted_at', type: 'datetime', nullable: true })
  submittedAt: Date | null;
}

export type Moderation = 'pass' | 'pending';

/**
 * One answer value: a chosen option (single, multiple: one row per option; rating: option "1".."5" and
 * num), a number (num), or text (value_text: free text or a 'YYYY-MM-DD' date). Results are GROUP BY
 * queries over these rows.
 */
@Entity('survey_answer', { withoutRowid: true })
@Index('idx_survey_answer_tally', ['surveyId', 'questionId', 'optionId'])
export class SurveyAnswer {
  @PrimaryColumn({ name: 'response_id', type: 'varchar', length: 32 })
  responseId: string;

  @PrimaryColumn({ name: 'question_id', type: 'varchar', length: 8 })
  questionId: string;

  /** '' when the answer is not an option. */
  @PrimaryColumn({ name: 'option_id', type: 'varchar', length: 8 })
  optionId: string;

  @Column({ name: 'survey_id', type: 'integer' })
  surveyId: number;

  @Column({ type: 'double', nullable: true })
  num: number | null;

  @Column({ name: 'value_text', type: 'varchar', length: 500, nullable: true })
  valueText: string | null;

  /** Free text only: 'pending' while WeChat content security asked for review or could not be reached. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  moderation: Moderation | null;
}
