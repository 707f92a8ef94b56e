/**
 * Report submission benchmark: sustained POST /api/events against the real server (built dist, MariaDB),
 * beside a bare node:http + mysql2 baseline that inserts one row per request, under the same load.
 *
 *   npm run build -w config && npm run build -w server
 *   cd server && node dist/bench/submit.bench.js
 *
 * In one run: recreate database linli_bench, start `node bootstrap.js` as a child (NODE_ENV=local with the
 * WeChat sandbox, DB_TYPE=mysql, LINLI_SEED_DEMO=1, LOG_LEVEL=warn, a free loopback port), log in the 20 demo
 * residents, warm up, then drive submissions at a fixed concurrency for a fixed time; then the same load
 * against the baseline (database linli_bench_base, table made with CREATE TABLE … LIKE linli_bench.event).
 * Afterwards the number of rows is checked against the number of 2xx answers (nothing lost, nothing doubled).
 *
 * Env: BENCH_SECONDS (20), BENCH_CONCURRENCY (32), BENCH_WARMUP_SECONDS (5), BENCH_POOL (10, both pools),
 * BENCH_CPU_PROF=1 (run the Linli server under --cpu-prof and print where its CPU goes; slows it down),
 * BENCH_KEEP_LOGS=1 (keep the child logs), BENCH_TIMEOUT_SECONDS (whole-run limit),
 * DB_HOST, DB_PORT, DB_USER, DB_PASSWORD (default 127.0.0.1, 3306, root, empty).
 * Exit code 1 when a database check fails or the run breaks, 2 when it runs out of time, 130 on Ctrl-C.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { performance } from 'perf_hooks';
import * as http from 'http';
import { execFileSync } from 'child_process';
import { createConnection, Connection, RowDataPacket } from 'mysql2/promise';
import { generateDistrict } from '../modules/region/demo-geography';
import { LoadRequest, LoadResult, newAgent, percentile, runLoad } from './submit/load';
import {
  ChildServer, cpuMs, findPidByComm, freePort, get, killAllChildrenNow, ownsListeningPort, resetPeakRss, sleep, statusKb, stopAllChildren,
} from './submit/proc';
import { summarise } from './submit/cpu-profile';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const POOL = Number(process.env.BENCH_POOL ?? 10);
const CPU_PROF = process.env.BENCH_CPU_PROF === '1';
const KEEP_LOGS = process.env.BENCH_KEEP_LOGS === '1' || CPU_PROF;
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_SECONDS ?? 300 + 4 * (SECONDS + WARMUP));
const RESIDENTS = 20;
const GRIDS_WANTED = 12;
const TARGET_RATIO = 0.4;
const REQUEST_TIMEOUT_MS = 30_000;
for (const [name, v] of Object.entries({ BENCH_SECONDS: SECONDS, BENCH_CONCURRENCY: CONCURRENCY, BENCH_WARMUP_SECONDS: WARMUP, BENCH_POOL: POOL, BENCH_TIMEOUT_SECONDS: TIMEOUT_S })) {
  if (!(v >= 0) || (name !== 'BENCH_WARMUP_SECONDS' && !(v > 0))) {
    console.error(`${name} must be a positive number, got ${process.env[name]}`);
    process.exit(1);
  }
}
const DB = {
  host: process.env.DB_HOST || '127.0.0.1',
  port: Number(process.env.DB_PORT || 3306),
  user: process.env.DB_USER || 'root',
  password: process.env.DB_PASSWORD || '',
};
const LINLI_DB = 'linli_bench';
const BASE_DB = 'linli_bench_base';
const SERVER_DIR = path.resolve(__dirname, '..', '..'); // dist/bench -> server/

const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a';
const line = (label: string, value: string): void => console.log(`  ${label.padEnd(36)} ${value}`);
const mib = (kb: number | null): string => (kb === null ? 'n/a' : `${fmt(kb / 1024, 1)} MiB`);

interface Location { lng: number; lat: number; grid: string }

interface PhaseFigures {
  rate: number;
  windowUs: [number, number]; // CLOCK_MONOTONIC µs of the measured phase (to cut the CPU profile)
  result: LoadResult;
  cpu: { server: number | null; db: number | null; generator: number };
}

interface Target {
  db: string;
  port: number;
  pid: number;
}

/* ---------------------------------------------------------------- requests */

