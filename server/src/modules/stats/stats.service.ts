import { Inject, Provide } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { Brackets, DataSource, In, SelectQueryBuilder } from 'typeorm';
import {
  childLevel, EVENT_FINAL_STATUSES, EVENT_STATUS_LABELS, EVENT_STATUSES, EventStatus, RegionLevel,
} from '@linli/config';
import { Event } from '../event/event.entity';
import { Category } from '../catalog/category.entity';
import { Region } from '../region/region.entity';
import { RegionService } from '../region/region.service';
import type { Actor } from '../../common/actor';
import { Granularity, Period, resolvePeriod, today, trendBuckets } from './stats-period';
import { StatsDialect, statsDialect } from './stats-sql';
import type { StatsQueryDTO, TrendQueryDTO } from './stats.dto';

type Staff = Actor & { scopePath: string };

/** 办结: verified by the dispatcher, whether or not the reporter has rated it yet. Rejected and merged events are final but not closed. */
export const CLOSED_STATUSES: readonly EventStatus[] = ['closed', 'evaluated'];
/** Statuses in which a deadline may still be running. */
const OPEN_STATUSES: readonly EventStatus[] = EVENT_STATUSES.filter((s) => !EVENT_FINAL_STATUSES.includes(s));
/** A rating of 4 or 5 stars counts as satisfied (满意). */
export const SATISFIED_RATING = 4;

export interface RegionRef { id: number; name: string; level: RegionLevel }
export interface Figures { reported: number; closed: number; overdue: number; closureRate: number | null }

/** Whose events: a region subtree, plus (desk rule) events the actor's department owns when no region was chosen. */
interface Scope { region: RegionRef | null; path: string; departmentId: number | null }

/** The three event sets every figure is counted over. */
type Measure = 'reported' | 'closed' | 'overdue';

/**
 * The dashboards (驾驶舱) over events, scoped exactly like the staff event desk. Definitions:
 *  - reported in period: events created in the period (every channel, whatever became of them);
 *  - closed in period: events in status closed/evaluated whose closed_at falls in the period (rejected
 *    and merged events also get a closed_at, but are not 办结);
 *  - closure rate: closed in period ÷ reported in period (the two sets differ: an event reported before
 *    the period and closed in it counts above the line only, so the rate can exceed 1 while a backlog is cleared);
 *  - on-time rate: of the events closed in period, those whose handling finished in time ÷ closed in period;
 *    "in time" = the latest 'handle' step of the trail is at or before the event's handle_deadline (the
 *    deadline set when the current handler signed for it). No handle step or no deadline: not on time;
 *  - satisfaction: over the events closed in period that are now 'evaluated': the average star rating, and
 *    the share rated 4 stars or more;
 *  - overdue: now, whatever the period: open events whose running deadline has passed (signing while
 *    assigned, handling while accepted — the desk's red light) or that the deadline job flagged overdue.
 * Rates are fractions in [0, 1] (closure rate may exceed 1) rounded to 4 places, null when the denominator is 0.
 * Every figure is one aggregate query; nothing is loaded row by row.
 */
@Provide()
export class StatsService {
  @InjectDataSource() db: DataSource;
  @Inject() regions: RegionService;

  async overview(actor: Staff, q: StatsQueryDTO, now = new Date()) {
    const scope = await this.scope(actor, q.regionId);
    const period = resolvePeriod(q, now);
    const day = today(now);
    const [byStatusMap, closing, overdue, todayReported, todayClosed] = await Promise.all([
      this.grouped(scope, 'e.status', 'reported', period, now),
      this.closing(scope, period),
      this.count(scope, 'overdue', period, now),
      this.count(scope, 'reported', day, now),
      this.count(scope, 'closed', day, now),
    ]);
    const reported = [...byStatusMap.values()].reduce((sum, n) => sum + n, 0);
    return {
      period: { from: period.from, to: period.to },
      region: scope.region,
      reported,
      closed: closing.closed,
      closureRate: ratio(closing.closed, reported),
      closedOnTime: closing.onTime,
      onTimeRate: ratio(closing.onTime, closing.closed),
      evaluated: closing.evaluated,
      averageRating: closing.evaluated ? round(closing.ratingSum / closing.evaluated, 2) : null,
      satisfied: closing.satisfied,
      satisfiedRate: ratio(closing.satisfied, closing.evaluated),
      overdue,
      today: { date: day.from, reported: todayReported, closed: todayClosed },
      // current status of the events reported in the period: the counts add up to `reported`
      byStatus: EVENT_STATUSES.map((status) => ({ status, label: EVENT_STATUS_LABELS[status], count: byStatusMap.get(status) ?? 0 })),
    };
  }

