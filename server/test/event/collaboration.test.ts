import { startApp } from '../app';
import { gridOf, people, T } from './helpers';
import { Event } from '../../src/modules/event/event.entity';
import { Account } from '../../src/modules/account/account.entity';

describe('replies, notes, supervision, reminders, duplicates, nearby map, routing rules', () => {
  let t: T;
  let p: ReturnType<typeof people>;
  let resident: string;
  let neighbour: string;
  let community1: string;
  beforeAll(async () => {
    t = await startApp();
    p = people(t);
    resident = await p.wechat('demo-resident-11');
    neighbour = await p.wechat('demo-resident-12');
    community1 = await p.staff('community1');
  });
  afterAll(async () => t?.stop());

  async function report(token: string, communityNo: number, gridNo: number, categoryCode: string, description: string, extra = {}) {
    const g = await gridOf(t, communityNo, gridNo);
    const res = await p.report(token, { categoryCode, description, lng: g.lng, lat: g.lat, ...extra });
    return { g, ...res.data };
  }

  it('a public reply reaches the reporter; an internal note never does', async () => {
    const e = await report(resident, 1, 13, 'ENV_AD', '电线杆上贴满小广告');
    const reply = await p.call('POST', `/api/admin/events/${e.id}/comments`, { token: community1, body: { kind: 'reply', note: '已安排清理，感谢反映' } });
    expect(reply.status).toBe(200);
    await p.call('POST', `/api/admin/events/${e.id}/comments`, { token: community1, body: { kind: 'note', note: '上次清理后又被贴，需联系城管' } });
    const own = await p.call('GET', `/api/events/${e.id}`, { token: resident });
    const notes = own.data.timeline.map((s: { note: string }) => s.note);
    expect(notes).toContain('已安排清理，感谢反映');
    expect(JSON.stringify(own.data)).not.toContain('需联系城管');
    const staff = await p.call('GET', `/api/admin/events/${e.id}`, { token: community1 });
    expect(staff.data.timeline.find((s: { action: string }) => s.action === 'note')).toMatchObject({ visibility: 'internal' });
    const empty = await p.call('POST', `/api/admin/events/${e.id}/comments`, { token: community1, body: { kind: 'reply', note: '  ' } });
    expect(empty).toMatchObject({ status: 422, errorField: 'note' });
  });

  it('only dispatchers supervise; the grid worker cannot', async () => {
    const e = await report(resident, 1, 14, 'ENV_GARBAGE', '公园角落垃圾无人管');
    const row = await t.db.getRepository(Event).findOneByOrFail({ id: e.id });
    const assignee = await t.db.getRepository(Account).findOneByOrFail({ id: row.assigneeId! });
    const worker = await p.staff(assignee.username!);
    const denied = await p.call('POST', `/api/admin/events/${e.id}/comments`, { token: worker, body: { kind: 'supervise', note: '快点' } });
    expect(denied).toMatchObject({ status: 403, errorMessage: '只有上级指挥人员可以督办' });
    const street1 = await p.staff('street1');
    const ok = await p.call('POST', `/api/admin/events/${e.id}/comments`, { token: street1, body: { kind: 'supervise', note: '请今日内处理完毕' } });
    expect(ok.data.timeline.at(-1)).toMatchObject({ action: 'supervise', actionLabel: '督办', visibility: 'internal' });
  });

  it('a reporter reminds at most once a day; strangers cannot remind', async () => {
    const e = await report(resident, 1, 15, 'FAC_GREEN', '绿化带树木倒伏挡路');
    expect((await p.call('POST', `/api/events/${e.id}/remind`, { token: neighbour })).status).toBeGreaterThanOrEqual(403);
    const first = await p.call('POST', `/api/events/${e.id}/remind`, { token: resident });
    expect(first.data.timeline.at(-1)).toMatchObject({ action: 'remind', actionLabel: '催办' });
    const second = await p.call('POST', `/api/events/${e.id}/remind`, { token: resident });
    expect(second).toMatchObject({ status: 429, errorMessage: '今天已经催办过了，明天再试' });
  });

  it('the nearby map shows public reports without personal data, and hides private ones', async () => {
    const pub = await report(resident, 2, 5, 'ROAD_DAMAGE', '路面塌陷一个大坑');
    const priv = await report(resident, 2, 5, 'DISPUTE_NEIGHBOR', '邻居装修纠纷私下反映', { isPublic: false });
    const near = await p.call('GET', '/api/events/nearby', { token: neighbour, query: { lng: pub.g.lng, lat: pub.g.lat, radius: 200 } });
    const ids = near.data.map((x: { id: number }) => x.id);
    expect(ids).toContain(pub.id);
    expect(ids).not.toContain(priv.id);
    const item = near.data.find((x: { id: number }) => x.id === pub.id);
    expect(Object.keys(item).sort()).toEqual(['category', 'createdAt', 'description', 'id', 'lat', 'lng', 'metres', 'no', 'status', 'statusLabel']);
    expect((await p.call('GET', '/api/events/nearby', { token: neighbour, query: { lng: pub.g.lng, lat: pub.g.lat, radius: 99999 } })).errorField).toBe('radius');
  });

  it('offers duplicates (same category, 50 m, 72 h); "me too" and merging make followers', async () => {
    const first = await report(resident, 3, 3, 'FAC_LIGHT', '单元门口路灯不亮');
    const similar = await p.call('GET', '/api/events/similar', { token: neighbour, query: { categoryCode: 'FAC_LIGHT', lng: first.g.lng + 0.0002, lat: first.g.lat } });
    expect(similar.data.map((x: { id: number }) => x.id)).toContain(first.id);
    const far = await p.call('GET', '/api/events/similar', { token: neighbour, query: { categoryCode: 'FAC_LIGHT', lng: first.g.lng + 0.002, lat: first.g.lat } });
    expect(far.data.map((x: { id: number }) => x.id)).not.toContain(first.id);

    const meToo = await p.call('POST', `/api/events/${first.id}/follow`, { token: neighbour });
    expect(meToo.data).toMatchObject({ following: true, followers: 1 });
    expect((await p.call('POST', `/api/events/${first.id}/follow`, { token: neighbour })).data.followers).toBe(1);
    const mine = await p.call('GET', '/api/events/mine', { token: neighbour });
    expect(mine.data.items.map((x: { id: number }) => x.id)).toContain(first.id);
    const asFollower = await p.call('GET', `/api/events/${first.id}`, { token: neighbour });
    expect(asFollower.data).toMatchObject({ relation: 'follower', actions: [] });
    const asReporter = await p.call('GET', `/api/events/${first.id}`, { token: resident });
    expect(asReporter.data).toMatchObject({ relation: 'reporter', actions: ['remind'] });
    const ownSimilar = await p.call('GET', '/api/events/similar', { token: resident, query: { categoryCode: 'FAC_LIGHT', lng: first.g.lng, lat: first.g.lat } });
    expect(ownSimilar.data.map((x: { id: number }) => x.id)).not.toContain(first.id);

    const third = await p.wechat('demo-resident-13');
    const dup = await report(third, 3, 3, 'FAC_LIGHT', '这里路灯坏了好几天');
    const street = await p.staff('street1');
    const dups = await p.call('GET', `/api/admin/events/${dup.id}/duplicates`, { token: street });
    expect(dups.data.map((x: { id: number }) => x.id)).toContain(first.id);
    await p.call('POST', `/api/admin/events/${dup.id}/actions`, { token: street, body: { action: 'merge', mainEventId: first.id } });
    const thirdMine = await p.call('GET', '/api/events/mine', { token: third });
    expect(thirdMine.data.items.map((x: { id: number }) => x.id)).toEqual(expect.arrayContaining([first.id, dup.id]));
  });

  describe('routing rules', () => {
    it('denied: community staff cannot edit rules; bad rules name the field', async () => {
      const body = { name: '测试', priority: 1, level: 2 };
      expect((await p.call('POST', '/api/admin/routing-rules', { token: community1, body })).status).toBe(403);
      const district = await p.staff('district');
      expect(await p.call('POST', '/api/admin/routing-rules', { token: district, body: { ...body, categoryCodes: ['NOPE'] } })).toMatchObject({ status: 422, errorField: 'categoryCodes' });
      expect(await p.call('POST', '/api/admin/routing-rules', { token: district, body: { ...body, level: 5 } })).toMatchObject({ status: 422, errorField: 'level' });
    });

    it('a keyword rule takes over routing, the preview shows it, and the event records which rule sent it', async () => {
      const district = await p.staff('district');
      const depts = await p.call('GET', '/api/admin/departments', { token: district });
      const fire = depts.data.find((d: { code: string }) => d.code === 'EMERGENCY');
      const rule = await p.call('POST', '/api/admin/routing-rules', {
        token: district,
        body: { name: '燃气泄漏直派应急局', priority: 1, categoryCodes: ['OTHER'], keywords: ['燃气', '煤气'], level: 4, departmentId: fire.id },
      });
      expect(rule.status).toBe(200);
      const g = await gridOf(t, 4, 4);
      const preview = await p.call('POST', '/api/admin/routing-rules/preview', {
        token: district, body: { categoryCode: 'OTHER', lng: g.lng, lat: g.lat, description: '楼道里有燃气味' },
      });
      expect(preview.data).toMatchObject({ ruleId: rule.data.id, level: 4, targetType: 'department', targetName: '应急管理局' });
      const plain = await p.call('POST', '/api/admin/routing-rules/preview', { token: district, body: { categoryCode: 'OTHER', lng: g.lng, lat: g.lat, description: '其他问题' } });
      expect(plain.data).toMatchObject({ ruleId: null, level: 2, targetType: 'community' });

      const e = await report(resident, 4, 4, 'OTHER', '楼道里闻到煤气味很危险');
      const row = await t.db.getRepository(Event).findOneByOrFail({ id: e.id });
      expect(row).toMatchObject({ routeRuleId: rule.data.id, targetType: 'department', targetDepartmentId: fire.id });
      expect(row.routeReason).toContain('燃气泄漏直派应急局');
      await p.call('DELETE', `/api/admin/routing-rules/${rule.data.id}`, { token: district });
    });
  });

  it('canned replies: defaults for everyone, own ones scoped', async () => {
    const list = await p.call('GET', '/api/admin/canned-replies', { token: community1 });
    expect(list.data.length).toBeGreaterThanOrEqual(4);
    const added = await p.call('POST', '/api/admin/canned-replies', { token: community1, body: { text: '社区已联系物业处理。' } });
    const community2 = await p.staff('community2');
    const theirs = await p.call('GET', '/api/admin/canned-replies', { token: community2 });
    expect(theirs.data.map((r: { id: number }) => r.id)).not.toContain(added.data.id);
    expect((await p.call('DELETE', `/api/admin/canned-replies/${added.data.id}`, { token: community2 })).status).toBe(404);
  });
});
