import { Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EventStatus } from '@linli/config';
import { EventAction, ActionVisibility } from './event-action.entity';
import { GENESIS_HASH, trailHash, trailTime, TrailCheck, verifyTrail } from './trail';
import type { Actor } from '../../common/actor';

export interface TrailStep {
  action: string;
  from: EventStatus | null;
  to: EventStatus | null;
  actor: Actor | null;
  note?: string;
  visibility?: ActionVisibility;
  photos?: number[] | null;
  detail?: Record<string, unknown> | null;
}

/** Appends to and verifies the hash-chained trail. Appends happen inside the caller's transaction. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class EventTrailService {
  @InjectDataSource() db: DataSource;

  /**
   * `after` names the step this one follows when the caller knows it (null for a brand-new event's first
   * step); otherwise the last step is read. The unique (event_id, seq) still guards against a wrong guess.
   */
  async append(m: EntityManager, eventId: number, step: TrailStep, after?: Pick<EventAction, 'seq' | 'hash'> | null): Promise<EventAction> {
    const last = after !== undefined ? after : await m.findOne(EventAction, { where: { eventId }, order: { seq: 'DESC' }, select: ['seq', 'hash'] });
    const facts = {
      eventId,
      seq: (last?.seq ?? 0) + 1,
      action: step.action,
      fromStatus: step.from,
      toStatus: step.to,
      actorId: step.actor?.id ?? null,
      actorRole: step.actor?.role ?? 'system',
      note: step.note ?? '',
      visibility: step.visibility ?? 'public',
      photos: step.photos?.length ? step.photos : null,
      detail: step.detail ?? null,
      createdAt: trailTime(),
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const row = m.create(EventAction, { ...facts, hash: trailHash(facts) });
    await m.insert(EventAction, row as never); // TypeORM types reject a json column typed as a record
    return row;
  }

  async rows(eventId: number): Promise<EventAction[]> {
    return this.db.getRepository(EventAction).find({ where: { eventId }, order: { seq: 'ASC' } });
  }

  async verify(eventId: number): Promise<TrailCheck> {
    return verifyTrail(await this.rows(eventId));
  }
}
