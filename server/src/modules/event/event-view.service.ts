import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  availableEventActions, EVENT_FINAL_STATUSES, EVENT_LEVEL_LABELS, EVENT_STATUS_LABELS, EVENT_TRANSITIONS, ROLE_LABELS,
  Role, warningColour, WarningColour,
} from '@linli/config';
import { Event } from './event.entity';
import { EventAction } from './event-action.entity';
import { capacities } from './event-access';
import { ReferenceCache } from '../catalog/reference-cache.service';
import { Department } from '../catalog/department.entity';
import { Region } from '../region/region.entity';
import { AccountService } from '../account/account.service';
import type { Actor } from '../../common/actor';

/** The deadline running now, if any: signing while assigned, handling while accepted. */
export function runningDeadline(e: Event): Date | null {
  if (EVENT_FINAL_STATUSES.includes(e.status)) return null;
  if (e.status === 'assigned') return e.signDeadline;
  if (e.status === 'accepted') return e.handleDeadline;
  return null;
}

export function eventWarning(e: Event, now = new Date()): WarningColour | null {
  const d = runningDeadline(e);
  return d && e.stageStartedAt ? warningColour(e.stageStartedAt, d, now) : null;
}

/** Turns events into what each audience may see: staff see more, reporters see the public side only. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class EventViewService {
  @InjectEntityModel(Region) regions: Repository<Region>;
  @InjectEntityModel(Department) departments: Repository<Department>;
  @InjectEntityModel(EventAction) actions: Repository<EventAction>;
  @Inject() accounts: AccountService;
  @Inject() refs: ReferenceCache;

  private async names(events: Event[]) {
    const regionIds = new Set<number>();
    const deptIds = new Set<number>();
    for (const e of events) {
      [e.gridId, e.communityId, e.streetId, e.targetRegionId].forEach((id) => id && regionIds.add(id));
      if (e.targetDepartmentId) deptIds.add(e.targetDepartmentId);
    }
    const [regions, depts] = await Promise.all([
      regionIds.size ? this.regions.find({ select: ['id', 'name'], where: { id: In([...regionIds]) } }) : [],
      deptIds.size ? this.departments.find({ select: ['id', 'name'], where: { id: In([...deptIds]) } }) : [],
    ]);
    return {
      category: new Map(await Promise.all([...new Set(events.map((e) => e.categoryCode))].map(async (c) => [c, await this.refs.categoryName(c)] as const))),
      region: new Map(regions.map((r) => [r.id, r.name])),
      dept: new Map(depts.map((d) => [d.id, d.name])),
    };
  }

  private summary(e: Event, n: Awaited<ReturnType<EventViewService['names']>>) {
    return {
      id: e.id,
      no: e.no,
      status: e.status,
      statusLabel: EVENT_STATUS_LABELS[e.status],
      category: { code: e.categoryCode, name: n.category.get(e.categoryCode) ?? e.categoryCode },
      description: e.description,
      address: e.address,
      lng: e.lng,
      lat: e.lat,
      photos: (e.photos ?? []).map((id) => ({ id, url: `/api/media/photos/${id}` })),
      grid: e.gridId ? { id: e.gridId, name: n.region.get(e.gridId) ?? '' } : null,
      community: e.communityId ? { id: e.communityId, name: n.region.get(e.communityId) ?? '' } : null,
      street: e.streetId ? { id: e.streetId, name: n.region.get(e.streetId) ?? '' } : null,
      warning: eventWarning(e),
      rating: e.rating,
      createdAt: e.createdAt.toISOString(),
      closedAt: e.closedAt?.toISOString() ?? null,
    };
  }

  async forStaff(actor: Actor, events: Event[]) {
    const n = await this.names(events);
    // reporters (never an anonymous one) and assignees in one query
    const people = await this.accounts.namesByIds([
      ...events.filter((e) => !e.anonymous && e.reporterId).map((e) => e.reporterId!),
      ...events.filter((e) => e.assigneeId).map((e) => e.assigneeId!),
    ]);
    return events.map((e) => {
      const r = !e.anonymous && e.reporterId ? people.get(e.reporterId) : undefined;
      const caps = capacities(actor, e);
      return {
        ...this.summary(e, n),
        version: e.version,
        channel: e.channel,
        level: e.level,
        levelLabel: EVENT_LEVEL_LABELS[e.level],
        target: {
          type: e.targetType,
          name: e.targetType === 'department' ? n.dept.get(e.targetDepartmentId!) ?? '' : n.region.get(e.targetRegionId ?? 0) ?? '',
          assignee: e.assigneeId ? people.get(e.assigneeId)?.name ?? null : null,
        },
        routeRuleId: e.routeRuleId,
        routeReason: e.routeReason,
        anonymous: e.anonymous,
        // an anonymous reporter is never revealed to handlers
        reporter: r ? { nickname: r.nickname || r.name, phoneMasked: r.phoneMasked } : null,
        signDeadline: e.signDeadline?.toISOString() ?? null,
        handleDeadline: e.handleDeadline?.toISOString() ?? null,
        overdue: e.overdue,
        mainEventId: e.mainEventId,
        actions: [...new Set(caps.flatMap((c) => availableEventActions(e.status, c)))],
      };
    });
  }

  async forReporter(events: Event[]) {
    const n = await this.names(events);
    return events.map((e) => ({ ...this.summary(e, n), anonymous: e.anonymous, isPublic: e.isPublic, ratingComment: e.ratingComment, reopenCount: e.reopenCount, version: e.version }));
  }

  /** The trail as shown: staff see internal notes and names; residents see public steps with roles only. */
  async timeline(eventId: number, audience: 'staff' | 'public', anonymousReporter: boolean) {
    const rows = await this.actions.find({ where: { eventId }, order: { seq: 'ASC' } });
    const visible = audience === 'staff' ? rows : rows.filter((r) => r.visibility === 'public');
    const people = audience === 'staff' ? await this.accounts.namesByIds(visible.filter((r) => r.actorId).map((r) => r.actorId!)) : new Map();
    return visible.map((r) => {
      const hideName = audience === 'public' || (anonymousReporter && (r.actorRole === 'resident' || r.actorRole === 'volunteer'));
      const person = r.actorId ? people.get(r.actorId) : undefined;
      return {
        seq: r.seq,
        action: r.action,
        actionLabel: ACTION_LABELS[r.action] ?? r.action,
        fromStatus: r.fromStatus,
        toStatus: r.toStatus,
        actor: r.actorId === null ? '系统' : hideName || !person ? ROLE_LABELS[r.actorRole as Role] ?? '用户' : person.name || person.nickname,
        note: r.note,
        visibility: r.visibility,
        photos: (r.photos ?? []).map((id) => ({ id, url: `/api/media/photos/${id}` })),
        at: r.createdAt.toISOString(),
      };
    });
  }
}

export const ACTION_LABELS: Record<string, string> = {
  submit: '提交', route: '自动分派', reply: '回复', note: '内部备注', supervise: '督办', remind: '催办',
  ...Object.fromEntries(Object.entries(EVENT_TRANSITIONS).map(([k, v]) => [k, v.label])),
};
