import { invalid } from '../../common/app-error';

/**
 * Calendar arithmetic of the dashboards. Days, weeks and months are those of the deployment's
 * local calendar, China Standard Time (UTC+8, no daylight saving), not of UTC: "today" starts at
 * 00:00 in Beijing, which is 16:00 UTC the day before. The database keeps UTC instants.
 */
export const LOCAL_UTC_OFFSET_MINUTES = 480;
const OFFSET_MS = LOCAL_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

export type Granularity = 'day' | 'week' | 'month';

/** A period of whole local days: `from` and `to` are inclusive dates, `start`/`end` the UTC instants [start, end). */
export interface Period {
  from: string;
  to: string;
  start: Date;
  end: Date;
}

/** Default period when none is given: the last 30 days, today included. */
export const DEFAULT_PERIOD_DAYS = 30;

/** Most buckets one trend answers (about a year of days, five years of weeks, ten years of months). */
export const MAX_BUCKETS: Record<Granularity, number> = { day: 366, week: 262, month: 120 };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local calendar date of an instant, "YYYY-MM-DD". */
export function localDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The local wall-clock time of an instant, "YYYY-MM-DD HH:mm" (what staff reading an export expect). */
export function localDateTime(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The UTC instant at which a local date begins. */
export function startOfLocalDay(date: string): Date {
  return new Date(utcMidnight(date) - OFFSET_MS);
}

/** date + n days, on the calendar. */
export function addDays(date: string, n: number): string {
  return new Date(utcMidnight(date) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the (ISO) week the date falls in. */
export function mondayOf(date: string): string {
  const dow = new Date(utcMidnight(date)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((dow + 6) % 7));
}

/** The key of the bucket a local date falls in: the date, its week's Monday, or "YYYY-MM". */
export function bucketOf(date: string, g: Granularity): string {
  if (g === 'day') return date;
  if (g === 'week') return mondayOf(date);
  return date.slice(0, 7);
}

/** Every bucket key of the period, in order, gaps included. */
export function bucketsOf(p: Pick<Period, 'from' | 'to'>, g: Granularity): string[] {
  const out: string[] = [];
  if (g === 'month') {
    let [y, m] = p.from.slice(0, 7).split('-').map(Number);
    const last = p.to.slice(0, 7);
    for (;;) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      out.push(key);
      if (key >= last) break;
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }
  const step = g === 'day' ? 1 : 7;
  for (let d = bucketOf(p.from, g); d <= p.to; d = addDays(d, step)) out.push(d);
  return out;
}

function utcMidnight(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function isCalendarDate(date: string): boolean {
  const t = utcMidnight(date);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === date;
}

/**
 * The period asked for: both dates inclusive; a missing `to` is today, a missing `from` is 29 days
 * before `to` (30 days in all). Invalid dates or a reversed period are a validation error naming the field.
 */
export function resolvePeriod(q: { from?: string; to?: string }, now = new Date()): Period {
  if (q.from !== undefined && !isCalendarDate(q.from)) throw invalid('from', '开始日期应为 YYYY-MM-DD 格式的有效日期');
  if (q.to !== undefined && !isCalendarDate(q.to)) throw invalid('to', '结束日期应为 YYYY-MM-DD 格式的有效日期');
  const to = q.to ?? localDate(now);
  const from = q.from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  if (from > to) throw invalid('from', '开始日期不能晚于结束日期');
  return { from, to, start: startOfLocalDay(from), end: startOfLocalDay(addDays(to, 1)) };
}

/** The local day containing `now`, as a period. */
export function today(now = new Date()): Period {
  const d = localDate(now);
  return { from: d, to: d, start: startOfLocalDay(d), end: startOfLocalDay(addDays(d, 1)) };
}

/** How many buckets the period spans, without listing them. */
export function bucketCount(p: Pick<Period, 'from' | 'to'>, g: Granularity): number {
  if (g === 'month') {
    const months = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
    return months(p.to) - months(p.from) + 1;
  }
  const step = g === 'day' ? 1 : 7;
  return Math.round((utcMidnight(bucketOf(p.to, g)) - utcMidnight(bucketOf(p.from, g))) / (step * DAY_MS)) + 1;
}

/** The bucket keys of a trend; refuses one that would answer with more buckets than a chart can show. */
export function trendBuckets(p: Period, g: Granularity): string[] {
  if (bucketCount(p, g) > MAX_BUCKETS[g]) {
    const unit = { day: '天', week: '周', month: '个月' }[g];
    throw invalid('from', `按${{ day: '日', week: '周', month: '月' }[g]}统计最多 ${MAX_BUCKETS[g]} ${unit}，请缩短时间范围`);
  }
  return bucketsOf(p, g);
}
