import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { randomBytes } from 'crypto';
import { checkAnswers, SurveyAnswers, SurveyQuestion, SurveyResults, surveyState } from '@linli/config';
import { Survey, SurveyTarget } from './survey.entity';
import { Moderation, SurveyAnswer, SurveyParticipation, SurveyResponse } from './survey-response.entity';
import { ResidentSurveyQueryDTO } from './survey.dto';
import { checked } from './survey-build.service';
import { SurveyResultsService } from './survey-results.service';
import { ancestorPaths, answerRows, answersFromRows, publicResults } from './survey-rows';
import { SurveyBasics, surveyBasics } from './survey-view.service';
import { Event } from '../event/event.entity';
import { Region } from '../region/region.entity';
import { Account } from '../account/account.entity';
import { ContentSecurity } from '../wechat/content-security.service';
import { AppError, notFound } from '../../common/app-error';
import { CryptoService } from '../../common/crypto.service';
import { isUniqueViolation } from '../../db/errors';
import { paging } from '../../common/paging';
import type { Actor } from '../../common/actor';

export type ResidentSurveyView = SurveyBasics & {
  answered: boolean;
  /** Public results may be read now: after answering, or once the survey has ended. */
  resultsAvailable: boolean;
};

export type ResidentSurveyDetail = ResidentSurveyView & { questions: SurveyQuestion[]; myAnswers: SurveyAnswers | null };

