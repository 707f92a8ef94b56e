import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { EntityManager } from 'typeorm';
import { EVENT_STATUS_LABELS, EventStatus, Role } from '@linli/config';
import { Account } from '../account/account.entity';
import { Outbox } from './outbox.entity';
import { Message } from './message.entity';
import { EventFollower } from '../event/event-follower.entity';
import { ReferenceCache } from '../catalog/reference-cache.service';
import { SubscriptionService } from './subscription.service';
import type { Event } from '../event/event.entity';
import type { TrailStep } from '../event/event-trail.service';

export interface Templates { status: string; reply: string; task: string }

interface Notice { accountIds: number[]; kind: keyof Templates; title: string; body: string }

const cut = (s: string, n: number) => (Array.from(s).length > n ? `${Array.from(s).slice(0, n - 1).join('')}…` : s);

/**
 * Decides who hears about a trail step and writes it down in the caller's transaction: a message in
 * the in-app centre at once, and, for those who allowed it, a WeChat subscribe message into the outbox.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class NotifyService {
  @Config('wechat.templates') templates: Templates;
  @Inject() refs: ReferenceCache;
  @Inject() subscriptions: SubscriptionService;

  async onStep(m: EntityManager, e: Event, step: TrailStep): Promise<void> {
    const notices = await this.noticesFor(m, e, step);
    const now = new Date();
    for (const n of notices) {
      const ids = [...new Set(n.accountIds)].filter((id) => id !== step.actor?.id); // nobody is told about their own step
      if (!ids.length) continue;
      await m.insert(Message, ids.map((accountId) => ({ accountId, title: n.title, body: n.body, eventId: e.id })));
      // WeChat only for those who allowed this template (the in-app message above reaches everyone)
      const subscribed = await this.subscriptions.spend(m, ids, this.templates[n.kind]);
      if (!subscribed.length) continue;
      await m.insert(Outbox, subscribed.map((accountId) => ({
        accountId, kind: n.kind, eventId: e.id, nextAttemptAt: now,
        payload: { template: this.templates[n.kind], page: `packages/events/detail/index?id=${e.id}`, title: cut(n.title, 20), body: cut(n.body, 20), no: e.no },
      })) as never);
    }
  }

  private async noticesFor(m: EntityManager, e: Event, step: TrailStep): Promise<Notice[]> {
    const category = await this.refs.categoryName(e.categoryCode);
    const out: Notice[] = [];
    const audience = async () => [
      ...(e.reporterId ? [e.reporterId] : []),
      ...(await m.find(EventFollower, { where: { eventId: e.id }, select: ['accountId'] })).map((f) => f.accountId),
    ];
    if (step.action === 'reply') {
      out.push({ accountIds: await audience(), kind: 'reply', title: '您反映的问题有了新回复', body: `「${category}」${step.note ?? ''}` });
    } else if (step.to && step.to !== step.from && step.action !== 'submit') {
      out.push({ accountIds: await audience(), kind: 'status', title: `事件${EVENT_STATUS_LABELS[step.to as EventStatus]}`, body: `您反映的「${category}」（${e.no}）状态更新为：${EVENT_STATUS_LABELS[step.to as EventStatus]}` });
    }
    if (e.assigneeId && ['route', 'assign', 'reject_handling', 'supervise', 'remind'].includes(step.action)) {
      const title = { supervise: '督办提醒', remind: '居民催办' }[step.action as 'supervise' | 'remind'] ?? '新的待办事件';
      out.push({ accountIds: [e.assigneeId], kind: 'task', title, body: `「${category}」${e.no}：${step.note || e.description}` });
    }
    if (step.action === 'supervise' && step.actor === null) {
      // automatic supervision goes to the level above the owner, which now watches the red event
      out.push({ accountIds: await this.upperUnitStaff(m, e), kind: 'task', title: '超时督办', body: `「${category}」${e.no} 已超时：${step.note ?? ''}` });
    }
    return out;
  }

  /** Staff of the unit one level above the event's owner: grid → community, community → street, street or department → district. */
  private async upperUnitStaff(m: EntityManager, e: Event): Promise<number[]> {
    const ids = e.regionPath.split('/').filter(Boolean).map(Number);
    const [district, street, community] = [ids[1], ids[2], ids[3]];
    const up: Record<string, [Role, number | undefined]> = {
      grid: ['community_staff', community], community: ['street_centre', street], street: ['district_admin', district],
      department: ['district_admin', district], district: ['district_admin', district],
    };
    const [role, regionId] = up[e.targetType];
    if (!regionId) return [];
    const rows = await m.find(Account, { select: ['id'], where: { role, regionId, status: 'active' } });
    return rows.map((a) => a.id);
  }
}
