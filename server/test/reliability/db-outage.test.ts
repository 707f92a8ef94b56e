import { randomUUID } from 'crypto';
import { createConnection } from 'mysql2/promise';
import { In } from 'typeorm';
import { useApp } from '../app';
import { gridOf, people } from '../event/helpers';
import { TcpProxy } from './tcp-proxy';
import { Account } from '../../src/modules/account/account.entity';
import { Event } from '../../src/modules/event/event.entity';
import { IdempotencyRecord } from '../../src/modules/event/idempotency-record.entity';

const DB = 'linli_test_fault';
const CLIENTS = 8;
const REPORTS_EACH = 10;
const OUTAGE_MS = 3000;

/** One submission as the mini-program makes it: one Idempotency-Key, retried until the server accepts it. */
interface Submission { key: string; attempts: string[]; accepted?: { status: number; eventId: number }; gaveUp?: string }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The database goes away in the middle of a burst of report submissions: every open connection is reset
 * and new ones are refused for a few seconds (through a TCP proxy; MariaDB itself keeps running), then it
 * comes back. Clients retry with the same Idempotency-Key, as the mini-program does. Afterwards every
 * submission has been accepted, each is stored exactly once, and the server answers again without a restart.
 */
(process.env.DB_TYPE === 'mysql' ? describe : describe.skip)(
  `database outage during report submissions${process.env.DB_TYPE === 'mysql' ? '' : ' (skipped: MariaDB only — run with DB_TYPE=mysql; embedded SQLite has no connection to lose)'}`,
  () => {
    const proxy = new TcpProxy({ host: process.env.DB_HOST || '127.0.0.1', port: Number(process.env.DB_PORT || 3306) });
    beforeAll(async () => {
      const c = await createConnection({ host: process.env.DB_HOST || '127.0.0.1', port: Number(process.env.DB_PORT || 3306), user: process.env.DB_USER || 'root', password: process.env.DB_PASSWORD || '' });
      await c.query(`DROP DATABASE IF EXISTS \`${DB}\``);
      await c.query(`CREATE DATABASE \`${DB}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await c.end();
      process.env.DB_NAME = DB;
      process.env.DB_PORT = String(await proxy.start());
    });
    const t = useApp(); // starts after the proxy: the app's pool connects through it
    afterAll(() => proxy.close());

    async function submit(token: string, body: object, s: Submission, deadline: number) {
      for (;;) {
        try {
          const res = await fetch(`${t.base}/api/events`, {
            method: 'POST', signal: AbortSignal.timeout(15_000),
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': s.key },
            body: JSON.stringify(body),
          });
          const json = await res.json().catch(() => ({}));
          s.attempts.push(`${res.status}${json.errorCode ? ` ${json.errorCode}` : ''}`);
          if (res.status === 200 || res.status === 201) {
            s.accepted = { status: res.status, eventId: json.data.id };
            return;
          }
          // a 4xx is final for the mini-program (401 even signs the user out): only 5xx is worth a retry
          if (res.status < 500) {
            s.gaveUp = `${res.status} ${json.errorCode} ${json.errorMessage}`;
            return;
          }
        } catch (err) {
          s.attempts.push(`network: ${(err as Error).message}`);
        }
        if (Date.now() > deadline) {
          s.gaveUp = 'deadline';
          return;
        }
        await sleep(100 + Math.random() * 200);
      }
    }

    it('accepts every submission exactly once across the outage and recovers without a restart', async () => {
      const p = people(t);
      const places = await Promise.all([1, 5, 9, 13].map((c) => gridOf(t, c, 2)));
      const tokens = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => p.wechat(`fault-resident-${i + 1}`)));
      const submissions: Submission[][] = tokens.map(() => Array.from({ length: REPORTS_EACH }, () => ({ key: randomUUID(), attempts: [] })));
      const deadline = Date.now() + 60_000;

      const clients = tokens.map(async (token, i) => {
        for (const [j, s] of submissions[i].entries()) {
          const g = places[(i + j) % places.length];
          await submit(token, { categoryCode: 'ENV_GARBAGE', description: `故障演练：第${i + 1}位居民的第${j + 1}条反映`, lng: g.lng, lat: g.lat }, s, deadline);
        }
      });

      // the outage, once the burst is under way
      const all = submissions.flat();
      while (all.filter((s) => s.accepted).length < CLIENTS * 2) await sleep(20);
      const acceptedBefore = all.filter((s) => s.accepted).length;
      proxy.cut();
      const cutAt = Date.now();
      const healthDuring = await fetch(`${t.base}/api/health`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.status, () => 'no answer');
      await sleep(OUTAGE_MS - (Date.now() - cutAt));
      proxy.restore();
      await Promise.all(clients);

      const healthAfter = await fetch(`${t.base}/api/health`).then(async (r) => ({ status: r.status, body: await r.json() }));
      const failedAttempts = all.flatMap((s) => s.attempts.filter((a) => !/^20[01]$/.test(a)));
      const report = `outage ${OUTAGE_MS} ms after ${acceptedBefore} accepted; ${proxy.refused} connections refused; ${failedAttempts.length} failed attempts retried: ${[...new Set(failedAttempts)].join(', ')}`;

      if (process.env.LINLI_FAULT_REPORT) process.stderr.write(`${report}\n`);
      // every submission accepted, none given up (a 401 or 4xx during an outage would lose the report)
      expect({ report, gaveUp: all.filter((s) => s.gaveUp).map((s) => `${s.key}: ${s.gaveUp} after ${s.attempts.join(' → ')}`) }).toEqual({ report, gaveUp: [] });
      expect(failedAttempts.length).toBeGreaterThan(0); // the outage did hit requests
      expect(healthDuring).toBe(503);
      expect(healthAfter).toMatchObject({ status: 200, body: { data: { status: 'ok', db: 'ok' } } });

      // stored exactly once: one idempotency record and one event per key, the event every 2xx answer named
      const residents = await t.db.getRepository(Account).findBy({ openid: In(tokens.map((_, i) => `fault-resident-${i + 1}`)) });
      const ids = residents.map((a) => a.id);
      const records = await t.db.getRepository(IdempotencyRecord).findBy({ accountId: In(ids) });
      const events = await t.db.getRepository(Event).findBy({ reporterId: In(ids) });
      expect(records).toHaveLength(all.length);
      expect(events).toHaveLength(all.length);
      const byKey = new Map(records.map((r) => [r.idemKey, r.eventId]));
      expect(all.filter((s) => byKey.get(s.key) !== s.accepted?.eventId).map((s) => s.key)).toEqual([]);
      expect(new Set(events.map((e) => e.id))).toEqual(new Set(byKey.values()));

      // and new work goes through at once on the pool the outage emptied
      const after = await p.report(tokens[0], { categoryCode: 'ENV_GARBAGE', description: '故障演练：恢复之后的新反映', lng: places[0].lng, lat: places[0].lat });
      expect(after.status).toBe(201);
    }, 120_000);
  },
);