/**
 * Surveys as residents meet them. A resident's community is the community of their latest report that
 * was located inside a grid (accounts carry no home address); a survey is theirs when one of its targets
 * is that community or a region above it. Without such a report the list is empty and says so.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class SurveyAnswerService {
  @InjectDataSource() db: DataSource;
  @Inject() crypto: CryptoService;
  @Inject() contentSecurity: ContentSecurity;
  @Inject() results: SurveyResultsService;

  async list(actor: Actor, q: ResidentSurveyQueryDTO) {
    const { page, pageSize, skip, take } = paging(q);
    const home = await this.home(actor.id);
    if (!home) return { items: [], total: 0, page, pageSize, community: null };
    const now = new Date();
    const qb = this.db.getRepository(Survey).createQueryBuilder('s')
      .where('s.id IN (SELECT t.survey_id FROM survey_target t WHERE t.region_path IN (:...paths))', { paths: ancestorPaths(home.path) });
    if (q.state === 'ended') {
      qb.andWhere("(s.status = 'closed' OR (s.status = 'published' AND s.ends_at <= :now))", { now });
    } else {
      qb.andWhere("s.status = 'published' AND (s.starts_at IS NULL OR s.starts_at <= :now) AND (s.ends_at IS NULL OR s.ends_at > :now)", { now });
    }
    const [rows, total] = await qb.orderBy('s.published_at', 'DESC').addOrderBy('s.id', 'DESC').skip(skip).take(take).getManyAndCount();
    const answered = await this.answeredOf(actor.id, rows.map((s) => s.id));
    return { items: rows.map((s) => view(s, answered.has(s.id))), total, page, pageSize, community: home.community };
  }

  async detail(actor: Actor, id: number): Promise<ResidentSurveyDetail> {
    const s = await this.visible(actor, id);
    const answered = (await this.answeredOf(actor.id, [id])).has(id);
    return { ...view(s, answered), questions: s.questions, myAnswers: answered && !s.anonymous ? await this.myAnswers(s, actor.id) : null };
  }

  /**
   * One response per resident: the participation row's primary key (an HMAC of survey and account)
   * decides in the database, so of simultaneous submissions exactly one is stored; the others get 409.
   */
  async submit(actor: Actor, id: number, input: unknown) {
    const s = await this.visible(actor, id);
    if (surveyState(s) !== 'open') throw new AppError('SURVEY_NOT_OPEN');
    const participant = this.participant(s.id, actor.id);
    if (await this.db.getRepository(SurveyParticipation).existsBy({ participant })) throw new AppError('ALREADY_ANSWERED');
    const answers = checked(checkAnswers(s.questions, input));
    const moderation = await this.screenTexts(actor.id, s.questions, answers);
    try {
      await this.db.transaction(async (m) => {
        await m.insert(SurveyParticipation, { participant, surveyId: s.id });
        const responseId = randomBytes(16).toString('hex');
        await m.insert(SurveyResponse, {
          id: responseId, surveyId: s.id, accountId: s.anonymous ? null : actor.id, submittedAt: s.anonymous ? null : new Date(),
        });
        const rows = answerRows(s.questions, answers, moderation).map((r) => ({ ...r, responseId, surveyId: s.id }));
        if (rows.length) await m.insert(SurveyAnswer, rows);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('ALREADY_ANSWERED');
      throw err;
    }
    // an anonymous response cannot be read back by its author later: the answers are returned once, here
    return { surveyId: s.id, answered: true, anonymous: !!s.anonymous, answers };
  }

  /** Aggregated results for residents, when the survey makes them public: after answering or once ended. */
  async publicResults(actor: Actor, id: number): Promise<SurveyResults> {
    const s = await this.visible(actor, id);
    if (!s.resultsPublic) throw new AppError('FORBIDDEN', '该问卷的结果不公开');
    const answered = (await this.answeredOf(actor.id, [id])).has(id);
    if (!resultsAvailable(s, answered)) throw new AppError('FORBIDDEN', '提交问卷后或问卷结束后可查看结果');
    return publicResults(await this.results.tally(s));
  }

  /** A published or closed survey addressed to the resident's community, or 404. */
  private async visible(actor: Actor, id: number): Promise<Survey> {
    const s = await this.db.getRepository(Survey).findOneBy({ id });
    const home = s && s.status !== 'draft' ? await this.home(actor.id) : null;
    if (!s || !home) throw notFound();
    const targeted = await this.db.getRepository(SurveyTarget).existsBy({ surveyId: id, regionPath: In(ancestorPaths(home.path)) });
    if (!targeted) throw notFound();
    return s;
  }

  /** The path and name of the community of the account's latest report located in a grid. */
  private async home(accountId: number): Promise<{ path: string; community: { id: number; name: string } } | null> {
    const e = await this.db.getRepository(Event).findOne({
      select: ['id', 'regionPath', 'communityId'],
      where: { reporterId: accountId, communityId: Not(IsNull()) },
      order: { id: 'DESC' },
    });
    if (!e) return null;
    const c = await this.db.getRepository(Region).findOne({ select: ['id', 'name', 'path'], where: { id: e.communityId! } });
    return c ? { path: c.path, community: { id: c.id, name: c.name } } : null;
  }

  private participant(surveyId: number, accountId: number): string {
    return this.crypto.lookupHash(`survey:${surveyId}:${accountId}`);
  }

  private async answeredOf(accountId: number, surveyIds: number[]): Promise<Set<number>> {
    if (!surveyIds.length) return new Set();
    const rows = await this.db.getRepository(SurveyParticipation).find({
      select: ['surveyId'], where: { participant: In(surveyIds.map((id) => this.participant(id, accountId))) },
    });
    return new Set(rows.map((r) => r.surveyId));
  }

  private async myAnswers(s: Survey, accountId: number): Promise<SurveyAnswers | null> {
    const r = await this.db.getRepository(SurveyResponse).findOneBy({ surveyId: s.id, accountId });
    if (!r) return null;
    return answersFromRows(s.questions, await this.db.getRepository(SurveyAnswer).findBy({ responseId: r.id }));
  }

  /** Free-text answers through content security; a risky one is refused naming its question. */
  private async screenTexts(accountId: number, questions: SurveyQuestion[], answers: SurveyAnswers): Promise<Record<string, Moderation>> {
    const texts = questions.filter((q) => q.type === 'text' && typeof answers[q.id] === 'string');
    if (!texts.length) return {};
    const account = await this.db.getRepository(Account).findOne({ select: ['id', 'openid'], where: { id: accountId } });
    const verdicts = await Promise.all(texts.map((q) => this.contentSecurity.screen(answers[q.id] as string, account?.openid ?? null)));
    const risky = verdicts.findIndex((v) => v === 'risky');
    if (risky >= 0) {
      const q = texts[risky];
      throw new AppError('CONTENT_REJECTED', `第 ${questions.indexOf(q) + 1} 题的内容包含不当信息，请修改后再提交`, `answers.${q.id}`);
    }
    return Object.fromEntries(texts.map((q, i) => [q.id, verdicts[i] === 'pass' ? 'pass' : 'pending']));
  }
}

function resultsAvailable(s: Survey, answered: boolean): boolean {
  const state = surveyState(s);
  return !!s.resultsPublic && (answered || state === 'ended' || state === 'closed');
}

function view(s: Survey, answered: boolean): ResidentSurveyView {
  return { ...surveyBasics(s), answered, resultsAvailable: resultsAvailable(s, answered) };
}
