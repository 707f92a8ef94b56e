import { Role } from '@linli/config';
import { gridOf, people, T } from '../../event/helpers';
import { makeJpeg, uploadPhoto } from '../../media/helpers';
import { ownStaff } from '../accounts';
import { Account } from '../../../src/modules/account/account.entity';
import { Region } from '../../../src/modules/region/region.entity';
import { Department } from '../../../src/modules/catalog/department.entity';
import { Event } from '../../../src/modules/event/event.entity';
import { Message } from '../../../src/modules/notify/message.entity';
import { RoutingRule } from '../../../src/modules/event/routing-rule.entity';
import { CannedReply } from '../../../src/modules/event/canned-reply.entity';
import { surveyFixtures } from './surveys';

/**
 * The actors of the authorization matrix, in the column order of matrix.ts. `wx_worker` is a grid worker
 * signed in through WeChat (mini-program worker mode); `grid` is the same person signed in to the console.
 */
export const ACTORS = ['anon', 'resident', 'volunteer', 'wx_worker', 'grid', 'community', 'street', 'dept', 'district', 'admin'] as const;
export type ActorKey = (typeof ACTORS)[number];

/** Objects a row can be tested with: one inside the actor's reach ("own") and one outside it ("other"). */
export type ObjKind = 'event' | 'publicEvent' | 'region' | 'grid' | 'place' | 'rule' | 'canned' | 'message' | 'photo'
  | 'survey' | 'openSurvey' | 'endedSurvey';
export interface Place { lng: number; lat: number }
export interface Pair { own?: number | Place; other?: number | Place }

/**
 * Dedicated accounts (never the shared demo logins: the matrix logs out and erases its actors, and MariaDB
 * runs share one database between test files). Staff scopes: grid = 1st community's grid 2, community =
 * community 1, street = street 1 (holds community 1), dept = the housing bureau (district-wide), district,
 * admin = the city. "Other" objects live in community 16 / street 4, outside every scoped actor but dept,
 * district and admin, whose scope holds the whole demo district.
 */