  async byCategory(actor: Staff, q: StatsQueryDTO, now = new Date()) {
    const scope = await this.scope(actor, q.regionId);
    const period = resolvePeriod(q, now);
    const counts = await this.countAll(scope, 'e.category_code', period, now);
    const codes = [...counts.keys()].filter((k): k is string => k !== null);
    const categories = codes.length ? await this.db.getRepository(Category).find({ where: { code: In(codes) } }) : [];
    const byCode = new Map(categories.map((c) => [c.code, c]));
    const items = codes.map((code) => ({
      categoryCode: code,
      name: byCode.get(code)?.name ?? code,
      group: byCode.get(code)?.groupName ?? '',
      ...counts.get(code)!,
    }));
    items.sort((a, b) => b.reported - a.reported || b.closed - a.closed || a.categoryCode.localeCompare(b.categoryCode));
    return { period: { from: period.from, to: period.to }, region: scope.region, items };
  }

  /** One row per child region of the chosen one (street → its communities …), zeros included, in tree order. */
  async byRegion(actor: Staff, q: StatsQueryDTO, now = new Date()) {
    const scope = await this.scope(actor, q.regionId);
    const period = resolvePeriod(q, now);
    const level = scope.region ? childLevel(scope.region.level) : null;
    const children = level
      ? await this.db.getRepository(Region).find({ select: ['id', 'name', 'level', 'path'], where: { parentId: scope.region!.id }, order: { sort: 'ASC', id: 'ASC' } })
      : [];
    // events carry their grid, community and street: group by the column of the children's level
    // (a district has no column: group by street, then fold streets into their district by path)
    const column: Record<RegionLevel, string | null> = { city: null, district: 'e.street_id', street: 'e.street_id', community: 'e.community_id', grid: 'e.grid_id' };
    const key = level ? column[level] : null;
    const counts = key ? await this.countAll(scope, key, period, now) : new Map<string | null, Figures>();
    const childOf = await this.childMapper(children, level, [...counts.keys()]);

    const rows = new Map(children.map((c) => [c.id, zero()]));
    let direct = zero();
    for (const [k, f] of counts) {
      const child = childOf(k);
      if (child !== null) rows.set(child, add(rows.get(child)!, f));
      else direct = add(direct, f);
    }
    if (!key) direct = await this.totals(scope, period, now); // a grid has no children: all its events are its own
    return {
      period: { from: period.from, to: period.to },
      region: scope.region,
      childLevel: level,
      items: children.map((c) => ({ regionId: c.id, name: c.name, level: c.level, ...rows.get(c.id)! })),
      // events in scope that lie in none of the children, held at this level itself (直属): a street's dispatch
      // queue of reports outside every grid, a department's events elsewhere, or for a grid all of its events.
      // items + direct add up to the region's totals. null when all zero.
      direct: direct.reported || direct.closed || direct.overdue ? direct : null,
    };
  }

  async trend(actor: Staff, q: TrendQueryDTO, now = new Date()) {
    const scope = await this.scope(actor, q.regionId);
    const period = resolvePeriod(q, now);
    const g: Granularity = q.granularity ?? 'day';
    const buckets = trendBuckets(period, g);
    const d = this.dialect();
    const [reported, closed] = await Promise.all([
      this.grouped(scope, d.bucket('e.created_at', g), 'reported', period, now),
      this.grouped(scope, d.bucket('e.closed_at', g), 'closed', period, now),
    ]);
    return {
      period: { from: period.from, to: period.to },
      region: scope.region,
      granularity: g,
      items: buckets.map((bucket) => ({ bucket, reported: reported.get(bucket) ?? 0, closed: closed.get(bucket) ?? 0 })),
    };
  }