const runId = `sb${randomBytes(5).toString('hex')}`; // idempotency keys of this run: <runId>-<n>
const DESCRIPTIONS = ['小区垃圾桶满溢，已经两天没人清运', '楼道堆放大量杂物，影响通行', '路边绿化带有建筑垃圾', '垃圾分类投放点异味严重'];

function makeRequestFactory(tokens: string[], locations: Location[]) {
  return (n: number, w: number): LoadRequest => {
    const loc = locations[n % locations.length];
    return {
      method: 'POST',
      path: '/api/events',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens[w % tokens.length]}`,
        'idempotency-key': `${runId}-${n}`,
      },
      body: JSON.stringify({ categoryCode: 'ENV_GARBAGE', description: `${DESCRIPTIONS[n % DESCRIPTIONS.length]}（第${n}次）`, lng: loc.lng, lat: loc.lat }),
    };
  };
}

/** One request through node:http with the whole answer parsed (for set-up and sanity checks). */
function call(port: number, r: LoadRequest): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(r.body, 'utf8');
    const req = http.request(
      { host: '127.0.0.1', port, method: r.method, path: r.path, agent: false, timeout: REQUEST_TIMEOUT_MS, headers: { ...r.headers, 'content-length': String(payload.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = text;
          try {
            json = JSON.parse(text);
          } catch {
            /* keep the text */
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(payload);
  });
}

/* ---------------------------------------------------------------- measuring */

let mariadbPid: number | null = null;

/**
 * Samples MariaDB's process list once a second during a phase: the longest statement of our database
 * (a stall shows up here with its state, e.g. a lock wait) and how busy the other databases were.
 */
class DbWatch {
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  ours = { ms: 0, state: '', info: '', maxActive: 0 };
  /** Transactions of our database that are open while their connection sits idle: the server holds them and waits. */
  idleTrx = { max: 0, oldestS: 0 };
  others = { ms: 0, db: '', maxActive: 0 };

  constructor(private admin: Connection, private db: string) {}

  start(): void {
    this.timer = setInterval(() => void this.sample(), 1000);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    while (this.busy) await sleep(20);
  }

  private async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const [rows] = await this.admin.query<RowDataPacket[]>(
        "SELECT DB AS db, TIME_MS AS ms, STATE AS state, LEFT(INFO, 100) AS info FROM information_schema.PROCESSLIST WHERE COMMAND NOT IN ('Sleep', 'Daemon') AND ID <> CONNECTION_ID()",
      );
      let ours = 0, others = 0;
      for (const r of rows) {
        const ms = Number(r.ms);
        if (r.db === this.db) {
          ours++;
          if (ms > this.ours.ms) this.ours = { ...this.ours, ms, state: String(r.state ?? ''), info: String(r.info ?? '').replace(/\s+/g, ' ') };
        } else {
          others++;
          if (ms > this.others.ms) this.others = { ...this.others, ms, db: String(r.db ?? '-') };
        }
      }
      const [[trx]] = await this.admin.query<RowDataPacket[]>(
        "SELECT COUNT(*) AS n, COALESCE(MAX(TIMESTAMPDIFF(SECOND, t.trx_started, NOW())), 0) AS s FROM information_schema.INNODB_TRX t " +
          "JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id WHERE p.DB = ? AND p.COMMAND = 'Sleep'",
        [this.db],
      );
      this.idleTrx = { max: Math.max(this.idleTrx.max, Number(trx.n)), oldestS: Math.max(this.idleTrx.oldestS, Number(trx.s)) };
      this.ours.maxActive = Math.max(this.ours.maxActive, ours);
      this.others.maxActive = Math.max(this.others.maxActive, others);
    } catch {
      /* a missed sample does not matter */
    } finally {
      this.busy = false;
    }
  }
}

interface Driven {
  warm: LoadResult;
  main: PhaseFigures;
  /** Request numbers (as given to make) that got no answer in either phase. */
  unanswered: number[];
}

/** Warm-up, then the measured phase, with CPU accounting of the server, MariaDB and this process. */
async function drive(t: Target, admin: Connection, make: (n: number, w: number) => LoadRequest, offset: number): Promise<Driven> {
  const agent = newAgent(CONCURRENCY);
  const base = { port: t.port, concurrency: CONCURRENCY, timeoutMs: REQUEST_TIMEOUT_MS };
  // MariaDB is shared with whatever else runs on the machine: note what it burns while we send nothing
  const b0 = mariadbPid ? cpuMs(mariadbPid) : null, bt = performance.now();
  await sleep(2000);
  const b1 = mariadbPid ? cpuMs(mariadbPid) : null;
  const dbBackground = b0 === null || b1 === null ? null : (b1 - b0) / (performance.now() - bt);
  const warmFrom = offset;
  const warm = await runLoad(agent, { ...base, seconds: WARMUP, make: (n, w) => make(warmFrom + n, w) });
  line('warm-up', `${fmt(warm.completed)} requests in ${fmt(warm.elapsedMs / 1000, 1)} s (${fmt(warm.ok)} 2xx, ${fmt(warm.errors)} errors)`);
  const mainFrom = warmFrom + warm.completed; // idempotency keys stay unique across phases

  const watch = new DbWatch(admin, t.db);
  watch.start();
  const s0 = cpuMs(t.pid), d0 = mariadbPid ? cpuMs(mariadbPid) : null, g0 = process.cpuUsage();
  const w0 = Number(process.hrtime.bigint() / 1000n);
  const result = await runLoad(agent, { ...base, seconds: SECONDS, make: (n, w) => make(mainFrom + n, w) });
  const w1 = Number(process.hrtime.bigint() / 1000n);
  const s1 = cpuMs(t.pid), d1 = mariadbPid ? cpuMs(mariadbPid) : null, g1 = process.cpuUsage(g0);
  await watch.stop();
  agent.destroy();
  const rate = result.ok / (result.elapsedMs / 1000);
  const per = (a: number | null, b: number | null) => (a === null || b === null || !result.completed ? null : (b - a) / result.completed);
  const cpu = { server: per(s0, s1), db: per(d0, d1), generator: (g1.user + g1.system) / 1000 / Math.max(1, result.completed) };

  const L = result.latencies;
  line('submissions / s (2xx)', `${fmt(rate)}   (${fmt(result.ok)} in ${fmt(result.elapsedMs / 1000, 2)} s)`);
  line('latency (ms)', `p50 ${fmt(percentile(L, 0.5), 1)}   p95 ${fmt(percentile(L, 0.95), 1)}   p99 ${fmt(percentile(L, 0.99), 1)}   max ${fmt(L[L.length - 1], 1)}`);
  line('errors (non-2xx or no answer)', `${fmt(result.errors)} of ${fmt(result.completed)}`);
  line('status codes', [...result.statuses].map(([k, v]) => `${k} × ${fmt(v)}`).join(', '));
  for (const e of result.errorSamples) line('  error sample', e.replace(/\s+/g, ' ').slice(0, 240));
  line('CPU per request (ms)', `server ${fmt(cpu.server ?? NaN, 3)}   MariaDB ${fmt(cpu.db ?? NaN, 3)}   load generator ${fmt(cpu.generator, 3)}`);
  const core = (perReq: number | null) => fmt(perReq === null ? NaN : (100 * perReq * result.completed) / result.elapsedMs, 0);
  line('CPU use (% of one core)', `server ${core(cpu.server)}   MariaDB ${core(cpu.db)} (${fmt(dbBackground === null ? NaN : 100 * dbBackground, 0)} before the load: ` +
    `other databases)   load generator ${core(cpu.generator)}`);
  const o = watch.ours, x = watch.others;
  line('MariaDB, our statements', `up to ${o.maxActive} running at once; longest seen ${fmt(o.ms)} ms${o.ms ? ` (${o.state || 'no state'}: ${o.info.slice(0, 90)})` : ''}`);
  line('MariaDB, our idle open transactions', `up to ${watch.idleTrx.max} at once; oldest seen ${watch.idleTrx.oldestS} s`);
  if (watch.idleTrx.oldestS >= 5) {
    line('STALL', `up to ${watch.idleTrx.max} of the ${POOL} pool connections sat in open transactions, idle for up to ${watch.idleTrx.oldestS} s: ` +
      'the server held them while waiting for something else (e.g. another pool connection)');
  }
  line('MariaDB, other databases', `up to ${x.maxActive} statements running at once${x.ms ? `; longest seen ${fmt(x.ms / 1000, 1)} s (${x.db})` : ''}`);
  const unanswered = [...warm.noAnswer.map((n) => warmFrom + n), ...result.noAnswer.map((n) => mainFrom + n)];
  return { warm, main: { rate, windowUs: [w0, w1], result, cpu }, unanswered };
}

/** How many of `keys` appear in `column` of `table` (in chunks, the list can be long). */
async function countKeys(admin: Connection, table: string, column: string, keys: string[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < keys.length; i += 500) {
    n += await count(admin, `SELECT COUNT(*) FROM ${table} WHERE \`${column}\` IN (?)`, [keys.slice(i, i + 500)]);
  }
  return n;
}

