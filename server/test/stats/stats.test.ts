import { startApp } from '../app';
import { gridOf, people, photo, T } from '../event/helpers';
import { Event } from '../../src/modules/event/event.entity';
import { Region } from '../../src/modules/region/region.entity';

/**
 * The dashboards over a fixed data set made through the real API, with every figure worked out by hand.
 * Times are moved in the database only where the real clock cannot produce them (an event reported
 * 40 days ago, a deadline already passed); the trail is never touched.
 *
 * Community 1 (后大街社区, street 1), default period = the last 30 days (today included):
 *  E1  ENV_GARBAGE  grid 1  closed, evaluated ★5, handled in time
 *  E2  ENV_GARBAGE  grid 2  closed, evaluated ★2, handle deadline moved before the handle step → late
 *  E3  ENV_CLUTTER  grid 3  closed (not rated); reported yesterday 07:00 Beijing = the day before in UTC
 *  E4  ENV_CLUTTER  grid 1  accepted, handle deadline passed → overdue
 *  E5  ROAD_PARKING grid 4  assigned to the community (level 2), in time
 *  E6  ENV_GARBAGE  grid 2  handled, waiting for verification
 *  E7  ENV_GARBAGE  grid 3  reported 40 days ago, still assigned, sign deadline passed → overdue
 *  E8  ENV_CLUTTER  grid 4  reported 40 days ago, closed today, evaluated ★4, in time
 *  E9  ROAD_PARKING grid 1  returned by the community, then rejected (final, but not closed)
 * Community 2: E10 ENV_GARBAGE closed today ★1 in time; E11 ENV_CLUTTER assigned, reported exactly at 00:00 today.
 * Street 1's dispatch queue (outside every grid): E13 submitted.
 * Street 2 (community 5): E12 assigned, reported exactly at 00:00 on the first day of the default period.
 */
