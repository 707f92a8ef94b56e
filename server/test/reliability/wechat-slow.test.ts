import { createServer, IncomingMessage, Server } from 'http';
import type { AddressInfo } from 'net';
import { In } from 'typeorm';
import { useApp } from '../app';
import { gridOf, people } from '../event/helpers';
import { Account } from '../../src/modules/account/account.entity';
import { Outbox } from '../../src/modules/notify/outbox.entity';
import { OutboxWorker } from '../../src/modules/notify/outbox.worker';
import { WechatClient } from '../../src/modules/wechat/wechat.client';

/** A WeChat stand-in that takes its time: every subscribe send is answered after `delayMs` (or never, if longer than the client waits). */
async function slowWechat() {
  const sent: { touser: string; no: string; title: string }[] = [];
  const state = { delayMs: 0 };
  const read = (req: IncomingMessage) => new Promise<string>((r) => {
    let s = '';
    req.on('data', (c) => (s += c)).on('end', () => r(s));
  });
  const server: Server = createServer(async (req, res) => {
    const body = JSON.parse((await read(req)) || '{}');
    if (req.url!.startsWith('/cgi-bin/stable_token')) return res.end(JSON.stringify({ access_token: 'slow-token', expires_in: 7200 }));
    await new Promise((r) => setTimeout(r, state.delayMs).unref());
    if (res.destroyed) return; // the client gave up waiting and closed the connection: taken as not delivered
    sent.push({ touser: body.touser, no: body.data?.character_string3?.value, title: body.data?.thing1?.value });
    res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sent, state, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

/**
 * notify.test.ts covers WeChat being down (connection refused). Here WeChat is slow: first slower than the
 * client waits, then slower than an outbox lease while two instances are sending.
 */
describe('WeChat slow: notifications wait in the outbox and each goes out once', () => {
  const t = useApp();
  let wx: WechatClient;
  let worker: OutboxWorker;
  let wechat: Awaited<ReturnType<typeof slowWechat>>;
  let saved: { apiBase: string; timeoutMs: number };
  let accounts: Account[];
  const tokens: string[] = [];

  beforeAll(async () => {
    wx = await t.app.getApplicationContext().getAsync(WechatClient);
    worker = await t.app.getApplicationContext().getAsync(OutboxWorker);
    wechat = await slowWechat();
    saved = { apiBase: wx.cfg.apiBase, timeoutMs: wx.cfg.timeoutMs };
    const p = people(t);
    for (let i = 1; i <= 3; i++) tokens.push(await p.wechat(`slow-wechat-${i}`));
    accounts = await t.db.getRepository(Account).findBy({ openid: In([1, 2, 3].map((i) => `slow-wechat-${i}`)) });
    // what other test files left queued (MariaDB runs share the database) goes to the sandbox first, as it would have
    while ((await worker.tick()).sent > 0);
    wx.cfg.apiBase = wechat.url;
  });
  afterAll(async () => {
    Object.assign(wx.cfg, saved);
    await wechat?.close();
  });

  /** Outbox rows as notify.service.ts writes them, for this file's accounts. */
  async function queue(n: number, tag: string) {
    const rows = Array.from({ length: n }, (_, i) => ({
      accountId: accounts[i % accounts.length].id, kind: 'status', eventId: null, nextAttemptAt: new Date(), status: 'pending' as const,
      payload: { template: 'TPL_EVENT_STATUS', page: 'pages/mine/index', title: `${tag}-${i}`, body: '事件处置中', no: `${tag}-${i}` },
    }));
    const ids = (await t.db.getRepository(Outbox).insert(rows as never)).identifiers.map((x) => x.id as number);
    return ids;
  }
  const rowsOf = (ids: number[]) => t.db.getRepository(Outbox).findBy({ id: In(ids) });

  it('a report is accepted while WeChat does not answer; its messages wait and go out once WeChat answers', async () => {
    wx.cfg.timeoutMs = 300;
    wechat.state.delayMs = 5000; // longer than the client waits
    const g = await gridOf(t, 3, 1);
    const started = Date.now();
    const r = await people(t).report(tokens[0], { categoryCode: 'ENV_GARBAGE', description: '微信很慢的时候上报的问题', lng: g.lng, lat: g.lat });
    expect(r.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(wx.cfg.timeoutMs + 2000);

    const ids = await queue(3, 'hang');
    await worker.tick();
    for (const row of await rowsOf(ids)) {
      expect(row).toMatchObject({ status: 'pending', attempts: 1, lockedBy: null });
      expect(row.lastError).toMatch(/微信服务暂时不可用/);
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    }
    expect(wechat.sent.filter((s) => s.no.startsWith('hang'))).toEqual([]);

    wechat.state.delayMs = 100; // slow, but answering
    wx.cfg.timeoutMs = 5000;
    await worker.tick(new Date(Date.now() + 3600_000));
    expect((await rowsOf(ids)).map((x) => x.status)).toEqual(['sent', 'sent', 'sent']);
    expect(wechat.sent.filter((s) => s.no.startsWith('hang'))).toHaveLength(3);
  });

  it('two instances, and a WeChat so slow that a batch outlasts its lease: every message still goes out exactly once', async () => {
    wx.cfg.timeoutMs = 5000;
    wechat.state.delayMs = 300;
    const second = Object.assign(Object.create(Object.getPrototypeOf(worker)), worker, { instance: 'second-instance' }) as OutboxWorker;
    const leases = [worker.leaseMs, second.leaseMs];
    // 8 sends of 300 ms take well over a lease of 1.5 s (MySQL keeps lease times to the second: not shorter)
    worker.leaseMs = second.leaseMs = 1500;
    try {
      const ids = await queue(8, 'lease');
      const one = worker.tick();
      await new Promise((r) => setTimeout(r, 1600)); // the first instance is still sending its batch; its lease ran out
      const two = second.tick();
      await Promise.all([one, two]);
      for (let i = 0; i < 5 && (await worker.tick()).sent + (await second.tick()).sent > 0; i++);
      const sends = wechat.sent.filter((s) => s.no.startsWith('lease')).map((s) => s.no).sort();
      expect(sends).toEqual((await rowsOf(ids)).map((x) => x.payload.no).sort());
      expect((await rowsOf(ids)).every((x) => x.status === 'sent' && x.attempts === 1)).toBe(true);
    } finally {
      [worker.leaseMs, second.leaseMs] = leases;
    }
  });
});