  // ---- scope and conditions ----

  /** The chosen region (404 outside scope, like the desk) or the actor's whole scope. */
  private async scope(actor: Staff, regionId?: number): Promise<Scope> {
    if (regionId) {
      const r = await this.regions.visible(actor, regionId);
      return { region: ref(r), path: r.path, departmentId: null };
    }
    const root = await this.db.getRepository(Region).findOne({ select: ['id', 'name', 'level', 'path'], where: { path: actor.scopePath } });
    return { region: root ? ref(root) : null, path: actor.scopePath, departmentId: actor.departmentId };
  }

  private dialect(): StatsDialect {
    return statsDialect(this.db);
  }

  /** Events in scope: the same rule as the event desk (EventQueryService.staffList). */
  private events(scope: Scope): SelectQueryBuilder<Event> {
    const qb = this.db.getRepository(Event).createQueryBuilder('e');
    // scope paths are "/1/2/7/": digits and slashes only, nothing LIKE would read as a wildcard
    qb.where(new Brackets((b) => {
      b.where('e.region_path LIKE :scopePath', { scopePath: `${scope.path}%` });
      if (scope.departmentId) b.orWhere("(e.target_type = 'department' AND e.target_department_id = :scopeDept)", { scopeDept: scope.departmentId });
    }));
    return qb;
  }

  private created(p: Period) {
    const d = this.dialect();
    return new Brackets((b) => b.where('e.created_at >= :createdFrom AND e.created_at < :createdTo', { createdFrom: d.instant(p.start), createdTo: d.instant(p.end) }));
  }

  private closedIn(p: Period) {
    const d = this.dialect();
    return new Brackets((b) => b.where('e.status IN (:...closedStatuses) AND e.closed_at >= :closedFrom AND e.closed_at < :closedTo', {
      closedStatuses: CLOSED_STATUSES, closedFrom: d.instant(p.start), closedTo: d.instant(p.end),
    }));
  }

  /**
   * Overdue now (see the class comment): the running deadline has passed, or the deadline job flagged it.
   * Written as an OR of status terms so that both databases can answer it from the status index
   * (open events are few next to the closed ones).
   */
  private overdueAt(now: Date) {
    return new Brackets((b) => b.where(
      "(e.status = 'assigned' AND e.sign_deadline <= :now) OR (e.status = 'accepted' AND e.handle_deadline <= :now) OR (e.status IN (:...openStatuses) AND e.overdue = 1)",
      { openStatuses: OPEN_STATUSES, now: this.dialect().instant(now) },
    ));
  }

  private measure(qb: SelectQueryBuilder<Event>, m: Measure, p: Period, now: Date) {
    return qb.andWhere(m === 'reported' ? this.created(p) : m === 'closed' ? this.closedIn(p) : this.overdueAt(now));
  }

  // ---- aggregates ----

  private async count(scope: Scope, m: Measure, p: Period, now: Date): Promise<number> {
    const r = await this.measure(this.events(scope).select('COUNT(*)', 'n'), m, p, now).getRawOne<{ n: string | number }>();
    return Number(r?.n ?? 0);
  }

  private async totals(scope: Scope, p: Period, now: Date): Promise<Figures> {
    const [reported, closed, overdue] = await Promise.all((['reported', 'closed', 'overdue'] as const).map((m) => this.count(scope, m, p, now)));
    return { reported, closed, overdue, closureRate: ratio(closed, reported) };
  }

  /** COUNT(*) per value of `keyExpr` over one event set; keys as strings (null for NULL). */
  private async grouped(scope: Scope, keyExpr: string, m: Measure, p: Period, now: Date): Promise<Map<string | null, number>> {
    const rows = await this.measure(this.events(scope).select(this.dialect().groupKey(keyExpr), 'k').addSelect('COUNT(*)', 'n'), m, p, now)
      .groupBy('k')
      .getRawMany<{ k: string | number | null; n: string | number }>();
    return new Map(rows.map((r) => [r.k === null ? null : String(r.k), Number(r.n)]));
  }