/** Waits (up to 15 s) until MariaDB runs no statement of `db` (after a server stopped mid-request). */
async function quiet(admin: Connection, db: string): Promise<void> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    if ((await count(admin, "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = ? AND COMMAND NOT IN ('Sleep', 'Daemon') AND ID <> CONNECTION_ID()", [db])) === 0) return;
    await sleep(200);
  }
}

/* ---------------------------------------------------------------- phases */

async function recreate(admin: Connection, db: string): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
  await admin.query(`CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
}

async function count(admin: Connection, sql: string, params: unknown[] = []): Promise<number> {
  const [rows] = await admin.query<RowDataPacket[]>(sql, params);
  return Number(Object.values(rows[0])[0]);
}

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(DB_|LINLI_|WECHAT_|LOG_|MIDWAY_|BENCH_)/.test(k) || k === 'NODE_ENV' || k === 'PORT' || k === 'HOST') continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Grid centres of the demo district spread over its 4 streets, kept where the server agrees they are in a grid. */
async function pickLocations(port: number): Promise<Location[]> {
  const grids = generateDistrict().grids;
  const step = Math.floor(grids.length / GRIDS_WANTED);
  const out: Location[] = [];
  for (let i = 0; i < grids.length && out.length < GRIDS_WANTED; i += step) {
    const c = grids[i].center;
    if (!c) continue;
    const r = await get(`http://127.0.0.1:${port}/api/geo/locate?lng=${c[0]}&lat=${c[1]}`, 5000);
    const g = r.status === 200 ? (JSON.parse(r.body) as { data: { grid?: { name: string } } | null }).data : null;
    if (g?.grid) out.push({ lng: c[0], lat: c[1], grid: g.grid.name });
  }
  return out;
}

