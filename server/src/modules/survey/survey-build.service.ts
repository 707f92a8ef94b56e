import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { checkQuestions, Checked, inScope, Page, SURVEY_LIMITS, SurveyStatus } from '@linli/config';
import { Survey, SurveyTarget } from './survey.entity';
import { SurveyBodyDTO, SurveyQueryDTO } from './survey.dto';
import { StaffSurveyView, SurveyViewService } from './survey-view.service';
import { Region } from '../region/region.entity';
import { AppError, invalid, notFound } from '../../common/app-error';
import { escapeLike, paging } from '../../common/paging';
import type { Actor } from '../../common/actor';

type Staff = Actor & { scopePath: string };

/** A broken rule of @linli/config as the 422 the client sees. */
export function checked<T>(r: Checked<T>): T {
  if (!r.ok) throw invalid(r.problem.field, r.problem.message);
  return r.value;
}

/**
 * Building surveys in the console: drafts are edited freely; publishing fixes the questions (answers
 * refer to them); closing ends answering. Every state change is a compare-and-set on the status, so two
 * staff clicking at once get one success and one 409.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class SurveyBuildService {
  @InjectDataSource() db: DataSource;
  @Inject() views: SurveyViewService;

  /** A survey the actor may see (its owning unit lies inside the actor's scope), or 404. */
  async visible(actor: Staff, id: number): Promise<Survey> {
    const s = await this.db.getRepository(Survey).findOneBy({ id });
    if (!s || !inScope(actor.scopePath, s.regionPath)) throw notFound();
    return s;
  }

  async list(actor: Staff, q: SurveyQueryDTO): Promise<Page<StaffSurveyView>> {
    const { page, pageSize, skip, take } = paging(q);
    const qb = this.db.getRepository(Survey).createQueryBuilder('s')
      .where('s.region_path LIKE :p', { p: `${escapeLike(actor.scopePath)}%` });
    if (q.status) qb.andWhere('s.status = :status', { status: q.status });
    if (q.keyword) qb.andWhere('s.title LIKE :kw', { kw: `%${escapeLike(q.keyword)}%` });
    const [rows, total] = await qb.orderBy('s.id', 'DESC').skip(skip).take(take).getManyAndCount();
    return { items: await this.views.forStaff(rows), total, page, pageSize };
  }

  async detail(actor: Staff, id: number): Promise<StaffSurveyView> {
    const [view] = await this.views.forStaff([await this.visible(actor, id)], true);
    return view;
  }

  async create(actor: Staff, body: SurveyBodyDTO): Promise<StaffSurveyView> {
    const fields = await this.fields(actor, body);
    const id = await this.db.transaction(async (m) => {
      const s = m.create(Survey, { ...fields.survey, status: 'draft', ownerRegionId: actor.regionId!, regionPath: actor.scopePath, createdBy: actor.id });
      await m.insert(Survey, s);
      await this.setTargets(m, s.id, fields.targets);
      return s.id;
    });
    return this.detail(actor, id);
  }

  /** Drafts only: once published, answers refer to the questions as they are. */
  async update(actor: Staff, id: number, body: SurveyBodyDTO): Promise<StaffSurveyView> {
    await this.visible(actor, id);
    const fields = await this.fields(actor, body);
    await this.db.transaction(async (m) => {
      const r = await m.update(Survey, { id, status: 'draft' }, fields.survey);
      if (!r.affected) throw new AppError('INVALID_TRANSITION', '问卷已发布，不能再修改题目；可复制后重新编辑');
      await m.delete(SurveyTarget, { surveyId: id });
      await this.setTargets(m, id, fields.targets);
    });
    return this.detail(actor, id);
  }

  async remove(actor: Staff, id: number): Promise<{ deleted: true }> {
    await this.visible(actor, id);
    await this.db.transaction(async (m) => {
      const r = await m.delete(Survey, { id, status: 'draft' });
      if (!r.affected) throw new AppError('INVALID_TRANSITION', '只能删除草稿；已发布的问卷请结束');
      await m.delete(SurveyTarget, { surveyId: id });
    });
    return { deleted: true };
  }

  async publish(actor: Staff, id: number): Promise<StaffSurveyView> {
    const s = await this.visible(actor, id);
    if (s.endsAt && s.endsAt.getTime() <= Date.now()) throw invalid('endsAt', '结束时间已过，请修改后再发布');
    if (!(await this.db.getRepository(SurveyTarget).countBy({ surveyId: id }))) throw invalid('regionIds', '请先选择目标区域');
    await this.move(id, 'draft', { status: 'published', publishedAt: new Date() }, '只有草稿可以发布');
    return this.detail(actor, id);
  }

  async close(actor: Staff, id: number): Promise<StaffSurveyView> {
    await this.visible(actor, id);
    await this.move(id, 'published', { status: 'closed', closedAt: new Date() }, '只有已发布的问卷可以结束');
    return this.detail(actor, id);
  }

  /** A new draft with the same questions, targets still inside the copier's scope, and no time window. */
  async copy(actor: Staff, id: number): Promise<StaffSurveyView> {
    const s = await this.visible(actor, id);
    const targets = await this.db.getRepository(SurveyTarget).findBy({ surveyId: id });
    const newId = await this.db.transaction(async (m) => {
      const copy = m.create(Survey, {
        title: `${s.title}（副本）`.slice(0, SURVEY_LIMITS.title),
        description: s.description,
        status: 'draft',
        anonymous: s.anonymous,
        resultsPublic: s.resultsPublic,
        startsAt: null,
        endsAt: null,
        questions: s.questions,
        ownerRegionId: actor.regionId!,
        regionPath: actor.scopePath,
        createdBy: actor.id,
      });
      await m.insert(Survey, copy);
      await this.setTargets(m, copy.id, targets.filter((t) => inScope(actor.scopePath, t.regionPath)).map((t) => ({ id: t.regionId, path: t.regionPath })));
      return copy.id;
    });
    return this.detail(actor, newId);
  }

  private async move(id: number, from: SurveyStatus, to: Partial<Survey>, refused: string) {
    const r = await this.db.getRepository(Survey).update({ id, status: from }, to);
    if (!r.affected) throw new AppError('INVALID_TRANSITION', refused);
  }

  /** The checked columns of a survey body and its target regions. */
  private async fields(actor: Staff, b: SurveyBodyDTO) {
    const questions = checked(checkQuestions(b.questions));
    if (b.startsAt && b.endsAt && b.endsAt.getTime() <= b.startsAt.getTime()) throw invalid('endsAt', '结束时间应晚于开始时间');
    const survey = {
      title: b.title, description: b.description ?? '', questions,
      startsAt: b.startsAt ?? null, endsAt: b.endsAt ?? null, anonymous: !!b.anonymous, resultsPublic: !!b.resultsPublic,
    };
    return { survey, targets: await this.targetRegions(actor, b.regionIds) };
  }

  /** Target regions: each one existing, inside the builder's scope, a community or above. */
  private async targetRegions(actor: Staff, ids: number[]): Promise<{ id: number; path: string }[]> {
    const found = await this.db.getRepository(Region).find({ select: ['id', 'path', 'level'], where: { id: In(ids) } });
    const byId = new Map(found.map((r) => [r.id, r]));
    return ids.map((id, i) => {
      const r = byId.get(id);
      if (!r || !inScope(actor.scopePath, r.path)) throw invalid(`regionIds.${i}`, '目标区域不存在或不在您的管辖范围内');
      if (r.level === 'grid') throw invalid(`regionIds.${i}`, '目标区域请选择社区或更大的区域');
      return { id: r.id, path: r.path };
    });
  }

  private async setTargets(m: EntityManager, surveyId: number, targets: { id: number; path: string }[]) {
    if (!targets.length) return;
    await m.insert(SurveyTarget, targets.map((t) => ({ surveyId, regionId: t.id, regionPath: t.path })));
  }
}
