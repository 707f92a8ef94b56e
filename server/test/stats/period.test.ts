import {
  bucketCount, bucketsOf, localDate, mondayOf, resolvePeriod, startOfLocalDay, today, trendBuckets,
} from '../../src/modules/stats/stats-period';
import { ratio, round } from '../../src/modules/stats/stats.service';
import { AppError } from '../../src/common/app-error';

describe('dashboard calendar (Beijing days)', () => {
  it('a Beijing day starts at 16:00 UTC the day before', () => {
    expect(startOfLocalDay('2026-11-23').toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(localDate(new Date('2026-11-22T15:59:59.999Z'))).toBe('2026-11-22');
    expect(localDate(new Date('2026-11-22T16:00:00.000Z'))).toBe('2026-11-23');
    expect(today(new Date('2026-11-22T17:00:00Z'))).toMatchObject({ from: '2026-11-23', to: '2026-11-23' });
  });

  it('defaults to the last 30 days, today included; both ends are whole days', () => {
    const p = resolvePeriod({}, new Date('2026-11-23T03:00:00Z'));
    expect(p).toMatchObject({ from: '2026-10-25', to: '2026-11-23' });
    expect(p.start.toISOString()).toBe('2026-10-24T16:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(resolvePeriod({ to: '2026-03-01' })).toMatchObject({ from: '2026-01-31', to: '2026-03-01' });
  });

  it('refuses dates that are not on the calendar, and reversed periods', () => {
    const field = (q: { from?: string; to?: string }) => {
      try {
        resolvePeriod(q);
        return null;
      } catch (e) {
        return (e as AppError).field;
      }
    };
    expect(field({ from: '2026-02-29' })).toBe('from');
    expect(field({ from: '2028-02-29', to: '2028-03-01' })).toBeNull(); // a leap day
    expect(field({ to: '0099-01-01' })).toBe('to');
    expect(field({ from: '2026-01-02', to: '2026-01-01' })).toBe('from');
  });

  it('weeks start on Monday; buckets cover the period with no gaps', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(mondayOf('2026-01-01')).toBe('2025-12-29'); // across the year
    expect(bucketsOf({ from: '2026-11-27', to: '2026-12-08' }, 'week')).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);
    expect(bucketsOf({ from: '2025-11-15', to: '2026-02-01' }, 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(bucketsOf({ from: '2026-02-27', to: '2026-03-02' }, 'day')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    for (const g of ['day', 'week', 'month'] as const) {
      const p = { from: '2024-12-30', to: '2026-11-23' };
      expect(bucketCount(p, g)).toBe(bucketsOf(p, g).length);
    }
  });

  it('caps the number of buckets one trend answers', () => {
    const p = (from: string, to: string) => resolvePeriod({ from, to });
    expect(trendBuckets(p('2025-01-01', '2025-12-31'), 'day')).toHaveLength(365);
    expect(() => trendBuckets(p('2024-01-01', '2025-12-31'), 'day')).toThrow(/最多 366 天/);
    expect(trendBuckets(p('2000-01-01', '2009-12-31'), 'month')).toHaveLength(120);
    expect(() => trendBuckets(p('2000-01-01', '2026-12-31'), 'month')).toThrow(AppError);
  });

  it('rates are rounded to 4 places and null when nothing was counted', () => {
    expect(ratio(4, 7)).toBe(0.5714);
    expect(ratio(2, 3)).toBe(0.6667);
    expect(ratio(0, 3)).toBe(0);
    expect(ratio(0, 0)).toBeNull();
    expect(round(11 / 3, 2)).toBe(3.67);
  });
});
