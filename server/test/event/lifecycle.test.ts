import { startApp } from '../app';
import { gridOf, people, photo, T } from './helpers';
import { EventAction } from '../../src/modules/event/event-action.entity';

describe('the closed loop', () => {
  let t: T;
  let p: ReturnType<typeof people>;
  let resident: string;
  let community1: string;
  beforeAll(async () => {
    t = await startApp();
    p = people(t);
    resident = await p.wechat('demo-resident-2');
    community1 = await p.staff('community1');
  });
  afterAll(async () => t?.stop());

  async function reportAt(communityNo: number, gridNo: number, categoryCode: string, description: string) {
    const g = await gridOf(t, communityNo, gridNo);
    const res = await p.report(resident, { categoryCode, description, lng: g.lng, lat: g.lat });
    const body = res;
    return { g, id: body.data.id as number, worker: await p.wechat(g.workerOpenid) };
  }
  const act = (token: string, id: number, body: Record<string, unknown>, admin = false) =>
    p.call('POST', `/api/${admin ? 'admin/' : ''}events/${id}/actions`, { token, body });

  describe('denied', () => {
    it('strangers get 404, wrong roles get a clear refusal, missing reasons name the field', async () => {
      const { id, worker } = await reportAt(1, 5, 'ENV_GARBAGE', '单元门口垃圾没人收');
      const otherResident = await p.wechat('demo-resident-9');
      // a public report shows its public side to other residents; acting on it is still out of reach
      const seen = await p.call('GET', `/api/events/${id}`, { token: otherResident });
      expect(seen.status).toBe(200);
      expect(seen.data).not.toHaveProperty('reporter');
      const g = await gridOf(t, 1, 5);
      const priv = await p.report(resident, { categoryCode: 'DISPUTE_NEIGHBOR', description: '不公开的邻里纠纷', lng: g.lng, lat: g.lat, isPublic: false });
      expect((await p.call('GET', `/api/events/${priv.data.id}`, { token: otherResident })).status).toBe(404);
      expect((await act(otherResident, id, { action: 'evaluate', rating: 5 })).status).toBe(404);
      const community2 = await p.staff('community2');
      expect((await p.call('GET', `/api/admin/events/${id}`, { token: community2 })).status).toBe(404);
      expect((await act(community2, id, { action: 'close' }, true)).status).toBe(404);
      // the reporter cannot accept, the worker cannot close, nobody handles before accepting
      expect(await act(resident, id, { action: 'accept' })).toMatchObject({ status: 409, errorCode: 'INVALID_TRANSITION' });
      expect(await act(worker, id, { action: 'handle', note: '已清理', photos: [1] })).toMatchObject({ status: 409, errorCode: 'INVALID_TRANSITION' });
      expect(await act(worker, id, { action: 'return' })).toMatchObject({ status: 422, errorField: 'note' });
      expect(await act(worker, id, { action: 'fly' })).toMatchObject({ status: 422, errorField: 'action' });
    });
  });

  it('walks report → accept → handle → verify → evaluate, with a public timeline for the resident', async () => {
    const { id, worker } = await reportAt(1, 6, 'ENV_GARBAGE', '花坛边垃圾堆放');
    const accepted = await act(worker, id, { action: 'accept' });
    expect(accepted.data).toMatchObject({ status: 'accepted', warning: 'green' });
    expect(await act(worker, id, { action: 'handle', note: '已清理完毕' })).toMatchObject({ status: 422, errorField: 'photos' });
    expect((await act(worker, id, { action: 'handle', note: '已清理完毕', photos: [await photo(t, worker)] })).data.status).toBe('handled');
    await p.call('POST', `/api/admin/events/${id}/actions`, { token: community1, body: { action: 'close' } });
    const rated = await act(resident, id, { action: 'evaluate', rating: 5, note: '处理很快' });
    expect(rated.data).toMatchObject({ status: 'evaluated', rating: 5, ratingComment: '处理很快' });
    const labels = rated.data.timeline.map((s: { actionLabel: string }) => s.actionLabel);
    expect(labels).toEqual(['提交', '自动分派', '签收', '处置完成', '核查办结', '评价']);
    expect(rated.data.timeline.every((s: { actor: string }) => !/demo|grid\d/.test(s.actor))).toBe(true);
    expect((await p.call('GET', `/api/admin/events/${id}/trail/verify`, { token: community1 })).data).toMatchObject({ ok: true, length: 6 });
  });

  it('two staff acting on the same version: exactly one wins, the other gets a clear conflict', async () => {
    const { id } = await reportAt(1, 8, 'ROAD_PARKING', '小区出入口违停堵路');
    const a = await p.staff('community1');
    const b = await p.staff('community1');
    const seen = await p.call('GET', `/api/admin/events/${id}`, { token: a });
    const [r1, r2] = await Promise.all([
      act(a, id, { action: 'accept', version: seen.data.version }, true),
      act(b, id, { action: 'accept', version: seen.data.version }, true),
    ]);
    const statuses = [r1.status, r2.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = r1.status === 409 ? r1 : r2;
    expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(loser.errorCode);
    expect(loser.errorMessage).toMatch(/刷新|当前状态/);
    const steps = await t.db.getRepository(EventAction).countBy({ eventId: id, action: 'accept' });
    expect(steps).toBe(1);
  });

  it('return and escalate carry a reason; escalation moves the event one level up', async () => {
    const { id, g, worker } = await reportAt(1, 9, 'SAFE_EBIKE', '地下室飞线充电');
    const esc = await act(worker, id, { action: 'escalate', note: '涉及多户，需社区协调' });
    expect(esc.data.status).toBe('escalated');
    const staffView = await p.call('GET', `/api/admin/events/${id}`, { token: community1 });
    expect(staffView.data).toMatchObject({ level: 2, target: { type: 'community', name: g.community.name } });
    // the community re-dispatches to the grid, the worker returns it as not theirs
    const back = await act(community1, id, { action: 'assign', target: { type: 'grid', id: g.grid.id } }, true);
    expect(back.data).toMatchObject({ status: 'assigned', level: 1 });
    const returned = await act(worker, id, { action: 'return', note: '不属于本网格' });
    expect(returned.data.status).toBe('returned');
    const other = await gridOf(t, 2, 1);
    const bad = await act(community1, id, { action: 'assign', target: { type: 'grid', id: other.grid.id } }, true);
    expect(bad).toMatchObject({ status: 422, errorField: 'target' });
  });

  it('once escalated to the street, the community no longer dispatches the event; the street does', async () => {
    const { id } = await reportAt(1, 13, 'ROAD_PARKING', '路口长期违停影响通行');
    expect((await act(community1, id, { action: 'escalate', note: '需街道协调交警' }, true)).data.status).toBe('escalated');
    const asCommunity = await p.call('GET', `/api/admin/events/${id}`, { token: community1 });
    expect(asCommunity.data.actions).toEqual([]);
    const street1 = await p.staff('street1');
    const asStreet = await p.call('GET', `/api/admin/events/${id}`, { token: street1 });
    expect(asStreet.data.actions).toEqual(expect.arrayContaining(['assign', 'reject', 'merge']));
    expect((await act(community1, id, { action: 'reject', note: '不处理' }, true)).status).toBe(403);
  });

  it('an unhappy reporter reopens once; a second reopen is refused', async () => {
    const { id, worker } = await reportAt(1, 10, 'ENV_GARBAGE', '垃圾房异味严重');
    await act(worker, id, { action: 'accept' });
    await act(worker, id, { action: 'handle', note: '已处理', photos: [await photo(t, worker)] });
    await act(community1, id, { action: 'close' }, true);
    expect(await act(resident, id, { action: 'reopen', note: '还是很臭', rating: 4 })).toMatchObject({ status: 409 });
    const reopened = await act(resident, id, { action: 'reopen', note: '根本没处理', rating: 1 });
    expect(reopened.data).toMatchObject({ status: 'reopened', reopenCount: 1 });
    await act(community1, id, { action: 'assign', target: { type: 'grid', id: (await gridOf(t, 1, 10)).grid.id } }, true);
    await act(worker, id, { action: 'accept' });
    await act(worker, id, { action: 'handle', note: '重新彻底清理', photos: [await photo(t, worker)] });
    await act(community1, id, { action: 'close' }, true);
    const again = await act(resident, id, { action: 'reopen', note: '还是不满意', rating: 1 });
    expect(again).toMatchObject({ status: 409, errorMessage: '每个事件只能申请重新办理一次' });
  });

  it('verification can fail (back to handling) and a dispatcher can reject an invalid report', async () => {
    const { id, worker } = await reportAt(1, 7, 'ENV_GARBAGE', '绿地里垃圾成堆');
    await act(worker, id, { action: 'accept' });
    await act(worker, id, { action: 'handle', note: '已处理', photos: [await photo(t, worker)] });
    expect(await act(community1, id, { action: 'reject_handling' }, true)).toMatchObject({ status: 422, errorField: 'note' });
    const back = await act(community1, id, { action: 'reject_handling', note: '现场仍有垃圾，请重新清理' }, true);
    expect(back.data.status).toBe('accepted');
    expect(back.data.actions).not.toContain('close');

    const street1 = await p.staff('street1');
    const outside = await p.report(resident, { categoryCode: 'ENV_GARBAGE', description: '区外的问题误报到这里', lng: 121.745, lat: 29.97 });
    expect(outside.data.status).toBe('submitted');
    const rejected = await act(street1, outside.data.id, { action: 'reject', note: '不属于本辖区，已告知来电人' }, true);
    expect(rejected.data).toMatchObject({ status: 'rejected', statusLabel: '不予受理' });
    const seen = await p.call('GET', `/api/events/${outside.data.id}`, { token: resident });
    expect(seen.data.timeline.at(-1)).toMatchObject({ actionLabel: '不予受理', note: '不属于本辖区，已告知来电人' });
    expect(await act(street1, outside.data.id, { action: 'assign', target: { type: 'street', id: 3 } }, true)).toMatchObject({ status: 409 });
  });

  it('merges a duplicate into the main event', async () => {
    const first = await reportAt(1, 11, 'FAC_LIGHT', '小区路灯不亮了');
    const dup = await reportAt(1, 11, 'FAC_LIGHT', '这里的路灯坏了');
    const street1 = await p.staff('street1');
    const merged = await act(street1, dup.id, { action: 'merge', mainEventId: first.id }, true);
    expect(merged.data).toMatchObject({ status: 'merged', mainEventId: first.id });
  });

  it('detects a tampered trail and names the step', async () => {
    const { id, worker } = await reportAt(1, 12, 'ENV_CLUTTER', '楼道杂物堆积');
    await act(worker, id, { action: 'accept' });
    expect((await p.call('GET', `/api/admin/events/${id}/trail/verify`, { token: community1 })).data.ok).toBe(true);
    await t.db.getRepository(EventAction).update({ eventId: id, seq: 2 }, { note: '被人改过的分派说明' });
    const check = await p.call('GET', `/api/admin/events/${id}/trail/verify`, { token: community1 });
    expect(check.data).toMatchObject({ ok: false, brokenAt: 2 });
    await t.db.getRepository(EventAction).delete({ eventId: id, seq: 3 });
    expect((await p.call('GET', `/api/admin/events/${id}/trail/verify`, { token: community1 })).data.ok).toBe(false);
  });

  it('the staff desk lists events in scope with filters and "mine"', async () => {
    const list = await p.call('GET', '/api/admin/events', { token: community1, query: { pageSize: 100 } });
    expect(list.data.total).toBeGreaterThan(3);
    expect(list.data.items.every((e: { community: { name: string } | null }) => e.community?.name === list.data.items[0].community.name)).toBe(true);
    const community2 = await p.staff('community2');
    const other = await p.call('GET', '/api/admin/events', { token: community2, query: { pageSize: 100 } });
    const ids = new Set(list.data.items.map((e: { id: number }) => e.id));
    expect(other.data.items.some((e: { id: number }) => ids.has(e.id))).toBe(false);
    const merged = await p.call('GET', '/api/admin/events', { token: community1, query: { status: 'merged' } });
    expect(merged.data.items.every((e: { status: string }) => e.status === 'merged')).toBe(true);
    const mine = await p.call('GET', '/api/events/mine', { token: resident });
    expect(mine.data.total).toBeGreaterThan(3);
  });
});
