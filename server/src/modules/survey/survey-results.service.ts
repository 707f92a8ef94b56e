import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Page, SurveyResults } from '@linli/config';
import { Survey } from './survey.entity';
import { SurveyAnswer, SurveyResponse } from './survey-response.entity';
import { SurveyBuildService } from './survey-build.service';
import { answersFromRows, buildResults, Tallies } from './survey-rows';
import { ExportedResponse, responsesSheet, summarySheet } from './survey-export';
import { TextAnswersQueryDTO } from './survey.dto';
import { Account } from '../account/account.entity';
import { invalid } from '../../common/app-error';
import { paging } from '../../common/paging';
import { writeXlsx } from '../../common/xlsx';
import type { Actor } from '../../common/actor';

type Staff = Actor & { scopePath: string };

export interface TextAnswerView {
  text: string;
  /** Waiting for content review (WeChat asked for it or could not be reached). */
  pending: boolean;
  /** Named surveys only. */
  respondent: { nickname: string; phoneMasked: string | null } | null;
  submittedAt: Date | null;
}

/** Responses read per query when exporting, so a large survey is not one huge IN list. */
const EXPORT_BATCH = 500;

/** Results of a survey for staff in scope (404 outside it): aggregates, free text page by page, Excel. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class SurveyResultsService {
  @InjectDataSource() db: DataSource;
  @Inject() build: SurveyBuildService;

  async staffResults(actor: Staff, id: number): Promise<SurveyResults> {
    return this.tally(await this.build.visible(actor, id));
  }

  /** Aggregates computed by the database (GROUP BY over answer rows), shaped per question. */
  async tally(s: Survey): Promise<SurveyResults> {
    const a = () => this.db.getRepository(SurveyAnswer).createQueryBuilder('a').where('a.survey_id = :id', { id: s.id });
    type Raw = Record<string, string | number | null>;
    const byQ = <T>(rows: Raw[], f: (r: Raw) => T) => new Map(rows.map((r) => [String(r.q), f(r)]));
    const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

    const responses = await this.db.getRepository(SurveyResponse).countBy({ surveyId: s.id });
    const answered = await a().select(['a.question_id AS q', 'COUNT(DISTINCT a.response_id) AS n']).groupBy('a.question_id').getRawMany<Raw>();
    const counts = await a().andWhere("a.option_id <> ''")
      .select(['a.question_id AS q', 'a.option_id AS o', 'COUNT(*) AS n']).groupBy('a.question_id').addGroupBy('a.option_id').getRawMany<Raw>();
    const numbers = await a().andWhere('a.num IS NOT NULL')
      .select(['a.question_id AS q', 'AVG(a.num) AS average', 'MIN(a.num) AS min', 'MAX(a.num) AS max']).groupBy('a.question_id').getRawMany<Raw>();
    const dateIds = s.questions.filter((q) => q.type === 'date').map((q) => q.id);
    const dates = dateIds.length
      ? await a().andWhere('a.question_id IN (:...dateIds)', { dateIds })
        .select(['a.question_id AS q', 'MIN(a.value_text) AS earliest', 'MAX(a.value_text) AS latest']).groupBy('a.question_id').getRawMany<Raw>()
      : [];
    const pending = await a().andWhere("a.moderation = 'pending'").select(['a.question_id AS q', 'COUNT(*) AS n']).groupBy('a.question_id').getRawMany<Raw>();

    const t: Tallies = {
      responses,
      answered: byQ(answered, (r) => Number(r.n)),
      counts: new Map(counts.map((r) => [`${r.q}/${r.o}`, Number(r.n)])),
      numbers: byQ(numbers, (r) => ({ average: num(r.average), min: num(r.min), max: num(r.max) })),
      dates: byQ(dates, (r) => ({ earliest: r.earliest as string | null, latest: r.latest as string | null })),
      pending: byQ(pending, (r) => Number(r.n)),
    };
    return buildResults(s.questions, t);
  }

  /** The free-text answers of one text question: newest first for named surveys, in no telling order for anonymous ones. */
  async texts(actor: Staff, id: number, q: TextAnswersQueryDTO): Promise<Page<TextAnswerView>> {
    const s = await this.build.visible(actor, id);
    if (s.questions.find((x) => x.id === q.questionId)?.type !== 'text') throw invalid('questionId', '请选择一道文本题');
    const { page, pageSize, skip, take } = paging(q);
    const ofQuestion = () => this.db.getRepository(SurveyAnswer).createQueryBuilder('a')
      .where('a.survey_id = :id AND a.question_id = :qid', { id, qid: q.questionId });
    const total = await ofQuestion().getCount();
    const rows = await ofQuestion().innerJoin(SurveyResponse, 'r', 'r.id = a.response_id')
      .select(['a.response_id AS responseId', 'a.value_text AS text', 'a.moderation AS moderation'])
      .orderBy('r.submitted_at', 'DESC').addOrderBy('a.response_id', 'ASC')
      .offset(skip).limit(take)
      .getRawMany<{ responseId: string; text: string | null; moderation: string | null }>();
    const responses = await this.responsesOf(rows.map((r) => r.responseId));
    const people = await this.people([...responses.values()].map((r) => r.accountId));
    const items = rows.map((a): TextAnswerView => {
      const r = responses.get(a.responseId);
      return {
        text: a.text ?? '',
        pending: a.moderation === 'pending',
        respondent: r?.accountId ? people.get(r.accountId) ?? null : null,
        submittedAt: r?.submittedAt ?? null,
      };
    });
    return { items, total, page, pageSize };
  }

  /** The workbook: every response (named: with time, nickname, masked phone) and the summary. */
  async export(actor: Staff, id: number): Promise<{ filename: string; body: Buffer }> {
    const s = await this.build.visible(actor, id);
    const results = await this.tally(s);
    const all = await this.db.getRepository(SurveyResponse).find({ where: { surveyId: id }, order: { id: 'ASC' } });
    const people = await this.people(all.map((r) => r.accountId));
    const exported: (ExportedResponse & { at: number })[] = [];
    for (let i = 0; i < all.length; i += EXPORT_BATCH) {
      const batch = all.slice(i, i + EXPORT_BATCH);
      const byResponse = new Map<string, SurveyAnswer[]>();
      for (const a of await this.db.getRepository(SurveyAnswer).findBy({ responseId: In(batch.map((r) => r.id)) })) {
        byResponse.set(a.responseId, [...(byResponse.get(a.responseId) ?? []), a]);
      }
      for (const r of batch) {
        const person = r.accountId ? people.get(r.accountId) : undefined;
        exported.push({
          at: r.submittedAt?.getTime() ?? 0,
          answers: answersFromRows(s.questions, byResponse.get(r.id) ?? []),
          respondent: s.anonymous ? undefined : { submittedAt: r.submittedAt, nickname: person?.nickname ?? '', phoneMasked: person?.phoneMasked ?? null },
        });
      }
    }
    // named: in submission order; anonymous: all at 0, left in the random order of their ids
    exported.sort((x, y) => x.at - y.at);
    const body = writeXlsx([responsesSheet(s.questions, s.anonymous, exported), summarySheet(results)]);
    return { filename: `${s.title}-问卷结果.xlsx`, body };
  }

  private async responsesOf(ids: string[]): Promise<Map<string, SurveyResponse>> {
    if (!ids.length) return new Map();
    const rows = await this.db.getRepository(SurveyResponse).findBy({ id: In(ids) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async people(ids: (number | null)[]): Promise<Map<number, { nickname: string; phoneMasked: string | null }>> {
    const unique = [...new Set(ids.filter((x): x is number => x !== null))];
    if (!unique.length) return new Map();
    const rows = await this.db.getRepository(Account).find({ select: ['id', 'nickname', 'name', 'phoneMasked', 'status'], where: { id: In(unique) } });
    return new Map(rows.map((a) => [a.id, { nickname: a.status === 'deleted' ? '已注销用户' : a.nickname || a.name || '居民', phoneMasked: a.phoneMasked }]));
  }
}
