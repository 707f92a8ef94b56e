import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { createHash } from 'crypto';
import { inScope } from '@linli/config';
import { Event, EventChannel } from './event.entity';
import { IdempotencyRecord } from './idempotency-record.entity';
import { resolveRoute, RouteFacts } from './routing';
import { EventTrailService } from './event-trail.service';
import { ReportEventDTO } from './event.dto';
import { gridWorker } from '../region/grid-staff.entity';
import { GridIndexService } from '../region/grid-index.service';
import { ancestorIds } from '../region/region.service';
import { AppError, invalid } from '../../common/app-error';
import { CryptoService } from '../../common/crypto.service';
import { NotifyService } from '../notify/notify.service';
import { MediaService } from '../media/media.service';
import { ReferenceCache } from '../catalog/reference-cache.service';
import type { Actor } from '../../common/actor';

/** How far outside every grid a report may be and still go to the nearest street's queue. */
const NEAREST_STREET_METRES = 20_000;

export interface Intake {
  actor: Actor;
  channel: EventChannel;
  body: ReportEventDTO;
  idempotencyKey?: string;
  caller?: { name?: string; phone?: string };
}

/**
 * Report intake from every channel: locate, route, create the event with its first trail steps, all in
 * one transaction. An Idempotency-Key makes retries safe: the same key returns the first event, the same
 * key with a different body is refused, and concurrent retries cannot both create one.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class EventIntakeService {
  @InjectDataSource() db: DataSource;
  @Inject() gridIndex: GridIndexService;
  @Inject() trail: EventTrailService;
  @Inject() crypto: CryptoService;
  @Inject() notify: NotifyService;
  @Inject() media: MediaService;
  @Inject() refs: ReferenceCache;

  async submit(input: Intake): Promise<{ event: Event; replayed: boolean }> {
    const requestHash = createHash('sha256').update(JSON.stringify([input.channel, input.body, input.caller ?? null])).digest('hex');
    const earlier = await this.replay(input, requestHash);
    if (earlier) return { event: earlier, replayed: true };
    try {
      const event = await this.db.transaction((m) => this.create(m, input, requestHash));
      return { event, replayed: false };
    } catch (err) {
      // a concurrent retry with the same key won the unique index: answer with its event
      const again = await this.replay(input, requestHash);
      if (again) return { event: again, replayed: true };
      throw err;
    }
  }

  private async replay(input: Intake, requestHash: string): Promise<Event | null> {
    if (!input.idempotencyKey) return null;
    const rec = await this.db.getRepository(IdempotencyRecord).findOneBy({ accountId: input.actor.id, idemKey: input.idempotencyKey });
    if (!rec) return null;
    if (rec.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_MISMATCH');
    return this.db.getRepository(Event).findOneByOrFail({ id: rec.eventId });
  }

  private async create(m: EntityManager, input: Intake, requestHash: string): Promise<Event> {
    const b = input.body;
    const { category, place, decision } = await this.decide({ ...b, channel: input.channel });
    // console entry is for the operator's own area: an event it could not open afterwards is refused, not created
    if (input.actor.kind === 'staff' && !(input.actor.scopePath && inScope(input.actor.scopePath, place.path))) {
      throw new AppError('OUT_OF_SCOPE', '该位置不在您的管辖范围内', 'lng');
    }
    const assigneeId = decision.targetType === 'grid' ? await gridWorker(m, decision.targetRegionId!) : null;
    const now = new Date();
    const queued = 'outside' in place;
    const ev = m.create(Event, {
      no: `T${Date.now()}${Math.floor(Math.random() * 1e6)}`.slice(0, 20), // replaced below once the id is known
      channel: input.channel,
      categoryCode: b.categoryCode,
      description: b.description,
      address: b.address ?? '',
      lng: b.lng,
      lat: b.lat,
      gridId: 'outside' in place ? null : place.gridId,
      communityId: 'outside' in place ? null : place.communityId,
      streetId: place.streetId,
      regionPath: place.path,
      level: decision.level,
      targetType: decision.targetType,
      targetRegionId: decision.targetRegionId,
      targetDepartmentId: decision.targetDepartmentId,
      assigneeId,
      routeRuleId: decision.ruleId,
      routeReason: decision.reason,
      status: queued ? 'submitted' : 'assigned',
      reporterId: input.channel === 'resident' || input.channel === 'patrol' ? input.actor.id : null,
      anonymous: input.channel === 'resident' ? !!b.anonymous : false,
      isPublic: b.isPublic ?? true,
      photos: b.photos?.length ? b.photos : null,
      callerEnc: input.caller?.phone || input.caller?.name ? this.crypto.encrypt(JSON.stringify(input.caller)) : null,
      stageStartedAt: now,
      signDeadline: queued ? null : new Date(now.getTime() + category.signHours * 3600_000),
    });
    await m.insert(Event, ev);
    // the photos must be the submitter's own, unused uploads; claimed in this transaction or not at all
    if (b.photos?.length) await this.media.claim(b.photos, input.actor.id, `event:${ev.id}`, m, 'photos');
    ev.no = eventNo(now, ev.id);
    await m.update(Event, { id: ev.id }, { no: ev.no });

    const first = await this.trail.append(m, ev.id, { action: 'submit', from: null, to: 'submitted', actor: input.actor, detail: { channel: input.channel }, photos: ev.photos }, null);
    const route = {
      action: 'route', from: 'submitted' as const, to: ev.status, actor: null, note: decision.reason,
      detail: { ruleId: decision.ruleId, level: decision.level, targetType: decision.targetType, targetRegionId: decision.targetRegionId, targetDepartmentId: decision.targetDepartmentId },
    };
    await this.trail.append(m, ev.id, route, first);
    await this.notify.onStep(m, ev, route);
    if (input.idempotencyKey) {
      await m.insert(IdempotencyRecord, { accountId: input.actor.id, idemKey: input.idempotencyKey, requestHash, eventId: ev.id });
    }
    return ev;
  }

  /** The routing decision for a report, without creating anything (also the console's preview). */
  async decide(f: { categoryCode: string; lng: number; lat: number; channel: EventChannel; description: string }) {
    const category = await this.refs.category(f.categoryCode);
    if (!category?.enabled) throw invalid('categoryCode', '请选择有效的问题分类');
    const place = await this.place(f.lng, f.lat);
    const rules = await this.refs.enabledRules();
    const dept = category.departmentCode ? await this.refs.department(category.departmentCode, place.districtId) : null;
    const decision = resolveRoute(
      { categoryCode: f.categoryCode, channel: f.channel, description: f.description, place },
      rules,
      { name: category.name, defaultLevel: category.defaultLevel, departmentId: dept?.id ?? null },
    );
    return { category, place, decision };
  }

  /**
   * Location → grid → community → street; outside every grid, the nearest grid's street (a dispatch queue).
   * Answered from the in-memory index: no database work, so it is safe inside or outside a transaction.
   */
  async place(lng: number, lat: number): Promise<RouteFacts['place']> {
    const hit = await this.gridIndex.locatePath(lng, lat, NEAREST_STREET_METRES);
    if (!hit) throw invalid('lng', '该位置不在本平台服务范围内');
    const ids = ancestorIds(hit.path);
    const [districtId, streetId, communityId] = ids.slice(-4, -1);
    if (hit.inside) return { gridId: hit.id, communityId, streetId, districtId, path: hit.path };
    return { streetId, districtId, path: `/${ids.slice(0, ids.length - 2).join('/')}/`, outside: true };
  }

}

/** E + yymmdd + 7-digit id: readable on the phone and unique. */
export function eventNo(at: Date, id: number): string {
  const d = at.toISOString().slice(2, 10).replace(/-/g, '');
  return `E${d}${String(id).padStart(7, '0')}`;
}
