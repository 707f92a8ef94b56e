import { Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, In } from 'typeorm';
import { RegionLevel, SURVEY_STATE_LABELS, SURVEY_STATUS_LABELS, SurveyQuestion, surveyState } from '@linli/config';
import { Survey, SurveyTarget } from './survey.entity';
import { SurveyResponse } from './survey-response.entity';
import { Region } from '../region/region.entity';

export interface SurveyTargetView { id: number; name: string; level: RegionLevel }

export type SurveyBasics = ReturnType<typeof surveyBasics>;

/** A survey as the console lists it; the detail adds the questions. */
export type StaffSurveyView = SurveyBasics & {
  status: Survey['status'];
  statusLabel: string;
  publishedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  targets: SurveyTargetView[];
  owner: { id: number; name: string };
  responses: number;
  questions?: SurveyQuestion[];
};

/** What staff and residents alike are shown of a survey. */
export function surveyBasics(s: Survey, now = new Date()) {
  const state = surveyState(s, now);
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    state,
    stateLabel: SURVEY_STATE_LABELS[state],
    anonymous: !!s.anonymous,
    resultsPublic: !!s.resultsPublic,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    questionCount: s.questions.length,
  };
}

/** Builds the console's views of surveys: target and owner names and response counts in a few batch queries. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class SurveyViewService {
  @InjectDataSource() db: DataSource;

  async forStaff(rows: Survey[], withQuestions = false): Promise<StaffSurveyView[]> {
    if (!rows.length) return [];
    const ids = rows.map((s) => s.id);
    const [targets, counts] = await Promise.all([this.targets(ids), this.responseCounts(ids)]);
    const owners = await this.regionNames(rows.map((s) => s.ownerRegionId));
    const now = new Date();
    return rows.map((s) => ({
      ...surveyBasics(s, now),
      status: s.status,
      statusLabel: SURVEY_STATUS_LABELS[s.status],
      publishedAt: s.publishedAt,
      closedAt: s.closedAt,
      createdAt: s.createdAt,
      targets: targets.get(s.id) ?? [],
      owner: { id: s.ownerRegionId, name: owners.get(s.ownerRegionId) ?? '' },
      responses: counts.get(s.id) ?? 0,
      ...(withQuestions ? { questions: s.questions } : {}),
    }));
  }

  /** Targets of each survey with region names, in region order. */
  async targets(surveyIds: number[]): Promise<Map<number, SurveyTargetView[]>> {
    const rows = await this.db.getRepository(SurveyTarget).createQueryBuilder('t')
      .innerJoin(Region, 'r', 'r.id = t.region_id')
      .select(['t.survey_id AS surveyId', 'r.id AS id', 'r.name AS name', 'r.level AS level'])
      .where('t.survey_id IN (:...ids)', { ids: surveyIds })
      .orderBy('r.path', 'ASC')
      .getRawMany<{ surveyId: number; id: number; name: string; level: RegionLevel }>();
    const out = new Map<number, SurveyTargetView[]>();
    for (const r of rows) {
      const list = out.get(Number(r.surveyId)) ?? [];
      list.push({ id: Number(r.id), name: r.name, level: r.level });
      out.set(Number(r.surveyId), list);
    }
    return out;
  }

  /** COUNT per survey (no counter on the survey row: see survey-response.entity.ts on why it is left alone). */
  async responseCounts(surveyIds: number[]): Promise<Map<number, number>> {
    const rows = await this.db.getRepository(SurveyResponse).createQueryBuilder('r')
      .select(['r.survey_id AS surveyId', 'COUNT(*) AS n'])
      .where('r.survey_id IN (:...ids)', { ids: surveyIds })
      .groupBy('r.survey_id')
      .getRawMany<{ surveyId: number; n: number | string }>();
    return new Map(rows.map((r) => [Number(r.surveyId), Number(r.n)]));
  }

  async regionNames(ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await this.db.getRepository(Region).find({ select: ['id', 'name'], where: { id: In(unique) } });
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