describe('statistics API', () => {
  let t: T;
  let p: ReturnType<typeof people>;
  let resident: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, number> = {};
  let c1: Awaited<ReturnType<typeof gridOf>>;
  let street1: Region;
  let todayDate: string;

  const OFFSET_MS = 8 * 3600_000; // Beijing
  const localDay = (at: Date) => new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
  const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  /** The instant a Beijing date begins, plus hours. */
  const beijing = (date: string, hours = 0) => new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + hours * 3600_000);

  const stats = (endpoint: string, token: string | undefined, query: Record<string, unknown> = {}) =>
    p.call('GET', `/api/admin/stats/${endpoint}`, { token, query });

  async function report(communityNo: number, gridNo: number, categoryCode: string, description: string, at?: { lng: number; lat: number }) {
    const g = await gridOf(t, communityNo, gridNo);
    const res = await p.report(resident, { categoryCode, description, lng: at?.lng ?? g.lng, lat: at?.lat ?? g.lat });
    if (res.status !== 201) throw new Error(`report: ${JSON.stringify(res)}`);
    return { id: res.data.id as number, worker: await p.wechat(g.workerOpenid) };
  }

  async function act(token: string, id: number, body: Record<string, unknown>, admin = false) {
    const r = await p.call('POST', `/api/${admin ? 'admin/' : ''}events/${id}/actions`, { token, body });
    if (!r.success) throw new Error(`${body.action} on ${id}: ${r.errorMessage}`);
    return r.data;
  }

  /** accept → handle (→ close by the community's staff) (→ evaluate by the reporter) */
  async function drive(e: { id: number; worker: string }, until: 'accepted' | 'handled' | 'closed' | 'evaluated', closer = tokens.community1, rating = 5) {
    await act(e.worker, e.id, { action: 'accept' });
    if (until === 'accepted') return;
    await act(e.worker, e.id, { action: 'handle', note: '已处理完毕', photos: [await photo(t, e.worker)] });
    if (until === 'handled') return;
    await act(closer, e.id, { action: 'close' }, true);
    if (until === 'closed') return;
    await act(resident, e.id, { action: 'evaluate', rating });
  }

  const setEvent = (id: number, fields: Partial<Event>) => t.db.getRepository(Event).update({ id }, fields);

  beforeAll(async () => {
    t = await startApp();
    p = people(t);
    // MariaDB runs share one database between the test files (run one after another): start from no events
    await t.db.query('DELETE FROM event_action');
    await t.db.query('DELETE FROM event');

    resident = await p.wechat('demo-resident-3');
    for (const u of ['community1', 'community2', 'street1', 'district', 'admin', 'grid001', 'dept-housing']) tokens[u] = await p.staff(u);
    c1 = await gridOf(t, 1, 1);
    street1 = await t.db.getRepository(Region).findOneByOrFail({ id: c1.community.parentId! });

    const e1 = await report(1, 1, 'ENV_GARBAGE', '单元门口垃圾没人收');
    const e2 = await report(1, 2, 'ENV_GARBAGE', '花坛边垃圾堆放');
    const e3 = await report(1, 3, 'ENV_CLUTTER', '楼道杂物堆积');
    const e4 = await report(1, 1, 'ENV_CLUTTER', '自行车棚堆满杂物');
    const e5 = await report(1, 4, 'ROAD_PARKING', '小区出入口违停堵路');
    const e6 = await report(1, 2, 'ENV_GARBAGE', '垃圾桶满溢无人清运');
    const e7 = await report(1, 3, 'ENV_GARBAGE', '河边绿地垃圾成堆');
    const e8 = await report(1, 4, 'ENV_CLUTTER', '消防通道边堆放纸箱');
    const e9 = await report(1, 1, 'ROAD_PARKING', '门口车辆乱停放');
    const e10 = await report(2, 1, 'ENV_GARBAGE', '菜场门口垃圾未清');
    const e11 = await report(2, 2, 'ENV_CLUTTER', '楼下杂物占道');
    const e12 = await report(5, 1, 'ENV_GARBAGE', '路口垃圾堆积');
    // just outside the district's south-east corner: no grid, the nearest street's dispatch queue (street 1)
    const e13 = await report(1, 1, 'ENV_GARBAGE', '区界外河道边有垃圾', { lng: 121.745, lat: 29.935 });
    Object.assign(ids, { e1: e1.id, e2: e2.id, e3: e3.id, e4: e4.id, e5: e5.id, e6: e6.id, e7: e7.id, e8: e8.id, e9: e9.id, e10: e10.id, e11: e11.id, e12: e12.id, e13: e13.id });

    await drive(e1, 'evaluated', tokens.community1, 5);
    await drive(e2, 'evaluated', tokens.community1, 2);
    await drive(e3, 'closed');
    await drive(e4, 'accepted');
    await drive(e6, 'handled');
    await drive(e8, 'evaluated', tokens.community1, 4);
    await act(tokens.community1, e9.id, { action: 'return', note: '停车问题请交物业处理' }, true);
    await act(tokens.community1, e9.id, { action: 'reject', note: '非本平台受理范围' }, true);
    await drive(e10, 'evaluated', tokens.community2, 1);

    // what the real clock cannot produce
    todayDate = localDay(new Date());
    const past = new Date(Date.now() - 3600_000);
    const fortyDaysAgo = beijing(plusDays(todayDate, -40), 10);
    await setEvent(e2.id, { handleDeadline: new Date(Date.now() - 2 * 3600_000) }); // the handle step came after it
    await setEvent(e3.id, { createdAt: beijing(plusDays(todayDate, -1), 7) });
    await setEvent(e4.id, { handleDeadline: past });
    await setEvent(e7.id, { createdAt: fortyDaysAgo, signDeadline: past, stageStartedAt: fortyDaysAgo });
    await setEvent(e8.id, { createdAt: fortyDaysAgo });
    await setEvent(e11.id, { createdAt: beijing(todayDate) });
    await setEvent(e12.id, { createdAt: beijing(plusDays(todayDate, -29)) });
  });
  afterAll(async () => t?.stop());

  it('the data set is what the figures below assume', async () => {
    const repo = t.db.getRepository(Event);
    const status = async (k: string) => (await repo.findOneByOrFail({ id: ids[k] })).status;
    expect(await Promise.all(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9', 'e10', 'e11', 'e12', 'e13'].map(status))).toEqual([
      'evaluated', 'evaluated', 'closed', 'accepted', 'assigned', 'handled', 'assigned', 'evaluated', 'rejected', 'evaluated', 'assigned', 'assigned', 'submitted',
    ]);
    const e13 = await repo.findOneByOrFail({ id: ids.e13 });
    expect(e13).toMatchObject({ gridId: null, communityId: null, streetId: street1.id, regionPath: street1.path });
  });

  describe('denied', () => {
    const endpoints = ['overview', 'by-category', 'by-region', 'trend'];

    it('without a login: 401', async () => {
      for (const e of endpoints) expect(await stats(e, undefined)).toMatchObject({ status: 401, errorCode: 'UNAUTHENTICATED' });
    });

    it('grid workers, department handlers and residents hold no dashboard:read: 403', async () => {
      for (const e of endpoints) {
        expect(await stats(e, tokens.grid001)).toMatchObject({ status: 403, errorCode: 'FORBIDDEN' });
        expect(await stats(e, tokens['dept-housing'])).toMatchObject({ status: 403, errorCode: 'FORBIDDEN' });
        expect(await stats(e, resident)).toMatchObject({ status: 403, errorCode: 'FORBIDDEN' });
      }
    });

    it('a region outside the scope is 404, like one that does not exist', async () => {
      const c2grid = await gridOf(t, 2, 1);
      for (const e of endpoints) {
        expect(await stats(e, tokens.community2, { regionId: c1.community.id })).toMatchObject({ status: 404, errorCode: 'NOT_FOUND' });
        expect(await stats(e, tokens.community2, { regionId: c1.grid.id })).toMatchObject({ status: 404 });
        expect(await stats(e, tokens.community1, { regionId: c2grid.grid.id })).toMatchObject({ status: 404 });
        expect(await stats(e, tokens.community1, { regionId: street1.id })).toMatchObject({ status: 404 }); // above the scope
        expect(await stats(e, tokens.community1, { regionId: 99999999 })).toMatchObject({ status: 404 });
      }
    });

    it('community 2 never counts community 1\'s events', async () => {
      const o = (await stats('overview', tokens.community2)).data;
      expect(o).toMatchObject({
        region: { id: (await gridOf(t, 2, 1)).community.id, level: 'community' },
        reported: 2, closed: 1, closureRate: 0.5, closedOnTime: 1, onTimeRate: 1,
        evaluated: 1, averageRating: 1, satisfied: 0, satisfiedRate: 0, overdue: 0,
        today: { date: todayDate, reported: 2, closed: 1 },
      });
      const cats = (await stats('by-category', tokens.community2)).data.items;
      expect(cats.map((c: { categoryCode: string; reported: number }) => [c.categoryCode, c.reported])).toEqual([['ENV_GARBAGE', 1], ['ENV_CLUTTER', 1]]);
      const grids = (await stats('by-region', tokens.community2)).data;
      expect(grids.items.reduce((n: number, r: { reported: number }) => n + r.reported, 0)).toBe(2);
      const trend = (await stats('trend', tokens.community2)).data.items;
      expect(trend.reduce((n: number, b: { reported: number }) => n + b.reported, 0)).toBe(2);
    });

    it('bad queries name the field', async () => {
      expect(await stats('trend', tokens.community1, { granularity: 'year' })).toMatchObject({ status: 422, errorField: 'granularity' });
      expect(await stats('overview', tokens.community1, { from: '2026/01/01' })).toMatchObject({ status: 422, errorField: 'from' });
      expect(await stats('overview', tokens.community1, { from: '2026-02-30' })).toMatchObject({ status: 422, errorField: 'from' });
      expect(await stats('overview', tokens.community1, { to: '2026-13-01' })).toMatchObject({ status: 422, errorField: 'to' });
      expect(await stats('overview', tokens.community1, { from: '2026-03-02', to: '2026-03-01' })).toMatchObject({ status: 422, errorField: 'from' });
      expect(await stats('overview', tokens.community1, { regionId: 'abc' })).toMatchObject({ status: 422, errorField: 'regionId' });
      expect(await stats('overview', tokens.community1, { status: 'closed' })).toMatchObject({ status: 422, errorField: 'status' });
      expect(await stats('trend', tokens.community1, { from: '2024-01-01', to: '2026-01-01' })).toMatchObject({ status: 422, errorField: 'from' });
    });
  });

  describe('overview', () => {
    it('community 1, last 30 days: counts, rates, satisfaction, overdue, today', async () => {
      const r = await stats('overview', tokens.community1);
      expect(r.status).toBe(200);
      expect(r.data).toMatchObject({
        period: { from: plusDays(todayDate, -29), to: todayDate },
        region: { id: c1.community.id, name: c1.community.name, level: 'community' },
        reported: 7, // E1–E6, E9 (E7 and E8 are older)
        closed: 4, // E1, E2, E3, E8 (E9 was rejected: final, but not closed)
        closureRate: 0.5714, // 4 / 7
        closedOnTime: 3, // E2 was handled after its deadline
        onTimeRate: 0.75, // 3 / 4
        evaluated: 3, // ★5, ★2, ★4
        averageRating: 3.67, // 11 / 3
        satisfied: 2,
        satisfiedRate: 0.6667, // 2 / 3
        overdue: 2, // E4 (handling), E7 (signing; reported before the period: overdue is "now")
        today: { date: todayDate, reported: 6, closed: 4 }, // E3 was reported yesterday
      });
      const byStatus = Object.fromEntries(r.data.byStatus.map((s: { status: string; count: number }) => [s.status, s.count]));
      expect(byStatus).toEqual({
        submitted: 0, assigned: 1, accepted: 1, handled: 1, closed: 1, evaluated: 2, rejected: 1, returned: 0, escalated: 0, merged: 0, reopened: 0,
      });
      expect(r.data.byStatus.find((s: { status: string }) => s.status === 'accepted')).toEqual({ status: 'accepted', label: '处置中', count: 1 });
    });

    it('a longer period takes in the older events; a period without closings has no rates', async () => {
      const long = (await stats('overview', tokens.community1, { from: plusDays(todayDate, -40), to: todayDate })).data;
      expect(long).toMatchObject({ reported: 9, closed: 4, closureRate: 0.4444, onTimeRate: 0.75, overdue: 2 });
      const before = (await stats('overview', tokens.community1, { from: plusDays(todayDate, -40), to: plusDays(todayDate, -1) })).data;
      expect(before).toMatchObject({
        reported: 3, closed: 0, closureRate: 0, closedOnTime: 0, onTimeRate: null, evaluated: 0, averageRating: null, satisfiedRate: null,
        overdue: 2, today: { reported: 6, closed: 4 },
      });
      // local days: 07:00 in Beijing yesterday is the day before in UTC, and still counts for yesterday
      const yesterday = (await stats('overview', tokens.community1, { from: plusDays(todayDate, -1), to: plusDays(todayDate, -1) })).data;
      expect(yesterday).toMatchObject({ reported: 1, closed: 0 });
    });

    it('period bounds are whole Beijing days, the first included, the day after the last excluded', async () => {
      // E11 was reported exactly at 00:00 today
      const untilYesterday = (await stats('overview', tokens.community2, { to: plusDays(todayDate, -1) })).data;
      expect(untilYesterday).toMatchObject({ reported: 0 });
      const onlyToday = (await stats('overview', tokens.community2, { from: todayDate })).data;
      expect(onlyToday).toMatchObject({ period: { from: todayDate, to: todayDate }, reported: 2 });
      // E12 was reported exactly at 00:00 on the first day of the default period
      const district = (await stats('overview', tokens.district)).data;
      expect(district.reported).toBe(11);
      const shorter = (await stats('overview', tokens.district, { from: plusDays(todayDate, -28) })).data;
      expect(shorter.reported).toBe(10);
    });

    it('a street sees its communities and its dispatch queue; a chosen region narrows it', async () => {
      const s = (await stats('overview', tokens.street1)).data;
      expect(s).toMatchObject({
        region: { id: street1.id, level: 'street' },
        reported: 10, closed: 5, closureRate: 0.5, closedOnTime: 4, onTimeRate: 0.8,
        evaluated: 4, averageRating: 3, satisfied: 2, satisfiedRate: 0.5, overdue: 2,
        today: { reported: 9, closed: 5 },
      });
      const counts = Object.fromEntries(s.byStatus.filter((x: { count: number }) => x.count).map((x: { status: string; count: number }) => [x.status, x.count]));
      expect(counts).toEqual({ submitted: 1, assigned: 2, accepted: 1, handled: 1, closed: 1, evaluated: 3, rejected: 1 });

      const narrowed = (await stats('overview', tokens.street1, { regionId: c1.community.id })).data;
      expect(narrowed).toMatchObject({ region: { id: c1.community.id }, reported: 7, closed: 4, overdue: 2, averageRating: 3.67 });
      const grid1 = (await stats('overview', tokens.community1, { regionId: c1.grid.id })).data;
      expect(grid1).toMatchObject({ region: { id: c1.grid.id, level: 'grid' }, reported: 3, closed: 1, overdue: 1, closureRate: 0.3333 });
    });
  });

  describe('by category', () => {
    it('reported, closed and overdue per category, most reported first', async () => {
      const r = await stats('by-category', tokens.community1);
      expect(r.status).toBe(200);
      expect(r.data.items).toEqual([
        { categoryCode: 'ENV_GARBAGE', name: '暴露垃圾', group: '市容环境', reported: 3, closed: 2, overdue: 1, closureRate: 0.6667 },
        { categoryCode: 'ENV_CLUTTER', name: '乱堆乱放', group: '市容环境', reported: 2, closed: 2, overdue: 1, closureRate: 1 },
        { categoryCode: 'ROAD_PARKING', name: '违章停车', group: '道路交通', reported: 2, closed: 0, overdue: 0, closureRate: 0 },
      ]);
      expect(r.data.period).toEqual({ from: plusDays(todayDate, -29), to: todayDate });
    });
  });

  describe('by region', () => {
    it('a community: one row per grid, zeros included', async () => {
      const r = (await stats('by-region', tokens.community1)).data;
      expect(r).toMatchObject({ region: { id: c1.community.id }, childLevel: 'grid', direct: null });
      expect(r.items).toHaveLength(15);
      const rows = r.items.map((x: { name: string; reported: number; closed: number; overdue: number; closureRate: number | null }) => [x.name.replace(c1.community.name, ''), x.reported, x.closed, x.overdue, x.closureRate]);
      expect(rows.slice(0, 5)).toEqual([
        ['第1网格', 3, 1, 1, 0.3333], // E1, E4, E9
        ['第2网格', 2, 1, 0, 0.5], // E2, E6
        ['第3网格', 1, 1, 1, 1], // E3; E7 overdue
        ['第4网格', 1, 1, 0, 1], // E5; E8 closed
        ['第5网格', 0, 0, 0, null],
      ]);
      expect(r.items[0]).toMatchObject({ regionId: c1.grid.id, level: 'grid' });
    });

    it('a street: its communities, plus what lies in none of them (the dispatch queue)', async () => {
      const r = (await stats('by-region', tokens.street1)).data;
      expect(r).toMatchObject({ region: { id: street1.id }, childLevel: 'community' });
      expect(r.items.map((x: { regionId: number; reported: number; closed: number; overdue: number; closureRate: number | null }) => [x.regionId === c1.community.id, x.reported, x.closed, x.overdue, x.closureRate])).toEqual([
        [true, 7, 4, 2, 0.5714], [false, 2, 1, 0, 0.5], [false, 0, 0, 0, null], [false, 0, 0, 0, null],
      ]);
      expect(r.direct).toEqual({ reported: 1, closed: 0, overdue: 0, closureRate: 0 });
    });

    it('a district: its streets; a city: its district (streets folded by path); a grid: no children', async () => {
      const d = (await stats('by-region', tokens.district)).data;
      expect(d.childLevel).toBe('street');
      expect(d.items.map((x: { regionId: number; reported: number; closed: number; overdue: number }) => [x.regionId === street1.id, x.reported, x.closed, x.overdue])).toEqual([
        [true, 10, 5, 2], [false, 1, 0, 0], [false, 0, 0, 0], [false, 0, 0, 0],
      ]);
      expect(d.direct).toBeNull();
      const city = (await stats('by-region', tokens.admin)).data;
      expect(city).toMatchObject({ childLevel: 'district', direct: null });
      expect(city.items).toEqual([expect.objectContaining({ level: 'district', reported: 11, closed: 5, overdue: 2, closureRate: 0.4545 })]);
      const grid = (await stats('by-region', tokens.street1, { regionId: c1.grid.id })).data;
      expect(grid).toMatchObject({ childLevel: null, items: [], direct: { reported: 3, closed: 1, overdue: 1, closureRate: 0.3333 } });
    });
  });

  describe('trend', () => {
    const from = () => plusDays(todayDate, -40);
    const monday = (date: string) => plusDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
    /** Expected buckets: E7 and E8 forty days ago, E3 yesterday, six reports and four closings today. */
    const expected = (key: (date: string) => string) => {
      const m = new Map<string, { reported: number; closed: number }>();
      const put = (date: string, reported: number, closed: number) => {
        const b = m.get(key(date)) ?? { reported: 0, closed: 0 };
        m.set(key(date), { reported: b.reported + reported, closed: b.closed + closed });
      };
      put(from(), 2, 0);
      put(plusDays(todayDate, -1), 1, 0);
      put(todayDate, 6, 4);
      return m;
    };
    const nonZero = (items: { bucket: string; reported: number; closed: number }[]) =>
      new Map(items.filter((b) => b.reported || b.closed).map((b) => [b.bucket, { reported: b.reported, closed: b.closed }]));

    it('per Beijing day, every day of the period listed', async () => {
      const r = (await stats('trend', tokens.community1, { from: from(), to: todayDate, granularity: 'day' })).data;
      expect(r.granularity).toBe('day');
      expect(r.items).toHaveLength(41);
      expect(r.items[0].bucket).toBe(from());
      expect(r.items[40].bucket).toBe(todayDate);
      expect(nonZero(r.items)).toEqual(expected((d) => d));
    });

    it('per week (Monday) and per month', async () => {
      const w = (await stats('trend', tokens.community1, { from: from(), to: todayDate, granularity: 'week' })).data;
      expect(w.items[0].bucket).toBe(monday(from()));
      expect(w.items[w.items.length - 1].bucket).toBe(monday(todayDate));
      expect(w.items.every((b: { bucket: string }) => new Date(`${b.bucket}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
      expect(nonZero(w.items)).toEqual(expected(monday));
      const m = (await stats('trend', tokens.community1, { from: from(), to: todayDate, granularity: 'month' })).data;
      expect(m.items[0].bucket).toBe(from().slice(0, 7));
      expect(nonZero(m.items)).toEqual(expected((d) => d.slice(0, 7)));
    });

    it('defaults to the last 30 days per day', async () => {
      const r = (await stats('trend', tokens.community1)).data;
      expect(r).toMatchObject({ granularity: 'day', period: { from: plusDays(todayDate, -29), to: todayDate } });
      expect(r.items).toHaveLength(30);
      expect(r.items[29]).toEqual({ bucket: todayDate, reported: 6, closed: 4 });
      expect(r.items[28]).toEqual({ bucket: plusDays(todayDate, -1), reported: 1, closed: 0 });
    });
  });
});
