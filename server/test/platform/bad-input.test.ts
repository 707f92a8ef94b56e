import { In, Like } from 'typeorm';
import { gzipSync } from 'zlib';
import { useApp } from '../app';
import { gridOf, people } from '../event/helpers';
import { ownStaff } from './accounts';
import { Account } from '../../src/modules/account/account.entity';
import { Region } from '../../src/modules/region/region.entity';
import { Event } from '../../src/modules/event/event.entity';
import { EventAction } from '../../src/modules/event/event-action.entity';
import { IdempotencyRecord } from '../../src/modules/event/idempotency-record.entity';
import { Media } from '../../src/modules/media/media.entity';
import { RoutingRule } from '../../src/modules/event/routing-rule.entity';
import { CannedReply } from '../../src/modules/event/canned-reply.entity';
import { Message } from '../../src/modules/notify/message.entity';

// a small upload limit for this file, so "too large" costs 300 KB instead of 10 MB (the 10 MB default: media/photos.test.ts)
process.env.LINLI_MEDIA_MAX_BYTES = String(256 * 1024);

type Who = 'anon' | 'resident' | 'street' | 'district';
interface Case {
  /** What is wrong with the request. */
  name: string;
  method?: string;
  path: string;
  who?: Who;
  /** A JSON body (serialised here), or raw bytes / text sent as they are. */
  json?: unknown;
  raw?: string | Buffer | FormData;
  query?: Record<string, unknown> | string;
  headers?: Record<string, string>;
  /** Expected status and, for a field, its name in errorField. */
  status: number;
  field?: string;
  code?: string;
}

const KEY = { 'idempotency-key': 'bad-input-0001' };
const LONG = (n: number, ch = '长') => ch.repeat(n);
const SQL = ["' OR '1'='1", '1; DROP TABLE event; --', "admin'--", '1 UNION SELECT password_hash FROM account'];

/**
 * Malformed, mistyped, oversized, wrongly encoded and hostile requests: each gets a 4xx envelope that says
 * what is wrong (naming the field where there is one), never a stack trace or SQL, and writes nothing.
 */