interface Outcome { fig: PhaseFigures; ok: boolean; tokens: string[]; locations: Location[] }

async function benchLinli(admin: Connection, logDir: string): Promise<Outcome> {
  console.log(`\nLinli server (dist/bootstrap.js, NODE_ENV=local, database ${LINLI_DB})`);
  await recreate(admin, LINLI_DB);
  const port = await freePort();
  const logFile = path.join(logDir, 'linli-server.log');
  const profDir = path.join(logDir, 'cpu-prof');
  const args = CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`, 'bootstrap.js'] : ['bootstrap.js'];
  const env = childEnv({
    NODE_ENV: 'local',
    DB_TYPE: 'mysql',
    DB_HOST: DB.host,
    DB_PORT: String(DB.port),
    DB_USER: DB.user,
    DB_PASSWORD: DB.password,
    DB_NAME: LINLI_DB,
    DB_POOL: String(POOL),
    LINLI_SEED_DEMO: '1',
    LINLI_APP_KEYS: randomBytes(16).toString('hex'),
    LINLI_JWT_SECRET: randomBytes(32).toString('hex'),
    LINLI_DATA_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
    MIDWAY_LOGGER_WRITEABLE_DIR: logDir,
  });
  const t0 = performance.now();
  const server = new ChildServer('Linli server', args, { cwd: SERVER_DIR, env, logFile });
  try {
    await server.waitHealthy(`http://127.0.0.1:${port}/api/health`, 180_000);
    if (!ownsListeningPort(server.pid, port)) throw new Error(`port ${port} answers, but not from the server child (pid ${server.pid})`);
    line('started (migrations + demo seed)', `${fmt((performance.now() - t0) / 1000, 1)} s, pid ${server.pid}, port ${port}`);

    const tokens: string[] = [];
    for (let i = 1; i <= RESIDENTS; i++) {
      const r = await call(port, { method: 'POST', path: '/api/auth/wechat-login', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: `demo:demo-resident-${i}` }) });
      if (r.status !== 200 || !r.json?.data?.token) throw new Error(`login of demo-resident-${i}: HTTP ${r.status} ${JSON.stringify(r.json).slice(0, 200)}`);
      tokens.push(r.json.data.token as string);
    }
    line('residents logged in (sandbox)', `${tokens.length}`);

    const locations = await pickLocations(port);
    if (!locations.length) throw new Error('no demo grid found through /api/geo/locate — is the demo district seeded?');
    line('locations (grid centres)', `${locations.length}: ${locations.slice(0, 4).map((l) => l.grid).join(', ')}, …`);

    const make = makeRequestFactory(tokens, locations);
    const before = await count(admin, `SELECT COUNT(*) FROM \`${LINLI_DB}\`.event`);
    const first = await call(port, make(0, 0));
    if (first.status !== 201) throw new Error(`sanity submission: HTTP ${first.status} ${JSON.stringify(first.json).slice(0, 300)}`);
    const d = first.json.data;
    line('sanity submission', `201 ${d.no} ${d.status}, ${Array.isArray(d.timeline) ? d.timeline.length : '?'} trail steps, ${Buffer.byteLength(JSON.stringify(first.json))} bytes`);

    const idleKb = statusKb(server.pid, 'VmRSS'), startPeakKb = statusKb(server.pid, 'VmHWM');
    const reset = resetPeakRss(server.pid);
    const { warm, main, unanswered } = await drive({ db: LINLI_DB, port, pid: server.pid }, admin, make, 1);
    const loadPeakKb = statusKb(server.pid, 'VmHWM');
    line('peak RSS (VmHWM)', reset
      ? `${mib(loadPeakKb)} under load; ${mib(startPeakKb)} during start-up (demo seed), ${mib(idleKb)} idle before load`
      : `${mib(loadPeakKb)} since start (could not reset the mark for the load phase)`);

    // Requests we gave up on may still be running in the server: stop it, then the database is final.
    // Every 2xx (and every unanswered request that committed anyway) must be exactly one event and one
    // idempotency record of this run, and nothing else may exist.
    await server.stop(15_000);
    await quiet(admin, LINLI_DB);
    const answered = 1 + warm.ok + main.result.ok;
    const late = await countKeys(admin, `\`${LINLI_DB}\`.idempotency_record`, 'idem_key', unanswered.map((n) => `${runId}-${n}`));
    const expected = answered + late;
    const events = (await count(admin, `SELECT COUNT(*) FROM \`${LINLI_DB}\`.event`)) - before;
    const keys = await count(admin, `SELECT COUNT(*) FROM \`${LINLI_DB}\`.idempotency_record WHERE idem_key LIKE ?`, [`${runId}-%`]);
    const distinct = await count(admin, `SELECT COUNT(DISTINCT event_id) FROM \`${LINLI_DB}\`.idempotency_record WHERE idem_key LIKE ?`, [`${runId}-%`]);
    const replays = (warm.statuses.get('200') ?? 0) + (main.result.statuses.get('200') ?? 0);
    const ok = events === expected && keys === expected && distinct === expected && replays === 0;
    line('database check', `${fmt(events)} new events, ${fmt(keys)} idempotency records (${fmt(distinct)} distinct events) vs ${fmt(answered)} 2xx ` +
      `(1 sanity + ${fmt(warm.ok)} warm-up + ${fmt(main.result.ok)} measured)` +
      (unanswered.length ? ` + ${fmt(late)} of the ${fmt(unanswered.length)} unanswered requests that committed anyway` : '') +
      `, ${replays} replays: ${ok ? 'OK, nothing lost or duplicated' : 'MISMATCH'}`);

    if (CPU_PROF) {
      const prof = fs.existsSync(profDir) ? fs.readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')) : [];
      if (prof.length) {
        console.log('');
        for (const l of summarise(path.join(profDir, prof[0]), 20, main.windowUs)) console.log(`  ${l}`);
      } else line('CPU profile', 'not written (server did not exit cleanly?)');
    }
    return { fig: main, ok, tokens, locations };
  } catch (e) {
    console.error(`\nLinli server log (last lines, ${logFile}):\n${tail(logFile)}`);
    throw e;
  } finally {
    await server.stop(5000);
  }
}

