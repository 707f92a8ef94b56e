import { startApp } from '../app';
import { gridOf, people, T } from '../event/helpers';
import { Event } from '../../src/modules/event/event.entity';
import { EventAction } from '../../src/modules/event/event-action.entity';
import { Outbox } from '../../src/modules/notify/outbox.entity';
import { OutboxWorker } from '../../src/modules/notify/outbox.worker';
import { DeadlineJob } from '../../src/modules/event/deadline.job';
import { WechatClient } from '../../src/modules/wechat/wechat.client';
import { WechatSandboxController } from '../../src/modules/wechat/sandbox.controller';

describe('notifications, outbox and the deadline job', () => {
  let t: T;
  let p: ReturnType<typeof people>;
  let resident: string;
  beforeAll(async () => {
    t = await startApp();
    p = people(t);
    resident = await p.wechat('demo-resident-14');
    // the resident tapped "allow" on status updates often enough for every report below
    for (let i = 0; i < 12; i++) await allow(resident, 'TPL_EVENT_STATUS');
  });
  afterAll(async () => t?.stop());
  const get = <C>(c: new (...a: never[]) => C) => t.app.getApplicationContext().getAsync(c);
  /** Sends everything queued so far (a tick takes one batch). */
  const drain = async (w: OutboxWorker) => {
    while ((await w.tick()).sent > 0);
  };

  const allow = (token: string, ...accepted: string[]) => p.call('POST', '/api/messages/subscriptions', { token, body: { accepted } });

  /** A report in that grid; its worker signs in first and allows one new-task message. */
  async function report(communityNo: number, gridNo: number, description: string, loginWorker = true) {
    const g = await gridOf(t, communityNo, gridNo);
    const worker = loginWorker ? await p.wechat(g.workerOpenid) : '';
    if (worker) await allow(worker, 'TPL_NEW_TASK');
    const res = await p.report(resident, { categoryCode: 'ENV_GARBAGE', description, lng: g.lng, lat: g.lat });
    return { g, id: res.data.id as number, worker };
  }

  it('WeChat subscribe messages go only to those who allowed them, one per allow; the message centre reaches everyone', async () => {
    const g = await gridOf(t, 8, 1);
    const worker = await p.wechat(g.workerOpenid);
    const status = await p.call('GET', '/api/messages/subscriptions', { token: worker });
    expect(status.data.templates.map((x: { kind: string }) => x.kind)).toEqual(['status', 'reply', 'task']);
    expect(status.data.templates.find((x: { kind: string }) => x.kind === 'task')).toMatchObject({ templateId: 'TPL_NEW_TASK', title: '新任务提醒', remaining: 0 });
    const submit = async (d: string) => (await p.report(resident, { categoryCode: 'ENV_GARBAGE', description: d, lng: g.lng, lat: g.lat })).data.id as number;
    const taskRows = async (id: number) => t.db.getRepository(Outbox).countBy({ eventId: id, accountId: (await p.call('GET', '/api/me', { token: worker })).data.id, kind: 'task' });

    const first = await submit('路灯不亮已经三天了');
    expect(await taskRows(first)).toBe(0); // not allowed: in-app only
    expect((await p.call('GET', '/api/messages', { token: worker })).data.items[0]).toMatchObject({ eventId: first, title: '新的待办事件' });

    expect((await allow(worker, 'TPL_NEW_TASK')).data.templates.find((x: { kind: string }) => x.kind === 'task').remaining).toBe(1);
    const second = await submit('路边井盖松动有响声');
    expect(await taskRows(second)).toBe(1);
    const third = await submit('绿化带里有人乱倒建筑垃圾');
    expect(await taskRows(third)).toBe(0); // the one allow is spent
    expect((await p.call('GET', '/api/messages/subscriptions', { token: worker })).data.templates.find((x: { kind: string }) => x.kind === 'task').remaining).toBe(0);

    expect(await allow(worker, 'TPL_SOMETHING_ELSE')).toMatchObject({ status: 422, errorField: 'accepted' });
    expect(await p.call('POST', '/api/messages/subscriptions', { token: worker, body: { accepted: [] } })).toMatchObject({ status: 422, errorField: 'accepted' });
    expect((await p.call('GET', '/api/messages/subscriptions')).status).toBe(401);
  });

  it('the message centre: the worker hears of a new task, the reporter of status changes; nobody reads another\'s', async () => {
    const { id, worker } = await report(6, 1, '垃圾桶周边污水横流');
    const inbox = await p.call('GET', '/api/messages', { token: worker });
    expect(inbox.data.items[0]).toMatchObject({ title: '新的待办事件', eventId: id, read: false });
    expect(inbox.data.unread).toBeGreaterThan(0);
    await p.call('POST', `/api/events/${id}/actions`, { token: worker, body: { action: 'accept' } });
    const mine = await p.call('GET', '/api/messages', { token: resident });
    expect(mine.data.items.map((m: { title: string }) => m.title)).toContain('事件处置中');
    const stranger = await p.wechat('demo-resident-15');
    expect((await p.call('POST', `/api/messages/${inbox.data.items[0].id}/read`, { token: stranger })).status).toBe(404);
    expect((await p.call('POST', `/api/messages/${inbox.data.items[0].id}/read`, { token: worker })).data).toEqual({ read: true });
    const all = await p.call('POST', '/api/messages/read-all', { token: worker });
    expect((await p.call('GET', '/api/messages', { token: worker })).data.unread).toBe(0);
    expect(all.data.marked).toBeGreaterThanOrEqual(0);
    expect((await p.call('GET', '/api/messages')).status).toBe(401);
  });

  it('subscribe messages wait in the outbox while WeChat is down and go out once it is back', async () => {
    const worker = await get(OutboxWorker);
    await drain(worker); // what earlier steps queued
    const wx = await get(WechatClient);
    const saved = wx.cfg.apiBase;
    wx.cfg.apiBase = 'http://127.0.0.1:9';
    let pendingIds: number[] = [];
    try {
      const { id } = await report(6, 2, '小区门口垃圾满地', false);
      const r = await worker.tick();
      expect(r.sent).toBe(0);
      expect(r.failed).toBeGreaterThan(0);
      const rows = await t.db.getRepository(Outbox).findBy({ eventId: id });
      pendingIds = rows.map((x) => x.id);
      for (const row of rows) {
        expect(row).toMatchObject({ status: 'pending', attempts: 1 });
        expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
      }
    } finally {
      wx.cfg.apiBase = saved;
    }
    const before = WechatSandboxController.records.length;
    await worker.tick(new Date(Date.now() + 3600_000));
    const rows = await t.db.getRepository(Outbox).findByIds(pendingIds);
    expect(rows.every((x) => x.status === 'sent')).toBe(true);
    expect(WechatSandboxController.records.slice(before).filter((x) => x.path.endsWith('/subscribe/send')).length).toBe(rows.length);
  });

  it('two instances sending at once never send a message twice', async () => {
    const w1 = await get(OutboxWorker);
    await drain(w1);
    const w2 = Object.assign(Object.create(Object.getPrototypeOf(w1)), w1, { instance: 'second-instance' }) as OutboxWorker;
    for (let i = 0; i < 5; i++) await report(6, 3 + i, `第${i + 1}处垃圾堆放点需要清理`);
    const queued = await t.db.getRepository(Outbox).countBy({ status: 'pending' });
    expect(queued).toBeGreaterThanOrEqual(10);
    const before = WechatSandboxController.records.filter((x) => x.path.endsWith('/subscribe/send')).length;
    let total = 0;
    for (;;) {
      const [a, b] = await Promise.all([w1.tick(), w2.tick()]);
      if (a.sent + b.sent === 0) break;
      total += a.sent + b.sent;
    }
    const after = WechatSandboxController.records.filter((x) => x.path.endsWith('/subscribe/send')).length;
    expect(total).toBe(queued);
    expect(after - before).toBe(queued);
    expect(await t.db.getRepository(Outbox).countBy({ status: 'pending' })).toBe(0);
  });

  it('an overdue event turns red and is supervised exactly once, even with two instances ticking', async () => {
    const { id } = await report(7, 1, '楼道堆物堵塞消防通道');
    await t.db.getRepository(Event).update({ id }, { signDeadline: new Date(Date.now() - 60_000), stageStartedAt: new Date(Date.now() - 3 * 3600_000) });
    const job = await get(DeadlineJob);
    const [r1, r2] = await Promise.all([job.tick(), job.tick()]);
    expect(r1.marked + r2.marked).toBeGreaterThanOrEqual(1);
    const supervisions = await t.db.getRepository(EventAction).findBy({ eventId: id, action: 'supervise' });
    expect(supervisions).toHaveLength(1);
    expect(supervisions[0]).toMatchObject({ actorId: null, visibility: 'internal', note: '超过签收时限，系统自动督办' });
    await job.tick();
    expect(await t.db.getRepository(EventAction).countBy({ eventId: id, action: 'supervise' })).toBe(1);
    const community7 = await p.staff('community7');
    const view = await p.call('GET', `/api/admin/events/${id}`, { token: community7 });
    expect(view.data).toMatchObject({ overdue: true, warning: 'red' });
    // the level above (the community, for a grid's event) is told, once
    const bell = await p.call('GET', '/api/messages', { token: community7, query: { pageSize: 100 } });
    expect(bell.data.items.filter((m: { title: string; eventId: number }) => m.title === '超时督办' && m.eventId === id)).toHaveLength(1);
  });
});
