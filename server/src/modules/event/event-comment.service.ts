import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { EVENT_FINAL_STATUSES } from '@linli/config';
import { Event } from './event.entity';
import { EventAction } from './event-action.entity';
import { EventLifecycleService } from './event-lifecycle.service';
import { capacities } from './event-access';
import { AppError, invalid } from '../../common/app-error';
import { localDate } from '../stats/stats-period';
import type { Actor } from '../../common/actor';

export type CommentKind = 'reply' | 'note' | 'supervise' | 'remind';


/**
 * Steps on the trail that do not move the status: public replies (reach the reporter), internal notes
 * (never do), supervision (督办) by dispatchers and reminders (催办) by the reporter. They bump the version
 * like any change, so they retry a few times instead of failing when a status change lands at the same moment.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class EventCommentService {
  @InjectDataSource() db: DataSource;
  @Inject() lifecycle: EventLifecycleService;

  async add(actor: Actor, id: number, kind: CommentKind, rawNote: string): Promise<Event> {
    const note = rawNote.trim();
    if (kind !== 'remind' && !note) throw invalid('note', '请填写内容');
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.db.transaction(async (m) => {
          const e = await this.lifecycle.visible(m, actor, id);
          await this.check(actor, e, kind);
          await this.lifecycle.commit(m, e, {}, {
            action: kind, from: null, to: null, actor, note: note || '请尽快处理',
            visibility: kind === 'reply' || kind === 'remind' ? 'public' : 'internal',
          });
          return m.findOneByOrFail(Event, { id: e.id });
        });
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'CONFLICT') || attempt >= 3) throw err;
      }
    }
  }

  private async check(actor: Actor, e: Event, kind: CommentKind) {
    const caps = capacities(actor, e);
    if (kind === 'remind') {
      if (!caps.includes('reporter')) throw new AppError('FORBIDDEN');
      if (EVENT_FINAL_STATUSES.includes(e.status)) throw new AppError('INVALID_TRANSITION', '事件已办结，无需催办');
      const last = await this.db.getRepository(EventAction).findOne({
        where: { eventId: e.id, action: 'remind', actorId: actor.id, createdAt: MoreThan(new Date(Date.now() - 48 * 3600_000)) },
        order: { seq: 'DESC' },
      });
      // once per calendar day of the deployment (Beijing time), not per 24 hours
      if (last && localDate(last.createdAt) === localDate(new Date())) throw new AppError('RATE_LIMITED', '今天已经催办过了，明天再试');
      return;
    }
    if (kind === 'supervise') {
      if (!caps.includes('dispatcher')) throw new AppError('FORBIDDEN', '只有上级指挥人员可以督办');
      if (EVENT_FINAL_STATUSES.includes(e.status)) throw new AppError('INVALID_TRANSITION', '事件已办结，无需督办');
      return;
    }
    // replies and notes: whoever owns or dispatches the event
    if (!caps.includes('assignee') && !caps.includes('dispatcher')) throw new AppError('FORBIDDEN');
  }
}
