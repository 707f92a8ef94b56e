import { startApp } from '../app';
import { gridOf, newKey, people, photo, T } from './helpers';
import { Event } from '../../src/modules/event/event.entity';
import { EventAction } from '../../src/modules/event/event-action.entity';

describe('reporting and routing', () => {
  let t: T;
  let p: ReturnType<typeof people>;
  let resident: string;
  beforeAll(async () => {
    t = await startApp();
    p = people(t);
    resident = await p.wechat('demo-resident-1');
  });
  afterAll(async () => t?.stop());
  const report = (token: string, body: Record<string, unknown>, key?: string | null) => p.report(token, body, key);

  describe('denied', () => {
    it('without a login, without an Idempotency-Key, with bad fields', async () => {
      const g = await gridOf(t, 1);
      const body = { categoryCode: 'ENV_GARBAGE', description: '小区门口垃圾堆积三天了', lng: g.lng, lat: g.lat };
      expect((await p.call('POST', '/api/events', { body })).status).toBe(401);
      expect(await report(resident, body, null)).toMatchObject({ status: 422, errorField: 'Idempotency-Key' });
      expect(await report(resident, { ...body, categoryCode: 'NOPE' })).toMatchObject({ status: 422, errorField: 'categoryCode' });
      expect(await report(resident, { ...body, description: '短' })).toMatchObject({ status: 422, errorField: 'description' });
      expect(await report(resident, { ...body, lat: 91 })).toMatchObject({ status: 422, errorField: 'lat' });
      expect(await report(resident, { ...body, lng: 116.4, lat: 39.9 })).toMatchObject({ status: 422, errorField: 'lng', errorMessage: '该位置不在本平台服务范围内' });
      const staffToken = await p.staff('community1');
      expect((await report(staffToken, body)).status).toBe(403); // console tokens do not report through the mini-program API
    });
  });

  it('routes a level-1 report to the worker of the grid it falls in, and explains why', async () => {
    const g = await gridOf(t, 3, 7);
    const r = await report(resident, { categoryCode: 'ENV_GARBAGE', description: '楼下垃圾桶满溢无人清运', lng: g.lng, lat: g.lat, address: '3号楼下' });
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({ status: 'assigned', statusLabel: '待签收', grid: { id: g.grid.id }, community: { id: g.community.id }, replayed: false });
    expect(r.data.no).toMatch(/^E\d{6}\d{7}$/);
    const e = await t.db.getRepository(Event).findOneByOrFail({ id: r.data.id });
    expect(e).toMatchObject({ level: 1, targetType: 'grid', targetRegionId: g.grid.id, assigneeId: g.workerId, routeRuleId: null });
    expect(e.routeReason).toBe('分类「暴露垃圾」默认：网格处置');
    expect(e.signDeadline!.getTime() - e.createdAt.getTime()).toBeGreaterThan(1.9 * 3600_000);
    const steps = await t.db.getRepository(EventAction).find({ where: { eventId: e.id }, order: { seq: 'ASC' } });
    expect(steps.map((s) => [s.action, s.toStatus])).toEqual([['submit', 'submitted'], ['route', 'assigned']]);
    const detail = await p.call('GET', `/api/events/${r.data.id}`, { token: resident });
    expect(detail.data.timeline.map((s: { actionLabel: string }) => s.actionLabel)).toEqual(['提交', '自动分派']);
  });

  it('routes by category level: community, street, and the owning department for level 4', async () => {
    const g = await gridOf(t, 2, 3);
    const at = { lng: g.lng, lat: g.lat };
    const parking = await report(resident, { categoryCode: 'ROAD_PARKING', description: '消防通道旁长期违章停车', ...at });
    const noise = await report(resident, { categoryCode: 'ENV_NOISE', description: '夜间施工噪音扰民严重', ...at });
    const manhole = await report(resident, { categoryCode: 'ROAD_MANHOLE', description: '人行道井盖缺失很危险', ...at });
    const repo = t.db.getRepository(Event);
    expect(await repo.findOneByOrFail({ id: parking.data.id })).toMatchObject({ level: 2, targetType: 'community', targetRegionId: g.community.id });
    expect(await repo.findOneByOrFail({ id: noise.data.id })).toMatchObject({ level: 3, targetType: 'street', targetRegionId: g.community.parentId });
    const m = await repo.findOneByOrFail({ id: manhole.data.id });
    expect(m).toMatchObject({ level: 4, targetType: 'department' });
    const handlerView = await p.call('GET', `/api/admin/events/${m.id}`, { token: await p.staff('dept-housing') });
    expect(handlerView.data.target.name).toBe('住房和城乡建设局');
  });

  it('sends a location just outside every grid to the nearest street\'s dispatch queue', async () => {
    const r = await report(resident, { categoryCode: 'ENV_GARBAGE', description: '区界外河道边有垃圾', lng: 121.745, lat: 29.97 });
    expect(r.status).toBe(201);
    const e = await t.db.getRepository(Event).findOneByOrFail({ id: r.data.id });
    expect(e).toMatchObject({ status: 'submitted', targetType: 'street', gridId: null, level: 3 });
    expect(e.routeReason).toContain('不在任何网格');
  });

  it('a retried submission returns the first event and never creates a second', async () => {
    const g = await gridOf(t, 4, 2);
    const body = { categoryCode: 'SAFE_EBIKE', description: '楼道里有电动车充电', lng: g.lng, lat: g.lat };
    const key = newKey();
    const first = await report(resident, body, key);
    const retry = await report(resident, body, key);
    expect(first.status).toBe(201);
    expect(retry).toMatchObject({ status: 200, data: { id: first.data.id, replayed: true } });
    const changed = await report(resident, { ...body, description: '换了内容再提交一次' }, key);
    expect(changed).toMatchObject({ status: 422, errorCode: 'IDEMPOTENCY_MISMATCH' });

    const burstKey = newKey();
    const burst = await Promise.all(Array.from({ length: 6 }, () => report(resident, { ...body, description: '同时重试六次的提交' }, burstKey)));
    expect(burst.every((r) => r.success)).toBe(true);
    expect(new Set(burst.map((r) => r.data.id)).size).toBe(1);
    expect(await t.db.getRepository(Event).countBy({ description: '同时重试六次的提交' })).toBe(1);
  });

  it('anonymous: the handler sees the problem but never who reported it', async () => {
    const g = await gridOf(t, 1, 2);
    const r = await report(resident, { categoryCode: 'DISPUTE_NEIGHBOR', description: '楼上邻居长期漏水不处理', lng: g.lng, lat: g.lat, anonymous: true });
    const worker = await p.wechat(g.workerOpenid);
    const asWorker = await p.call('GET', `/api/events/${r.data.id}`, { token: worker });
    const asCommunity = await p.call('GET', `/api/admin/events/${r.data.id}`, { token: await p.staff('community1') });
    for (const v of [asWorker, asCommunity]) {
      expect(v.data).toMatchObject({ anonymous: true, reporter: null });
      expect(v.data.timeline[0].actor).toBe('居民');
      expect(JSON.stringify(v.data)).not.toContain('demo-resident-1');
    }
    const own = await p.call('GET', `/api/events/${r.data.id}`, { token: resident });
    expect(own.data.anonymous).toBe(true);
  });

  it('a non-anonymous report shows the reporter to handlers with a masked phone only', async () => {
    const g = await gridOf(t, 1, 3);
    const r = await report(resident, { categoryCode: 'FAC_GREEN', description: '小区绿化带被人毁坏', lng: g.lng, lat: g.lat });
    const v = await p.call('GET', `/api/admin/events/${r.data.id}`, { token: await p.staff('community1') });
    expect(v.data.reporter.nickname).toBeTruthy();
  });

  it('staff enter a hotline call on the caller\'s behalf; the caller is stored encrypted', async () => {
    const g = await gridOf(t, 1, 4);
    const token = await p.staff('community1');
    const r = await p.call('POST', '/api/admin/events', {
      token, body: { categoryCode: 'FAC_LIGHT', description: '市民来电：路灯不亮一周了', lng: g.lng, lat: g.lat, callerName: '王先生', callerPhone: '13912345678' },
    });
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({ channel: 'hotline', reporter: null });
    const e = await t.db.getRepository(Event).findOneByOrFail({ id: r.data.id });
    expect(e.callerEnc).toMatch(/^v1:/);
    expect(JSON.stringify(e)).not.toContain('13912345678');
  });

  it('a grid worker\'s own finding is a patrol report', async () => {
    const g = await gridOf(t, 5, 1);
    const worker = await p.wechat(g.workerOpenid);
    const r = await report(worker, { categoryCode: 'ENV_CLUTTER', description: '巡查发现楼道堆放杂物', lng: g.lng, lat: g.lat });
    expect((await t.db.getRepository(Event).findOneByOrFail({ id: r.data.id })).channel).toBe('patrol');
  });

  it('attaches the reporter\'s own uploads; someone else\'s or an already used photo refuses the whole report', async () => {
    const resident = await p.wechat('demo-resident-17');
    const other = await p.wechat('demo-resident-18');
    const g = await gridOf(t, 9, 1);
    const mine = await photo(t, resident);
    const theirs = await photo(t, other);
    const send = (photos: number[]) =>
      p.report(resident, { categoryCode: 'ENV_GARBAGE', description: '带照片的垃圾问题上报', lng: g.lng, lat: g.lat, photos });
    const before = await t.db.getRepository(Event).count();
    expect(await send([mine, theirs])).toMatchObject({ status: 422, errorField: 'photos' });
    expect(await t.db.getRepository(Event).count()).toBe(before); // nothing half-written
    const ok = await send([mine]);
    expect(ok.status).toBe(201);
    expect(ok.data.photos).toEqual([{ id: mine, url: `/api/media/photos/${mine}` }]);
    expect(await send([mine])).toMatchObject({ status: 422, errorField: 'photos' }); // already used

    // the grid's worker sees the photo; an unrelated resident does not
    const worker = await p.wechat(g.workerOpenid);
    expect((await fetch(`${t.base}/api/media/photos/${mine}`, { headers: { authorization: `Bearer ${worker}` } })).status).toBe(200);
    expect((await fetch(`${t.base}/api/media/photos/${mine}`, { headers: { authorization: `Bearer ${other}` } })).status).toBe(404);
    const community2 = await p.staff('community2');
    expect((await fetch(`${t.base}/api/media/photos/${mine}`, { headers: { authorization: `Bearer ${community2}` } })).status).toBe(404);
  });
});