export async function buildWorld(t: T) {
  const p = people(t);
  const repo = <E extends object>(e: new () => E) => t.db.getRepository(e);
  const [g, g3, g4, g5, g16] = [await gridOf(t, 1, 2), await gridOf(t, 1, 3), await gridOf(t, 1, 4), await gridOf(t, 1, 5), await gridOf(t, 16, 1)];
  const region = (id: number) => repo(Region).findOneByOrFail({ id });
  const c1 = g.community;
  const c16 = g16.community;
  const s1 = await region(c1.parentId!);
  const s4 = await region(c16.parentId!);
  const district = await region(s1.parentId!);
  const city = await region(district.parentId!);
  const housing = await repo(Department).findOneByOrFail({ code: 'HOUSING' });

  const staff = (username: string, role: Role, scope: Region, extra: Partial<Account> = {}) => ownStaff(t, username, role, scope, extra);

  const tokens: Partial<Record<ActorKey, string>> = {};
  /** Signs every actor in (again: after a row that logged them out or erased them, a fresh session). */
  const login = async () => {
    tokens.resident = await p.wechat('matrix-resident-a');
    tokens.volunteer = await p.wechat('matrix-volunteer');
    await repo(Account).update({ openid: 'matrix-volunteer' }, { role: 'volunteer' });
    tokens.grid = await staff('matrix-grid', 'grid_worker', g.grid, { openid: 'matrix-worker' });
    tokens.wx_worker = await p.wechat('matrix-worker');
    tokens.community = await staff('matrix-community', 'community_staff', c1);
    tokens.street = await staff('matrix-street', 'street_centre', s1);
    tokens.dept = await staff('matrix-dept', 'department_handler', district, { departmentId: housing.id });
    tokens.district = await staff('matrix-district', 'district_admin', district);
    tokens.admin = await staff('matrix-admin', 'system_admin', city);
  };
  await login();
  const residentB = await p.wechat('matrix-resident-b');

  const accountOf = async (k: ActorKey | 'residentB') => {
    const openid = { resident: 'matrix-resident-a', volunteer: 'matrix-volunteer', residentB: 'matrix-resident-b' }[k as string];
    const username = openid ? undefined : `matrix-${k === 'wx_worker' ? 'grid' : k}`;
    return repo(Account).findOneByOrFail(openid ? { openid } : { username });
  };
  const ids = Object.fromEntries(await Promise.all([...ACTORS.slice(1), 'residentB' as const].map(async (k) => [k, (await accountOf(k)).id]))) as Record<Exclude<ActorKey, 'anon'> | 'residentB', number>;

  const report = async (token: string, at: { lng: number; lat: number }, description: string, isPublic = true) => {
    const r = await p.report(token, { categoryCode: 'ENV_GARBAGE', description, lng: at.lng, lat: at.lat, isPublic });
    if (r.status !== 201) throw new Error(`fixture report: ${r.status} ${r.errorMessage}`);
    return r.data.id as number;
  };
  // E1: resident A's report in the worker's grid, handed to the matrix worker so it is "his"
  const e1 = await report(tokens.resident!, g, '矩阵测试：一号网格垃圾未清运');
  await repo(Event).update({ id: e1 }, { assigneeId: ids.wx_worker });
  const ev = await report(tokens.volunteer!, g3, '矩阵测试：志愿者发现井盖缺失');
  const e16 = await report(residentB, g16, '矩阵测试：十六社区私密反映', false);
  const eDept = await report(residentB, g4, '矩阵测试：交给住建部门的事件', false);
  await repo(Event).update({ id: eDept }, { targetType: 'department', targetDepartmentId: housing.id, targetRegionId: district.id, assigneeId: null });
  const ePub = await report(residentB, g5, '矩阵测试：公开的邻里问题');
  const e16No = (await repo(Event).findOneByOrFail({ id: e16 })).no;

  const jpeg = await makeJpeg({ width: 32, height: 24 });
  const photoOf = async (token: string) => (await uploadPhoto(t.base, token, jpeg)).data.id as number;
  const photos: Partial<Record<ActorKey, number>> = {};
  for (const k of ACTORS.slice(1)) photos[k] = await photoOf(tokens[k]!);
  const otherPhoto = await photoOf(residentB);

  const message = async (accountId: number) => (await repo(Message).insert({ accountId, title: '矩阵测试消息', body: '仅供测试', eventId: null })).identifiers[0].id as number;
  const otherMessage = await message(ids.residentB);

  /** The region an actor's scope starts from, and one outside it (none for the whole-district roles). */
  const scope: Record<ActorKey, { own: Region; other?: Region }> = {
    anon: { own: c1, other: c16 }, resident: { own: c1, other: c16 }, volunteer: { own: c1, other: c16 },
    wx_worker: { own: g.grid, other: g16.grid }, grid: { own: g.grid, other: g16.grid },
    community: { own: c1, other: c16 }, street: { own: s1, other: s4 },
    dept: { own: district, other: city }, district: { own: district, other: city }, admin: { own: city },
  };
  const wholeDistrict = (a: ActorKey) => ['dept', 'district', 'admin'].includes(a);
  const center = (r: { centerLng: number | null; centerLat: number | null }): Place => ({ lng: r.centerLng!, lat: r.centerLat! });
  // rules are created disabled: MariaDB runs share the database with other test files, whose routing must not change
  const rule = async (r: Region) => (await repo(RoutingRule).insert({ name: '矩阵测试规则', priority: 99000, enabled: false, categoryCodes: null, regionPath: r.path, channels: null, keywords: null, level: 1, departmentId: null })).identifiers[0].id as number;
  const canned = async (r: Region) => (await repo(CannedReply).insert({ text: '矩阵测试常用语', regionPath: r.path, sort: 999 })).identifiers[0].id as number;

  /** Fixtures per kind; `rule`, `canned` and `message` make fresh rows every time (rows may be deleted). */
  const surveys = await surveyFixtures(t, { scope, c1, c16, worker: tokens.wx_worker!, workerAt: center(g.grid) });

  const objects: Record<ObjKind, (a: ActorKey) => Promise<Pair>> = {
    event: async (a) => ({
      own: { resident: e1, volunteer: ev, dept: eDept }[a as string] ?? e1,
      other: wholeDistrict(a) ? undefined : e16,
    }),
    publicEvent: async () => ({ own: ePub, other: e16 }),
    region: async (a) => ({ own: scope[a].own.id, other: scope[a].other?.id }),
    grid: async (a) => ({ own: g.grid.id, other: wholeDistrict(a) ? undefined : g16.grid.id }),
    place: async (a) => ({ own: center(g.grid), other: wholeDistrict(a) ? undefined : center(g16.grid) }),
    rule: async (a) => ({ own: await rule(scope[a].own), other: scope[a].other && (await rule(scope[a].other)) }),
    canned: async (a) => ({ own: await canned(scope[a].own), other: scope[a].other && (await canned(scope[a].other)) }),
    message: async (a) => ({ own: a === 'anon' ? otherMessage : await message(ids[a]), other: otherMessage }),
    photo: async (a) => ({ own: a === 'anon' ? otherPhoto : photos[a], other: otherPhoto }),
    ...surveys.objects,
  };

  return { t, call: p.call, tokens, login, ids, objects, e16No, place: center(g.grid), countEvents: () => repo(Event).count(), surveyBody: surveys.body };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