  /** Reported, closed and overdue per key, with the closure rate. */
  private async countAll(scope: Scope, keyExpr: string, p: Period, now: Date): Promise<Map<string | null, Figures>> {
    const [reported, closed, overdue] = await Promise.all((['reported', 'closed', 'overdue'] as const).map((m) => this.grouped(scope, keyExpr, m, p, now)));
    const out = new Map<string | null, Figures>();
    for (const k of new Set([...reported.keys(), ...closed.keys(), ...overdue.keys()])) {
      const f = { reported: reported.get(k) ?? 0, closed: closed.get(k) ?? 0, overdue: overdue.get(k) ?? 0 };
      out.set(k, { ...f, closureRate: ratio(f.closed, f.reported) });
    }
    return out;
  }

  /** Closed in period, with how many in time and their ratings, in one pass. */
  private async closing(scope: Scope, p: Period) {
    // the correlated sub-query reads the few trail rows of one event through the (event_id, seq) index
    const lastHandle = "(SELECT MAX(a.created_at) FROM event_action a WHERE a.event_id = e.id AND a.action = 'handle')";
    const rated = "e.status = 'evaluated' AND e.rating IS NOT NULL";
    const r = await this.events(scope)
      .select('COUNT(*)', 'closed')
      .addSelect(`SUM(CASE WHEN ${lastHandle} <= e.handle_deadline THEN 1 ELSE 0 END)`, 'onTime')
      .addSelect(`SUM(CASE WHEN ${rated} THEN 1 ELSE 0 END)`, 'evaluated')
      .addSelect(`SUM(CASE WHEN ${rated} THEN e.rating ELSE 0 END)`, 'ratingSum')
      .addSelect(`SUM(CASE WHEN ${rated} AND e.rating >= ${SATISFIED_RATING} THEN 1 ELSE 0 END)`, 'satisfied')
      .andWhere(this.closedIn(p))
      .getRawOne<Record<'closed' | 'onTime' | 'evaluated' | 'ratingSum' | 'satisfied', string | number | null>>();
    const n = (k: keyof NonNullable<typeof r>) => Number(r?.[k] ?? 0);
    return { closed: n('closed'), onTime: n('onTime'), evaluated: n('evaluated'), ratingSum: n('ratingSum'), satisfied: n('satisfied') };
  }

  /** Maps a grouping key (region id as text) to the child region it lies in, or null. */
  private async childMapper(children: Pick<Region, 'id' | 'path'>[], level: RegionLevel | null, keys: (string | null)[]) {
    const direct = new Set(children.map((c) => String(c.id)));
    if (level !== 'district') return (k: string | null) => (k !== null && direct.has(k) ? Number(k) : null);
    // streets → their district, by path
    const ids = keys.filter((k): k is string => k !== null).map(Number);
    const streets = ids.length ? await this.db.getRepository(Region).find({ select: ['id', 'path'], where: { id: In(ids) } }) : [];
    const owner = new Map<string, number>();
    for (const s of streets) {
      const c = children.find((ch) => s.path.startsWith(ch.path));
      if (c) owner.set(String(s.id), c.id);
    }
    return (k: string | null) => (k !== null ? owner.get(k) ?? null : null);
  }
}

function ref(r: Pick<Region, 'id' | 'name' | 'level'>): RegionRef {
  return { id: r.id, name: r.name, level: r.level };
}

export function round(x: number, places: number): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}

/** n ÷ d rounded to 4 places, or null when there is nothing to divide by. */
export function ratio(n: number, d: number): number | null {
  return d ? round(n / d, 4) : null;
}

function zero(): Figures {
  return { reported: 0, closed: 0, overdue: 0, closureRate: null };
}

function add(a: Figures, b: Figures): Figures {
  const f = { reported: a.reported + b.reported, closed: a.closed + b.closed, overdue: a.overdue + b.overdue };
  return { ...f, closureRate: ratio(f.closed, f.reported) };
}