async function benchBaseline(admin: Connection, logDir: string, tokens: string[], locations: Location[]): Promise<Outcome> {
  console.log(`\nBaseline (bare node:http + mysql2 pool of ${POOL}, one INSERT per report, database ${BASE_DB})`);
  await recreate(admin, BASE_DB);
  // same columns, types and secondary indexes as the real table
  await admin.query(`CREATE TABLE \`${BASE_DB}\`.event LIKE \`${LINLI_DB}\`.event`);
  const port = await freePort();
  const logFile = path.join(logDir, 'baseline-server.log');
  const env = childEnv({
    BASE_PORT: String(port), BASE_DB, BASE_POOL: String(POOL),
    DB_HOST: DB.host, DB_PORT: String(DB.port), DB_USER: DB.user, DB_PASSWORD: DB.password,
  });
  const server = new ChildServer('baseline server', [path.join(__dirname, 'submit', 'baseline-server.js')], { cwd: SERVER_DIR, env, logFile });
  try {
    await server.waitHealthy(`http://127.0.0.1:${port}/health`, 30_000);
    if (!ownsListeningPort(server.pid, port)) throw new Error(`port ${port} answers, but not from the baseline child (pid ${server.pid})`);
    line('started', `pid ${server.pid}, port ${port}`);
    const make = makeRequestFactory(tokens, locations);
    const first = await call(port, make(0, 0));
    if (first.status !== 201) throw new Error(`sanity submission: HTTP ${first.status} ${JSON.stringify(first.json).slice(0, 300)}`);
    line('sanity submission', `201 ${first.json.data.no}`);
    resetPeakRss(server.pid);
    const { warm, main, unanswered } = await drive({ db: BASE_DB, port, pid: server.pid }, admin, make, 1);
    line('peak RSS (VmHWM)', mib(statusKb(server.pid, 'VmHWM')));
    await server.stop(5000);
    await quiet(admin, BASE_DB);
    const answered = 1 + warm.ok + main.result.ok;
    // the baseline keeps the Idempotency-Key in route_reason, so late commits can be told apart
    const late = await countKeys(admin, `\`${BASE_DB}\`.event`, 'route_reason', unanswered.map((n) => `${runId}-${n}`));
    const rows = await count(admin, `SELECT COUNT(*) FROM \`${BASE_DB}\`.event`);
    const ok = rows === answered + late;
    line('database check', `${fmt(rows)} rows vs ${fmt(answered)} 2xx` +
      (unanswered.length ? ` + ${fmt(late)} of the ${fmt(unanswered.length)} unanswered requests that committed anyway` : '') +
      `: ${ok ? 'OK, nothing lost or duplicated' : 'MISMATCH'}`);
    return { fig: main, ok, tokens, locations };
  } catch (e) {
    console.error(`\nbaseline log (last lines, ${logFile}):\n${tail(logFile)}`);
    throw e;
  } finally {
    await server.stop(5000);
  }
}

