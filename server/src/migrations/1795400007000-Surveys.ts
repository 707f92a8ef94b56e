import { Provide } from '@midwayjs/core';
import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { datetimeColumn, idColumn, timestampColumns } from '../db/columns';

/**
 * Surveys, their target regions, and the three tables of answering (participation, response, answer).
 * The last three have no auto-increment id and no timestamps, and are WITHOUT ROWID on SQLite, so an
 * anonymous answer cannot be matched to its participation by insertion order (survey-response.entity.ts).
 */
@Provide()
export class Surveys1795400007000 implements MigrationInterface {
  name = 'Surveys1795400007000';

  public async up(q: QueryRunner): Promise<void> {
    const index = (table: string, name: string, columnNames: string[], isUnique = false) =>
      q.createIndex(table, new TableIndex({ name, columnNames, isUnique }));
    const int = (name: string, nullable = false) => ({ name, type: 'integer', isNullable: nullable });
    const flag = (name: string) => ({ name, type: 'boolean', default: 0 });

    await q.createTable(new Table({
      name: 'survey',
      columns: [
        idColumn(q),
        { name: 'title', type: 'varchar', length: '100' },
        { name: 'description', type: 'varchar', length: '1000', default: "''" },
        { name: 'status', type: 'varchar', length: '16', default: "'draft'" },
        flag('anonymous'),
        flag('results_public'),
        datetimeColumn('starts_at'), datetimeColumn('ends_at'),
        { name: 'questions', type: 'json' },
        int('owner_region_id'),
        { name: 'region_path', type: 'varchar', length: '255' },
        int('created_by'),
        datetimeColumn('published_at'), datetimeColumn('closed_at'),
        ...timestampColumns(q),
      ],
    }));
    await index('survey', 'idx_survey_region_path', ['region_path']);
    await index('survey', 'idx_survey_status', ['status']);

    await q.createTable(new Table({
      name: 'survey_target',
      columns: [idColumn(q), int('survey_id'), int('region_id'), { name: 'region_path', type: 'varchar', length: '255' }],
    }));
    await index('survey_target', 'uq_survey_target', ['survey_id', 'region_id'], true);
    await index('survey_target', 'idx_survey_target_path', ['region_path']);

    await q.createTable(new Table({
      name: 'survey_participation',
      withoutRowid: true,
      columns: [{ name: 'participant', type: 'varchar', length: '64', isPrimary: true }, int('survey_id')],
    }));

    await q.createTable(new Table({
      name: 'survey_response',
      withoutRowid: true,
      columns: [
        { name: 'id', type: 'varchar', length: '32', isPrimary: true },
        int('survey_id'), int('account_id', true), datetimeColumn('submitted_at'),
      ],
    }));
    await index('survey_response', 'uq_survey_response_account', ['survey_id', 'account_id'], true);

    await q.createTable(new Table({
      name: 'survey_answer',
      withoutRowid: true,
      columns: [
        { name: 'response_id', type: 'varchar', length: '32', isPrimary: true },
        { name: 'question_id', type: 'varchar', length: '8', isPrimary: true },
        { name: 'option_id', type: 'varchar', length: '8', isPrimary: true },
        int('survey_id'),
        { name: 'num', type: 'double', isNullable: true },
        { name: 'value_text', type: 'varchar', length: '500', isNullable: true },
        { name: 'moderation', type: 'varchar', length: '8', isNullable: true },
      ],
    }));
    await index('survey_answer', 'idx_survey_answer_tally', ['survey_id', 'question_id', 'option_id']);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['survey_answer', 'survey_response', 'survey_participation', 'survey_target', 'survey']) await q.dropTable(t);
  }
}
