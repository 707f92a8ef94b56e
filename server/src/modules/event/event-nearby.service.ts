import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { Between, DataSource, In, MoreThan, Not } from 'typeorm';
import { EVENT_STATUS_LABELS } from '@linli/config';
import { Event } from './event.entity';
import { EventFollower } from './event-follower.entity';
import { EventLifecycleService } from './event-lifecycle.service';
import { haversineMetres, METRES_PER_DEGREE } from '../region/geo';
import { Category } from '../catalog/category.entity';
import { AppError, notFound } from '../../common/app-error';
import type { Actor } from '../../common/actor';

/** Duplicates: same category within this distance and time window (PRODUCT.md). */
export const DUPLICATE_METRES = 50;
export const DUPLICATE_HOURS = 72;

const HIDDEN = ['rejected', 'merged'] as const;

/** Degree box around a point, for an index-friendly prefilter before the exact distance. */
function box(lng: number, lat: number, metres: number) {
  const dLat = metres / METRES_PER_DEGREE;
  const dLng = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
  return { lng: Between(lng - dLng, lng + dLng), lat: Between(lat - dLat, lat + dLat) };
}

/** The public side of events near a point (map, "me too"), and duplicate suggestions for staff and reporters. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class EventNearbyService {
  @InjectDataSource() db: DataSource;
  @Inject() lifecycle: EventLifecycleService;

  /** Public events around a point with every personal detail stripped. */
  async nearby(lng: number, lat: number, radius: number) {
    const rows = await this.db.getRepository(Event).find({
      where: { ...box(lng, lat, radius), isPublic: true, status: Not(In([...HIDDEN])) },
      order: { id: 'DESC' },
      take: 200,
    });
    const names = new Map((await this.db.getRepository(Category).find({ select: ['code', 'name'] })).map((c) => [c.code, c.name]));
    return rows
      .map((e) => ({ e, metres: Math.round(haversineMetres(lng, lat, e.lng, e.lat)) }))
      .filter((x) => x.metres <= radius)
      .slice(0, 100)
      .map(({ e, metres }) => ({
        id: e.id, no: e.no, status: e.status, statusLabel: EVENT_STATUS_LABELS[e.status],
        category: { code: e.categoryCode, name: names.get(e.categoryCode) ?? e.categoryCode },
        description: e.description, lng: e.lng, lat: e.lat, metres, createdAt: e.createdAt.toISOString(),
      }));
  }

  /** Open events of the same category within 50 m and 72 h: offered for merging (staff) or "me too" (residents). */
  async similar(categoryCode: string, lng: number, lat: number, exceptId?: number) {
    const rows = await this.db.getRepository(Event).find({
      where: {
        ...box(lng, lat, DUPLICATE_METRES), categoryCode, status: Not(In([...HIDDEN])),
        createdAt: MoreThan(new Date(Date.now() - DUPLICATE_HOURS * 3600_000)),
        ...(exceptId ? { id: Not(exceptId) } : {}),
      },
      order: { id: 'ASC' },
      take: 50,
    });
    return rows.filter((e) => haversineMetres(lng, lat, e.lng, e.lat) <= DUPLICATE_METRES);
  }

  async duplicatesOf(actor: Actor, id: number) {
    const e = await this.lifecycle.visible(this.db.manager, actor, id);
    return this.similar(e.categoryCode, e.lng, e.lat, e.id);
  }

  /** "Me too": a resident follows a public event; idempotent. */
  async follow(actor: Actor, id: number): Promise<{ following: true; followers: number }> {
    const e = await this.db.getRepository(Event).findOneBy({ id });
    if (!e || !e.isPublic || HIDDEN.includes(e.status as (typeof HIDDEN)[number])) throw notFound();
    if (e.reporterId === actor.id) throw new AppError('INVALID_TRANSITION', '这是您自己上报的事件');
    await this.db.getRepository(EventFollower).createQueryBuilder().insert().values({ eventId: e.id, accountId: actor.id, reason: 'me_too' }).orIgnore().execute();
    return { following: true, followers: await this.db.getRepository(EventFollower).countBy({ eventId: e.id }) };
  }
}
