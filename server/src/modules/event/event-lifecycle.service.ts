import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EVENT_TRANSITIONS, EventAction as Action, EventActor, EventLevel, inScope, isStaff, nextEventStatus } from '@linli/config';
import { Event, TargetType } from './event.entity';
import { EventFollower } from './event-follower.entity';
import { NotifyService } from '../notify/notify.service';
import { MediaService } from '../media/media.service';
import { EventTrailService, TrailStep } from './event-trail.service';
import { EventActionDTO, TargetDTO } from './event.dto';
import { capacities, staffCanSee } from './event-access';
import { ReferenceCache } from '../catalog/reference-cache.service';
import { Department } from '../catalog/department.entity';
import { Region } from '../region/region.entity';
import { gridWorker } from '../region/grid-staff.entity';
import { ancestorIds } from '../region/region.service';
import { AppError, invalid, notFound } from '../../common/app-error';
import type { Actor } from '../../common/actor';

type Fields = Partial<Event>;

const LEVEL_OF: Record<TargetType, EventLevel> = { grid: 1, community: 2, street: 3, department: 4, district: 4 };

/**
 * Every lifecycle change: the transition comes from the table in @linli/config, and the status change,
 * the version compare-and-set and the trail row are one transaction. Two people acting on the same
 * version: one wins, the other gets CONFLICT.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class EventLifecycleService {
  @InjectDataSource() db: DataSource;
  @Inject() trail: EventTrailService;
  @Inject() notify: NotifyService;
  @Inject() media: MediaService;
  @Inject() refs: ReferenceCache;

  /** The event as this actor may see it, or 404 (missing and out of reach look the same). */
  async visible(m: EntityManager, actor: Actor, id: number): Promise<Event> {
    const e = await m.findOneBy(Event, { id });
    if (!e) throw notFound();
    // staff (also grid workers in the mini-program) see their scope; residents see what they reported
    const ok = (actor.kind === 'user' && e.reporterId === actor.id) || (isStaff(actor.role) && staffCanSee(actor, e));
    if (!ok) throw notFound();
    return e;
  }

  async act(actor: Actor, id: number, input: EventActionDTO): Promise<Event> {
    return this.db.transaction(async (m) => {
      const e = await this.visible(m, actor, id);
      const caps = capacities(actor, e);
      const by = caps.find((c) => nextEventStatus(e.status, input.action, c) !== null);
      if (!by) throw new AppError(caps.length ? 'INVALID_TRANSITION' : 'FORBIDDEN');
      if (input.version !== undefined && input.version !== e.version) throw new AppError('CONFLICT');
      const rule = EVENT_TRANSITIONS[input.action];
      const note = input.note?.trim() ?? '';
      if (rule.needsNote && !note) throw invalid('note', `请填写${rule.label}说明`);
      if (rule.needsPhoto && !input.photos?.length) throw invalid('photos', '请上传处置照片');
      if (input.photos?.length) await this.media.claim(input.photos, actor.id, `event:${e.id}`, m, 'photos');
      const fields = await this.effects(m, actor, e, input.action, by, input);
      await this.commit(m, e, { ...fields, status: rule.to }, {
        action: input.action, from: e.status, to: rule.to, actor, note, photos: input.photos, detail: detailOf(input, fields),
      });
      if (input.action === 'merge' && e.reporterId) {
        // the duplicate's reporter follows the main event from now on ("me too")
        await m.createQueryBuilder().insert().into(EventFollower).values({ eventId: fields.mainEventId!, accountId: e.reporterId, reason: 'merged' }).orIgnore().execute();
      }
      return m.findOneByOrFail(Event, { id: e.id });
    });
  }

  /**
   * The one way an event changes: compare-and-set on its version, then the trail row, in the caller's
   * transaction. Whoever loses the race gets CONFLICT and nothing of theirs is written.
   */
  async commit(m: EntityManager, e: Event, fields: Fields, step: TrailStep): Promise<void> {
    const res = await m
      .createQueryBuilder()
      .update(Event)
      .set({ ...fields, version: e.version + 1 })
      .where('id = :id AND version = :version', { id: e.id, version: e.version })
      .execute();
    if (res.affected !== 1) throw new AppError('CONFLICT');
    await this.trail.append(m, e.id, step);
    await this.notify.onStep(m, { ...e, ...fields } as Event, step);
  }

  /** What else changes with each action: owner, level, deadlines, closing time, rating. */
  private async effects(m: EntityManager, actor: Actor, e: Event, action: Action, by: EventActor, input: EventActionDTO): Promise<Fields> {
    const now = new Date();
    const category = await this.refs.category(e.categoryCode);
    if (!category) throw new AppError('INTERNAL');
    const signBy = new Date(now.getTime() + category.signHours * 3600_000);
    switch (action) {
      case 'assign': {
        if (!input.target) throw invalid('target', '请选择分派对象');
        const target = await this.resolveTarget(m, actor, e, input.target);
        return { ...target, stageStartedAt: now, signDeadline: signBy, handleDeadline: null, overdue: false };
      }
      case 'accept':
        return {
          assigneeId: e.assigneeId ?? actor.id, stageStartedAt: now, overdue: false,
          handleDeadline: new Date(now.getTime() + category.handleHours * 3600_000),
        };
      case 'return':
        return { assigneeId: null, stageStartedAt: now, signDeadline: null, handleDeadline: null, overdue: false };
      case 'escalate':
        return { ...(await this.upperTarget(m, e)), stageStartedAt: now, signDeadline: signBy, handleDeadline: null, overdue: false };
      case 'handle':
        return { stageStartedAt: now };
      case 'close':
        return { closedAt: now, overdue: false };
      case 'reject_handling':
        return { stageStartedAt: now };
      case 'reject':
        return { closedAt: now, overdue: false };
      case 'merge': {
        if (!input.mainEventId || input.mainEventId === e.id) throw invalid('mainEventId', '请选择要合并到的事件');
        const main = await this.visible(m, actor, input.mainEventId);
        if (main.status === 'merged') throw invalid('mainEventId', '不能合并到已被合并的事件');
        return { mainEventId: main.id, closedAt: now };
      }
      case 'evaluate':
        if (!input.rating) throw invalid('rating', '请选择满意度评分');
        return { rating: input.rating, ratingComment: input.note?.trim() || null };
      case 'reopen':
        if (by !== 'reporter' || e.reopenCount >= 1) throw new AppError('INVALID_TRANSITION', '每个事件只能申请重新办理一次');
        if ((input.rating ?? e.rating ?? 5) > 2) throw new AppError('INVALID_TRANSITION', '评分为 2 星及以下时才能申请重新办理');
        return { reopenCount: e.reopenCount + 1, closedAt: null, rating: input.rating ?? e.rating, stageStartedAt: now, signDeadline: null, handleDeadline: null };
    }
  }

  /** A dispatcher may hand the event to its grid, or up its chain of units, or to a department of its district. */
  private async resolveTarget(m: EntityManager, actor: Actor, e: Event, t: TargetDTO): Promise<Fields> {
    const chain = ancestorIds(e.regionPath);
    if (t.type === 'department') {
      const d = await m.findOneBy(Department, { id: t.id });
      if (!d || !chain.includes(d.regionId)) throw invalid('target', '该部门不负责此区域');
      return { targetType: 'department', targetRegionId: d.regionId, targetDepartmentId: d.id, assigneeId: null, level: 4 };
    }
    const r = await m.findOneBy(Region, { id: t.id });
    if (!r || r.level !== t.type || !chain.includes(r.id)) throw invalid('target', '分派对象不在事件所在区域');
    if (!actor.scopePath || !(inScope(actor.scopePath, r.path) || inScope(r.path, actor.scopePath))) throw new AppError('OUT_OF_SCOPE');
    const assigneeId = t.type === 'grid' ? await gridWorker(m, r.id) : null;
    if (t.type === 'grid' && !assigneeId) throw invalid('target', '该网格暂无网格员');
    return { targetType: t.type, targetRegionId: r.id, targetDepartmentId: null, assigneeId, level: LEVEL_OF[t.type] };
  }

  /** One level up: grid → community → street → district; a department escalates to the district. */
  private async upperTarget(m: EntityManager, e: Event): Promise<Fields> {
    const chain = ancestorIds(e.regionPath);
    const next: Record<TargetType, TargetType | null> = { grid: 'community', community: 'street', street: 'district', department: 'district', district: null };
    const type = next[e.targetType];
    if (!type) throw new AppError('INVALID_TRANSITION', '已是最高层级，无法继续上报');
    const byLevel = await m.findBy(Region, chain.map((id) => ({ id })));
    const region = byLevel.find((r) => r.level === type);
    if (!region) throw new AppError('INVALID_TRANSITION', '找不到上一级处置单位');
    return { targetType: type, targetRegionId: region.id, targetDepartmentId: null, assigneeId: null, level: LEVEL_OF[type] };
  }

}

function detailOf(input: EventActionDTO, f: Fields): Record<string, unknown> | null {
  const d: Record<string, unknown> = {};
  if (f.targetType) Object.assign(d, { targetType: f.targetType, targetRegionId: f.targetRegionId, targetDepartmentId: f.targetDepartmentId, level: f.level });
  if (input.rating) d.rating = input.rating;
  if (f.mainEventId) d.mainEventId = f.mainEventId;
  return Object.keys(d).length ? d : null;
}