describe('bad input: a clear 4xx and nothing written', () => {
  const t = useApp();
  const tokens: Partial<Record<Who, string>> = {};
  let mine: number[] = [];
  let report: Record<string, unknown>;
  let eventId: number;
  let street3: Region;

  beforeAll(async () => {
    const p = people(t);
    const g = await gridOf(t, 9, 1); // street 3
    street3 = await t.db.getRepository(Region).findOneByOrFail({ id: g.community.parentId! });
    const district = await t.db.getRepository(Region).findOneByOrFail({ id: street3.parentId! });
    tokens.resident = await p.wechat('bad-input-resident');
    tokens.street = await ownStaff(t, 'bad-input-street', 'street_centre', street3);
    tokens.district = await ownStaff(t, 'bad-input-district', 'district_admin', district);
    report = { categoryCode: 'ENV_GARBAGE', description: '坏输入测试：楼下垃圾堆放', lng: g.lng, lat: g.lat };
    const first = await p.report(tokens.resident, report);
    eventId = first.data.id;
    mine = (await t.db.getRepository(Account).findBy([{ openid: 'bad-input-resident' }, { username: Like('bad-input-%') }])).map((a) => a.id);
  });

  /** What this file's accounts have written: MariaDB runs share the database with other files, so only these are counted. */
  async function written() {
    const count = <E extends object>(e: new () => E, where: object) => t.db.getRepository(e).countBy(where);
    const me = await t.db.getRepository(Account).findBy({ id: In(mine) });
    return {
      events: await count(Event, { reporterId: In(mine) }),
      steps: await count(EventAction, { actorId: In(mine) }),
      idempotency: await count(IdempotencyRecord, { accountId: In(mine) }),
      media: await count(Media, { ownerId: In(mine) }),
      rules: await count(RoutingRule, { name: Like('坏输入%') }),
      canned: await count(CannedReply, { regionPath: street3.path }),
      messages: await count(Message, { accountId: In(mine) }),
      accounts: me.map((a) => [a.nickname, a.phoneMasked, a.role, a.failedLogins, a.status].join('|')),
    };
  }

  async function send(c: Case) {
    const url = new URL(t.base + c.path.replace(':event', String(eventId)));
    if (typeof c.query === 'string') url.search = c.query;
    else for (const [k, v] of Object.entries(c.query ?? {})) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { ...c.headers };
    const token = c.who && c.who !== 'anon' ? tokens[c.who] : undefined;
    if (token) headers.authorization = `Bearer ${token}`;
    let body: BodyInit | undefined;
    if (c.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(c.json);
    } else if (c.raw !== undefined) {
      body = typeof c.raw === 'string' || c.raw instanceof FormData ? c.raw : new Uint8Array(c.raw);
    }
    const res = await fetch(url, { method: c.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
    const text = await res.text();
    return { status: res.status, text, json: JSON.parse(text) };
  }

  function check(cases: Case[]) {
    for (const c of cases) {
      it(`${c.name} → ${c.status}${c.field ? ` (${c.field})` : ''}`, async () => {
        const before = await written();
        const r = await send(c);
        expect({ status: r.status, success: r.json.success, ...(c.field ? { errorField: r.json.errorField } : {}), ...(c.code ? { errorCode: r.json.errorCode } : {}) })
          .toEqual({ status: c.status, success: false, ...(c.field ? { errorField: c.field } : {}), ...(c.code ? { errorCode: c.code } : {}) });
        expect(r.json.data ?? null).toBeNull();
        expect(r.json.errorMessage).toMatch(/[\u4e00-\u9fff]/); // said in Chinese, for the person in front of the screen
        expect(r.text).not.toMatch(/\bat .+\.(js|ts):\d+|node_modules|QueryFailedError|SQLITE_|ER_[A-Z_]+|\bSELECT\b|\bINSERT\b/);
        expect(await written()).toEqual(before);
      });
    }
  }

  describe('malformed JSON', () => check([
    { name: 'a truncated report', path: '/api/events', who: 'resident', raw: '{"categoryCode": "ENV_GARBAGE", "description":', headers: { 'content-type': 'application/json', ...KEY }, status: 400 },
    { name: 'single quotes and a trailing comma', path: '/api/admin/auth/login', raw: "{'username': 'admin', 'password': 'x',}", headers: { 'content-type': 'application/json' }, status: 400 },
    { name: 'NaN, which JSON does not have', path: '/api/events', who: 'resident', raw: '{"categoryCode":"ENV_GARBAGE","description":"坏输入测试：非数字","lng":NaN,"lat":30}', headers: { 'content-type': 'application/json', ...KEY }, status: 400 },
    { name: 'a JSON string instead of an object', method: 'PUT', path: '/api/me', who: 'resident', raw: '"昵称"', headers: { 'content-type': 'application/json' }, status: 400 },
    { name: 'a JSON array instead of an object', path: '/api/admin/routing-rules', who: 'district', raw: '[{"name":"坏输入规则"}]', headers: { 'content-type': 'application/json' }, status: 422 },
    { name: 'a __proto__ key (prototype pollution)', path: '/api/events', who: 'resident', raw: `{"__proto__":{"isAdmin":true},"categoryCode":"ENV_GARBAGE","description":"坏输入测试：原型污染","lng":121.6,"lat":29.95}`, headers: { 'content-type': 'application/json', ...KEY }, status: 400 },
    { name: 'a gzip header on a body that is not gzip', path: '/api/events', who: 'resident', raw: JSON.stringify({ description: '坏输入测试' }), headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...KEY }, status: 400 },
    { name: 'a gzip bomb (20 MB of zeros in 20 KB)', path: '/api/events', who: 'resident', raw: gzipSync(Buffer.concat([Buffer.from('{"description":"'), Buffer.alloc(20 * 1024 * 1024, 0x30), Buffer.from('"}')])), headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...KEY }, status: 413, code: 'PAYLOAD_TOO_LARGE' },
  ]));

  describe('wrong types', () => check([
    { name: 'longitude as text', path: '/api/events', who: 'resident', json: { ...report0(), lng: '东经121度' }, headers: KEY, status: 422, field: 'lng' },
    { name: 'description as a number', path: '/api/events', who: 'resident', json: { ...report0(), description: 12345678 }, headers: KEY, status: 422, field: 'description' },
    { name: 'anonymous as "yes"', path: '/api/events', who: 'resident', json: { ...report0(), anonymous: 'yes' }, headers: KEY, status: 422, field: 'anonymous' },
    { name: 'photos as a string', path: '/api/events', who: 'resident', json: { ...report0(), photos: '1,2' }, headers: KEY, status: 422, field: 'photos' },
    { name: 'a photo id of 0', path: '/api/events', who: 'resident', json: { ...report0(), photos: [0] }, headers: KEY, status: 422, field: 'photos.0' },
    { name: 'category as a list', path: '/api/events', who: 'resident', json: { ...report0(), categoryCode: ['ENV_GARBAGE'] }, headers: KEY, status: 422, field: 'categoryCode' },
    { name: 'nickname null', method: 'PUT', path: '/api/me', who: 'resident', json: { nickname: null }, status: 422, field: 'nickname' },
    { name: 'action as a number', path: '/api/events/:event/actions', who: 'resident', json: { action: 1 }, status: 422, field: 'action' },
    { name: 'a rating of "five"', path: '/api/events/:event/actions', who: 'resident', json: { action: 'evaluate', rating: 'five' }, status: 422, field: 'rating' },
    { name: 'target as a string', path: '/api/admin/events/:event/actions', who: 'street', json: { action: 'assign', target: 'street' }, status: 422, field: 'target' },
    { name: 'priority as a word', path: '/api/admin/routing-rules', who: 'district', json: { name: '坏输入规则', priority: 'high', level: 1 }, status: 422, field: 'priority' },
    { name: 'keywords as a string', path: '/api/admin/routing-rules', who: 'district', json: { name: '坏输入规则', priority: 1, level: 1, keywords: '漏水' }, status: 422, field: 'keywords' },
    { name: 'a region id that is not a number', path: '/api/admin/grids', who: 'street', query: { regionId: 'abc' }, status: 422, field: 'regionId' },
    { name: 'a date that does not exist', path: '/api/admin/stats/overview', who: 'street', query: { from: '2026-13-45' }, status: 422, field: 'from' },
    { name: 'the same parameter twice', path: '/api/events/mine', who: 'resident', query: 'pageSize=10&pageSize=20', status: 422, field: 'pageSize' },
    { name: 'a parameter as an object', path: '/api/events/mine', who: 'resident', query: 'page[$gt]=1', status: 422, field: 'page[$gt]' },
  ]));

  describe('oversized fields, bodies and files', () => check([
    { name: 'a description of 1001 characters', path: '/api/events', who: 'resident', json: { ...report0(), description: LONG(1001) }, headers: KEY, status: 422, field: 'description' },
    { name: 'an address of 201 characters', path: '/api/events', who: 'resident', json: { ...report0(), address: LONG(201) }, headers: KEY, status: 422, field: 'address' },
    { name: 'ten photos', path: '/api/events', who: 'resident', json: { ...report0(), photos: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, headers: KEY, status: 422, field: 'photos' },
    { name: 'an Idempotency-Key of 65 characters', path: '/api/events', who: 'resident', json: report0(), headers: { 'idempotency-key': 'k'.repeat(65) }, status: 422, field: 'Idempotency-Key' },
    { name: 'a nickname of 21 characters', method: 'PUT', path: '/api/me', who: 'resident', json: { nickname: LONG(21) }, status: 422, field: 'nickname' },
    { name: 'a login code of 129 characters', path: '/api/auth/wechat-login', json: { code: LONG(129, 'c') }, status: 422, field: 'code' },
    { name: 'a username of 65 characters', path: '/api/admin/auth/login', json: { username: LONG(65, 'u'), password: 'x' }, status: 422, field: 'username' },
    { name: 'a note of 1001 characters', path: '/api/admin/events/:event/comments', who: 'street', json: { kind: 'note', note: LONG(1001) }, status: 422, field: 'note' },
    { name: 'a search keyword of 51 characters', path: '/api/admin/events', who: 'street', query: { keyword: LONG(51) }, status: 422, field: 'keyword' },
    { name: 'a canned reply of 501 characters', path: '/api/admin/canned-replies', who: 'street', json: { text: LONG(501) }, status: 422, field: 'text' },
    { name: 'a rule with 21 keywords', path: '/api/admin/routing-rules', who: 'district', json: { name: '坏输入规则', priority: 1, level: 1, keywords: Array.from({ length: 21 }, (_, i) => `词${i}`) }, status: 422, field: 'keywords' },
    { name: 'a JSON body over 1 MB', path: '/api/events', who: 'resident', json: { ...report0(), address: LONG(1_100_000, 'a') }, headers: KEY, status: 413, code: 'PAYLOAD_TOO_LARGE' },
    { name: 'a photo over the upload limit', path: '/api/media/photos', who: 'resident', raw: photoForm(300 * 1024), status: 413, field: 'file' },
    { name: 'a text file posing as a photo', path: '/api/media/photos', who: 'resident', raw: textForm(), status: 422, field: 'file' },
  ]));

  describe('wrong content types', () => check([
    { name: 'a JSON report sent as text/plain', path: '/api/events', who: 'resident', raw: JSON.stringify(report0()), headers: { 'content-type': 'text/plain', ...KEY }, status: 422, field: 'Content-Type' },
    { name: 'a JSON report without a content type', path: '/api/events', who: 'resident', raw: Buffer.from(JSON.stringify(report0())), headers: { 'content-type': '', ...KEY }, status: 422, field: 'Content-Type' },
    { name: 'XML', path: '/api/events', who: 'resident', raw: '<event><lng>121.6</lng></event>', headers: { 'content-type': 'application/xml', ...KEY }, status: 422, field: 'Content-Type' },
    { name: 'a form-encoded login', path: '/api/admin/auth/login', raw: 'username=admin&password=x', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 422, field: 'Content-Type' },
    { name: 'multipart to a JSON route', method: 'PUT', path: '/api/me', who: 'resident', raw: nicknameForm(), status: 422, field: 'Content-Type' },
    { name: 'JSON to the photo upload', path: '/api/media/photos', who: 'resident', json: { file: 'data:image/jpeg;base64,/9j/' }, status: 422, field: 'file' },
  ]));

  describe('SQL and script injection where a value has a format', () => check([
    ...SQL.map((s): Case => ({ name: `username ${s}`, path: '/api/admin/auth/login', json: { username: s, password: s }, status: 401, code: 'LOGIN_FAILED' })),
    ...SQL.map((s): Case => ({ name: `event id ${s}`, path: `/api/events/${encodeURIComponent(s)}`, who: 'resident', status: 422, field: 'id' })),
    { name: 'category code with a quote', path: '/api/events', who: 'resident', json: { ...report0(), categoryCode: "ENV_GARBAGE' OR '1'='1" }, headers: KEY, status: 422, field: 'categoryCode' },
    { name: 'status filter with SQL', path: '/api/admin/events', who: 'street', query: { status: "assigned' OR 1=1 --" }, status: 422, field: 'status' },
    { name: 'region id with SQL', path: '/api/admin/stats/by-region', who: 'street', query: { regionId: '1 OR 1=1' }, status: 422, field: 'regionId' },
    { name: 'sort of SQL in the Idempotency-Key', path: '/api/events', who: 'resident', json: report0(), headers: { 'idempotency-key': "x'); DELETE FROM event; --" }, status: 422, field: 'Idempotency-Key' },
    { name: 'a script as the caller phone', path: '/api/admin/events', who: 'street', json: { ...report0(), channel: 'hotline', callerPhone: '<script>alert(1)</script>' }, status: 422, field: 'callerPhone' },
    { name: 'a script as the channel', path: '/api/admin/events', who: 'street', json: { ...report0(), channel: '<img src=x onerror=alert(1)>' }, status: 422, field: 'channel' },
  ]));

  describe('coordinates out of range or outside the platform', () => check([
    { name: 'longitude 181', path: '/api/events', who: 'resident', json: { ...report0(), lng: 181 }, headers: KEY, status: 422, field: 'lng' },
    { name: 'latitude -91', path: '/api/events', who: 'resident', json: { ...report0(), lat: -91 }, headers: KEY, status: 422, field: 'lat' },
    { name: 'latitude 1e999 (Infinity)', path: '/api/events', who: 'resident', raw: '{"categoryCode":"ENV_GARBAGE","description":"坏输入测试：无穷大","lng":121.6,"lat":1e999}', headers: { 'content-type': 'application/json', ...KEY }, status: 422, field: 'lat' },
    { name: 'Beijing, outside the platform', path: '/api/events', who: 'resident', json: { ...report0(), lng: 116.4, lat: 39.9 }, headers: KEY, status: 422, field: 'lng' },
    { name: 'hotline entry at 0,0', path: '/api/admin/events', who: 'street', json: { ...report0(), lng: 0, lat: 0, channel: 'hotline' }, status: 422, field: 'lng' },
    { name: 'locate with longitude Infinity', path: '/api/geo/locate', query: { lng: 'Infinity', lat: 29.95 }, status: 422, field: 'lng' },
    { name: 'locate without latitude', path: '/api/geo/locate', query: 'lng=121.6&lat=', status: 422, field: 'lat' },
    { name: 'nearby with NaN', path: '/api/events/nearby', who: 'resident', query: { lng: 'NaN', lat: 29.95 }, status: 422, field: 'lng' },
    { name: 'nearby with a 5 km radius', path: '/api/events/nearby', who: 'resident', query: { lng: 121.6, lat: 29.95, radius: 5000 }, status: 422, field: 'radius' },
    { name: 'console locate at latitude 95', path: '/api/admin/grids/locate', who: 'street', query: { lng: 121.6, lat: 95 }, status: 422, field: 'lat' },
    { name: 'routing preview at longitude -200', path: '/api/admin/routing-rules/preview', who: 'street', json: { categoryCode: 'ENV_GARBAGE', lng: -200, lat: 29.95 }, status: 422, field: 'lng' },
  ]));

  describe('page sizes and pages out of range', () => check([
    ...['/api/events/mine', '/api/messages'].map((path): Case => ({ name: `${path} pageSize 1000000`, path, who: 'resident', query: { pageSize: 1_000_000 }, status: 422, field: 'pageSize' })),
    ...['/api/admin/events', '/api/admin/grids', '/api/admin/accounts'].map((path): Case => ({ name: `${path} pageSize 101`, path, who: 'street', query: { pageSize: 101 }, status: 422, field: 'pageSize' })),
    { name: 'page 0', path: '/api/admin/grids', who: 'street', query: { page: 0 }, status: 422, field: 'page' },
    { name: 'page -1', path: '/api/events/mine', who: 'resident', query: { page: -1 }, status: 422, field: 'page' },
    { name: 'page 10^12', path: '/api/admin/events', who: 'street', query: { page: 1e12 }, status: 422, field: 'page' },
    { name: 'pageSize 1e3 in exponent notation', path: '/api/events/mine', who: 'resident', query: 'pageSize=1e3', status: 422, field: 'pageSize' },
    { name: 'a trend of ten years by day', path: '/api/admin/stats/trend', who: 'street', query: { from: '2016-01-01', to: '2026-01-01', granularity: 'day' }, status: 422 },
  ]));

  describe('fields a client may not set (mass assignment)', () => check([
    { name: 'a report that sets its own status', path: '/api/events', who: 'resident', json: { ...report0(), status: 'closed' }, headers: KEY, status: 422, field: 'status' },
    { name: 'a report that names its reporter', path: '/api/events', who: 'resident', json: { ...report0(), reporterId: 1 }, headers: KEY, status: 422, field: 'reporterId' },
    { name: 'a profile update that sets the role', method: 'PUT', path: '/api/me', who: 'resident', json: { nickname: '邻居', role: 'system_admin' }, status: 422, field: 'role' },
    { name: 'a profile update that sets the phone', method: 'PUT', path: '/api/me', who: 'resident', json: { nickname: '邻居', phone: '13900009999' }, status: 422, field: 'phone' },
    { name: 'a rule that sets its region path', path: '/api/admin/routing-rules', who: 'district', json: { name: '坏输入规则', priority: 1, level: 1, regionPath: '/' }, status: 422, field: 'regionPath' },
    { name: 'a phone number sent for binding beside the WeChat code', path: '/api/auth/phone', who: 'resident', json: { code: 'phone:13900009999', phone: '13900009999' }, status: 422, field: 'phone' },
  ]));

  describe('broken credentials', () => check([
    { name: 'an unsigned token (alg none)', path: '/api/me', headers: { authorization: `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 1, kind: 'user', tv: 0 })}.` }, status: 401, code: 'TOKEN_INVALID' },
    { name: 'a 10 KB token', path: '/api/me', headers: { authorization: `Bearer ${'a'.repeat(10_000)}` }, status: 401, code: 'TOKEN_INVALID' },
    { name: 'Basic instead of Bearer', path: '/api/admin/auth/me', headers: { authorization: 'Basic YWRtaW46TGlubGlAMjAyNg==' }, status: 401, code: 'UNAUTHENTICATED' },
  ]));

  it('keeps SQL and script text in free-text fields as plain text: stored exactly, matched literally, never run', async () => {
    const p = people(t);
    const text = `坏输入测试：<script>alert(1)</script> ${SQL[0]} ${SQL[1]}`;
    const before = await t.db.getRepository(Event).count();
    const r = await p.report(tokens.resident!, { ...report, description: text });
    expect(r.status).toBe(201);
    expect(r.data.description).toBe(text);
    expect(await t.db.getRepository(Event).count()).toBeGreaterThan(before); // the table is still there
    for (const kw of ['<script>alert(1)</script>', SQL[0]]) {
      const hit = await p.call('GET', '/api/admin/events', { token: tokens.street, query: { keyword: kw } });
      expect({ kw, ids: hit.data.items.map((e: { id: number }) => e.id) }).toEqual({ kw, ids: [r.data.id] }); // this report only, not every row
    }
    for (const kw of ['%', '_']) {
      const none = await p.call('GET', '/api/admin/events', { token: tokens.street, query: { keyword: kw } });
      expect({ kw, total: none.data.total }).toEqual({ kw, total: 0 });
    }
  });

  function report0() {
    return { categoryCode: 'ENV_GARBAGE', description: '坏输入测试：楼下垃圾堆放', lng: 121.64, lat: 29.95 };
  }
});

function b64(o: object) {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

function photoForm(size: number) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(size).fill(0xff)], { type: 'image/jpeg' }), 'big.jpg');
  return form;
}

function textForm() {
  const form = new FormData();
  form.append('file', new Blob(['<?php system($_GET["c"]); ?>'], { type: 'image/jpeg' }), 'shell.jpg');
  return form;
}

function nicknameForm() {
  const form = new FormData();
  form.append('nickname', '邻居');
  return form;
}
