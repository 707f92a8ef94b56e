import { randomUUID } from 'crypto';
import { MidwayWebRouterService } from '@midwayjs/core';
import { useApp } from '../app';
import { makeJpeg } from '../media/helpers';
import { ACTORS, ActorKey, buildWorld, Place, World } from './authz/world';
import { MATRIX, Row } from './authz/matrix';

/**
 * Every route × every actor × an object inside and outside the actor's reach, over HTTP against the real
 * app, from the table in authz/matrix.ts. The route list comes from Midway's router at runtime, so a new
 * route cannot ship without a row.
 */
type Expect = 'ok' | number;
const MATRIX_FILE = 'test/platform/authz/matrix.ts';
/** Actors whose scope holds community 16, where the "other" event lives. */
const SEES_EVERYTHING: ActorKey[] = ['dept', 'district', 'admin'];

function cells(row: Row): Record<ActorKey, { own: Expect; other: Expect }> {
  const words = row.who.trim().split(/\s+/);
  if (words.length !== ACTORS.length) throw new Error(`${row.route}: ${words.length} cells, expected ${ACTORS.length} (${ACTORS.join(' ')})`);
  const parse = (s: string): Expect => {
    if (s === 'ok') return 'ok';
    if (!/^\d{3}$/.test(s)) throw new Error(`${row.route}: bad cell "${s}"`);
    return Number(s);
  };
  return Object.fromEntries(ACTORS.map((a, i) => {
    const [own, other] = words[i].split('/');
    const o = parse(own);
    return [a, { own: o, other: other ? parse(other) : o === 'ok' ? 404 : o }];
  })) as Record<ActorKey, { own: Expect; other: Expect }>;
}

describe('authorization matrix', () => {
  const t = useApp();
  let w: World;
  let jpeg: Buffer;
  beforeAll(async () => {
    w = await buildWorld(t);
    jpeg = await makeJpeg({ width: 16, height: 16 });
  }, 120_000);

  async function send(row: Row, actor: ActorKey, obj: number | Place | undefined) {
    const [method, pattern] = row.route.split(' ');
    const url = new URL(t.base + pattern.replace(':id', String(obj)));
    for (const [k, v] of Object.entries(row.query?.(obj, w) ?? {})) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = {};
    const token = w.tokens[actor];
    if (token) headers.authorization = `Bearer ${token}`;
    if (row.idem) headers['idempotency-key'] = randomUUID();
    let body: BodyInit | undefined;
    if (row.upload) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'matrix.jpg');
      body = form;
    } else if (row.body) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(row.body(obj, w));
    }
    const res = await fetch(url, { method, headers, body });
    const isJson = (res.headers.get('content-type') ?? '').includes('json');
    const text = isJson ? await res.text() : `<${(await res.arrayBuffer()).byteLength} bytes ${res.headers.get('content-type')}>`;
    return { status: res.status, text, json: isJson ? JSON.parse(text) : null };
  }

  /** One cell: the request, then what must hold of its answer. Returns the problems found. */
  async function probe(row: Row, actor: ActorKey, side: 'own' | 'other', obj: number | Place | undefined, expected: Expect): Promise<string[]> {
    const refused = expected !== 'ok' && expected >= 400;
    const before = refused && row.unchanged ? await row.unchanged(w) : 0;
    const r = await send(row, actor, obj);
    const where = `${actor} ${row.obj ? `${side} ${row.obj} ${JSON.stringify(obj)}` : ''}`.trim();
    const got = `${r.status}${r.json?.errorCode ? ` ${r.json.errorCode}` : ''}${r.json?.errorMessage ? ` ${r.json.errorMessage}` : ''}`;
    const problems: string[] = [];
    const allowed = expected === 'ok' ? (row.ok ?? [200, 201]).includes(r.status) : r.status === expected;
    if (!allowed) problems.push(`${where}: expected ${expected === 'ok' ? (row.ok ?? [200, 201]).join('/') : expected}, got ${got}`);
    if (r.status >= 400 && r.json && (r.json.success !== false || (r.json.data !== undefined && r.json.data !== null))) {
      problems.push(`${where}: a refusal (${r.status}) carries data: ${r.text.slice(0, 200)}`);
    }
    if (r.status === 404 && !row.devOnly && r.json?.errorCode !== 'NOT_FOUND') problems.push(`${where}: 404 must be NOT_FOUND, got ${got}`);
    if (!row.devOnly && r.status < 300) {
      if (!SEES_EVERYTHING.includes(actor) && r.text.includes(w.e16No)) problems.push(`${where}: the answer contains event ${w.e16No}, which lies outside this actor's reach`);
      if (/session_?key/i.test(r.text)) problems.push(`${where}: the answer mentions a WeChat session key`);
    }
    if (refused && row.unchanged && (await row.unchanged(w)) !== before) problems.push(`${where}: refused (${r.status}) but something was written`);
    return problems;
  }

  async function check(row: Row): Promise<string[]> {
    const expect = cells(row);
    const probes: (() => Promise<string[]>)[] = [];
    for (const a of ACTORS) {
      const pair = row.obj ? await w.objects[row.obj](a) : {};
      probes.push(() => probe(row, a, 'own', pair.own, expect[a].own));
      if (row.obj && pair.other !== undefined) probes.push(() => probe(row, a, 'other', pair.other, expect[a].other));
    }
    // small parallel groups keep the suite fast; rows that write the same object or count rows go one by one
    const width = row.serial || row.unchanged ? 1 : 6;
    const problems: string[] = [];
    for (let i = 0; i < probes.length; i += width) {
      for (const p of await Promise.all(probes.slice(i, i + width).map((f) => f()))) problems.push(...p);
    }
    return problems;
  }

  it(`has one row in ${MATRIX_FILE} for every route the server registers, and no row for a route it does not`, async () => {
    const router = await t.app.getApplicationContext().getAsync(MidwayWebRouterService);
    const routes = (await router.getFlattenRouterTable()).map((r) => `${r.requestMethod.toUpperCase()} ${r.fullUrl}`);
    const rows = MATRIX.map((r) => r.route);
    const missing = routes.filter((r) => !rows.includes(r));
    const stale = rows.filter((r) => !routes.includes(r));
    const twice = rows.filter((r, i) => rows.indexOf(r) !== i);
    const problems = [
      ...missing.map((r) => `route without a row: ${r} (add it to ${MATRIX_FILE} with the expectation for every actor)`),
      ...stale.map((r) => `row for a route the server does not have: ${r}`),
      ...twice.map((r) => `two rows for ${r}`),
    ];
    if (problems.length) throw new Error(problems.join('\n'));
    MATRIX.forEach(cells); // every row has a well-formed cell per actor
  });

  // rows that end sessions or accounts run last
  for (const row of [...MATRIX.filter((r) => !r.last), ...MATRIX.filter((r) => r.last)]) {
    it(row.route, async () => {
      const problems = await check(row);
      if (row.last) await w.login();
      if (problems.length) throw new Error(`${row.route}\n  ${problems.join('\n  ')}`);
    });
  }
});
