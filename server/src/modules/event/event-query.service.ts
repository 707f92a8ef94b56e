import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { availableEventActions, EVENT_FINAL_STATUSES, isStaff } from '@linli/config';
import { Event } from './event.entity';
import { EventFollower } from './event-follower.entity';
import { EventViewService } from './event-view.service';
import { EventLifecycleService } from './event-lifecycle.service';
import { EventTrailService } from './event-trail.service';
import { DISPATCH_ROLES } from './event-access';
import { StaffEventQueryDTO, WorkerTaskQueryDTO } from './event.dto';
import { RegionService } from '../region/region.service';
import type { Actor } from '../../common/actor';
import type { PageDTO } from '../region/region.dto';
import { escapeLike, paging } from '../../common/paging';


/** Reading events: the reporter's own, the staff desk within scope, one event with its timeline. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class EventQueryService {
  @InjectDataSource() db: DataSource;
  @Inject() views: EventViewService;
  @Inject() lifecycle: EventLifecycleService;
  @Inject() trail: EventTrailService;
  @Inject() regions: RegionService;

  async mine(actor: Actor, q: PageDTO) {
    const { page, pageSize, skip, take } = paging(q);
    // what I reported, and what I follow ("me too", or my report merged into it)
    const [rows, total] = await this.db.getRepository(Event).createQueryBuilder('e')
      .where('e.reporter_id = :me', { me: actor.id })
      .orWhere('e.id IN (SELECT f.event_id FROM event_follower f WHERE f.account_id = :me)', { me: actor.id })
      .orderBy('e.id', 'DESC').skip(skip).take(take).getManyAndCount();
    return { items: await this.views.forReporter(rows), total, page, pageSize };
  }

  /**
   * Worker mode (grid worker in the mini-program): `todo` = events assigned to me still to sign or handle,
   * most urgent deadline first; `done` = events I acted on that have left my hands, newest first.
   */
  async workerTasks(actor: Actor, q: WorkerTaskQueryDTO) {
    const { page, pageSize, skip, take } = paging(q);
    const qb = this.db.getRepository(Event).createQueryBuilder('e');
    if (q.tab === 'done') {
      qb.where("e.id IN (SELECT a.event_id FROM event_action a WHERE a.actor_id = :me AND a.action IN ('accept','handle','return','escalate'))", { me: actor.id })
        .andWhere(new Brackets((b) => b.where('e.assignee_id IS NULL').orWhere('e.assignee_id <> :me', { me: actor.id }).orWhere("e.status NOT IN ('assigned','accepted')")))
        .orderBy('e.updated_at', 'DESC').addOrderBy('e.id', 'DESC');
    } else {
      qb.where("e.assignee_id = :me AND e.status IN ('assigned','accepted')", { me: actor.id })
        .orderBy("CASE WHEN e.status = 'assigned' THEN e.sign_deadline ELSE e.handle_deadline END", 'ASC').addOrderBy('e.id', 'ASC');
    }
    const [rows, total] = await qb.skip(skip).take(take).getManyAndCount();
    return { items: await this.views.forStaff(actor, rows), total, page, pageSize };
  }

  async staffList(actor: Actor & { scopePath: string }, q: StaffEventQueryDTO) {
    const { page, pageSize, skip, take } = paging(q);
    const base = q.regionId ? (await this.regions.visible(actor, q.regionId)).path : actor.scopePath;
    const qb = this.db.getRepository(Event).createQueryBuilder('e');
    // scope: inside the region subtree, or owned by the actor's department wherever it is
    qb.where(new Brackets((b) => {
      b.where('e.region_path LIKE :p', { p: `${escapeLike(base)}%` });
      if (actor.departmentId && !q.regionId) b.orWhere("e.target_type = 'department' AND e.target_department_id = :dept", { dept: actor.departmentId });
    }));
    if (q.status) qb.andWhere('e.status = :status', { status: q.status });
    if (q.categoryCode) qb.andWhere('e.category_code = :cat', { cat: q.categoryCode });
    if (q.channel) qb.andWhere('e.channel = :ch', { ch: q.channel });
    if (q.keyword) {
      const kw = `%${escapeLike(q.keyword)}%`;
      qb.andWhere(new Brackets((b) => b.where('e.description LIKE :kw', { kw }).orWhere('e.no LIKE :kw', { kw }).orWhere('e.address LIKE :kw', { kw })));
    }
    if (q.mine) this.onlyMine(qb, actor);
    const [rows, total] = await qb.orderBy('e.id', 'DESC').skip(skip).take(take).getManyAndCount();
    return { items: await this.views.forStaff(actor, rows), total, page, pageSize };
  }

  /** What waits on the actor: events it owns to sign or handle, and for dispatchers the queues to work. */
  private onlyMine(qb: SelectQueryBuilder<Event>, actor: Actor) {
    qb.andWhere(new Brackets((b) => {
      b.where("e.assignee_id = :me AND e.status IN ('assigned','accepted')", { me: actor.id });
      const unit = { community_staff: 'community', street_centre: 'street', district_admin: 'district' }[actor.role as string];
      if (unit) b.orWhere("e.target_type = :unit AND e.target_region_id = :rid AND e.status IN ('assigned','accepted')", { unit, rid: actor.regionId });
      if (actor.departmentId) b.orWhere("e.target_type = 'department' AND e.target_department_id = :d AND e.status IN ('assigned','accepted')", { d: actor.departmentId });
      if (DISPATCH_ROLES.includes(actor.role)) b.orWhere("e.status IN ('submitted','returned','escalated','reopened','handled')");
    }));
  }

  async staffDetail(actor: Actor, id: number) {
    const e = await this.lifecycle.visible(this.db.manager, actor, id);
    const [view] = await this.views.forStaff(actor, [e]);
    return { ...view, timeline: await this.views.timeline(e.id, 'staff', e.anonymous) };
  }

  async reporterDetail(actor: Actor, id: number) {
    const e = await this.visibleToUser(actor, id);
    if (e.reporterId !== actor.id && isStaff(actor.role)) return this.staffDetail(actor, id); // worker mode
    const [view] = await this.views.forReporter([e]);
    // what the resident may do here: the reporter acts on the event, a follower only watches it
    const relation = e.reporterId === actor.id ? 'reporter' : 'follower';
    const actions = relation === 'reporter' ? availableEventActions(e.status, 'reporter') : [];
    const canRemind = relation === 'reporter' && !EVENT_FINAL_STATUSES.includes(e.status);
    return { ...view, relation, actions: canRemind ? [...actions, 'remind'] : actions, timeline: await this.views.timeline(e.id, 'public', e.anonymous) };
  }

  /** Residents read their own reports, and public or followed events (public side only). */
  private async visibleToUser(actor: Actor, id: number): Promise<Event> {
    try {
      return await this.lifecycle.visible(this.db.manager, actor, id);
    } catch (err) {
      const e = await this.db.getRepository(Event).findOneBy({ id });
      const follows = e ? await this.db.getRepository(EventFollower).existsBy({ eventId: id, accountId: actor.id }) : false;
      if (e && (follows || (e.isPublic && !['rejected', 'merged'].includes(e.status)))) return e;
      throw err;
    }
  }

  async verifyTrail(actor: Actor, id: number) {
    const e = await this.lifecycle.visible(this.db.manager, actor, id);
    return { eventId: e.id, no: e.no, ...(await this.trail.verify(e.id)) };
  }
}