/* ---------------------------------------------------------------- main */

function gitDescribe(): string {
  try {
    return execFileSync('git', ['-C', SERVER_DIR, 'describe', '--always', '--dirty'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  const cpu = os.cpus();
  console.log('Report submission benchmark (POST /api/events)');
  line('node / cpu', `${process.version} / ${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`);
  line('load average at start (1/5/15 min)', os.loadavg().map((x) => x.toFixed(2)).join(' '));
  line('source tree (git describe)', gitDescribe());
  line('concurrency / measured / warm-up', `${CONCURRENCY} / ${SECONDS} s / ${WARMUP} s, keep-alive, loopback`);

  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-bench-submit-'));
  const admin = await createConnection({ ...DB, charset: 'utf8mb4' });
  try {
    const [[v]] = await admin.query<RowDataPacket[]>('SELECT VERSION() AS v, @@innodb_flush_log_at_trx_commit AS f');
    mariadbPid = findPidByComm('mariadbd') ?? findPidByComm('mysqld');
    line('database', `${v.v} at ${DB.host}:${DB.port}, pool ${POOL}, innodb_flush_log_at_trx_commit=${v.f}${mariadbPid ? '' : ' (server pid not found: no DB CPU figures)'}`);

    const linli = await benchLinli(admin, logDir);
    // the baseline gets the same requests: same headers (it does not check the tokens), same places
    const base = await benchBaseline(admin, logDir, linli.tokens, linli.locations);

    const ratio = linli.fig.rate / base.fig.rate;
    console.log('\nSummary');
    line('Linli submissions / s', `${fmt(linli.fig.rate)}   p99 ${fmt(percentile(linli.fig.result.latencies, 0.99), 1)} ms`);
    line('baseline inserts / s', `${fmt(base.fig.rate)}   p99 ${fmt(percentile(base.fig.result.latencies, 0.99), 1)} ms`);
    line('Linli ÷ baseline', `${fmt(100 * ratio, 1)} %   (target ≥ ${TARGET_RATIO * 100} % of the baseline: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`);
    // less sensitive than the rates to how much of the shared machine each phase happened to get
    const both = (f: PhaseFigures) => (f.cpu.server === null || f.cpu.db === null ? NaN : f.cpu.server + f.cpu.db);
    line('CPU per request, server + MariaDB', `Linli ${fmt(both(linli.fig), 2)} ms, baseline ${fmt(both(base.fig), 2)} ms ` +
      `(baseline ÷ Linli ${fmt((100 * both(base.fig)) / both(linli.fig), 1)} %)`);
    line('database checks', linli.ok && base.ok ? 'both OK' : 'FAILED');
    if (KEEP_LOGS) line('logs', logDir);
    else fs.rmSync(logDir, { recursive: true, force: true });
    return linli.ok && base.ok ? 0 : 1;
  } finally {
    await admin.end();
  }
}

let finishing = false;
async function abort(code: number, why: string): Promise<void> {
  if (finishing) return;
  finishing = true;
  console.error(`\n${why}: stopping child processes`);
  await stopAllChildren(3000);
  process.exit(code);
}

process.on('exit', killAllChildrenNow);
process.once('SIGINT', () => void abort(130, 'interrupted'));
process.once('SIGTERM', () => void abort(143, 'terminated'));
setTimeout(() => void abort(2, `time limit of ${TIMEOUT_S} s reached (BENCH_TIMEOUT_SECONDS)`), TIMEOUT_S * 1000).unref();

main().then(
  (code) => {
    finishing = true;
    process.exit(code);
  },
  (e: Error) => {
    console.error(`\nbenchmark failed: ${e.stack ?? e.message}`);
    void abort(1, 'failed');
  },
);
