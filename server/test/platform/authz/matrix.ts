import type { ObjKind, Place, World } from './world';

/**
 * The authorization matrix: one row per route the server registers, one cell per actor (columns in the
 * order of ACTORS in world.ts). A new route without a row fails authz-matrix.test.ts, naming the route.
 *
 * Cells:
 *   ok       allowed: a status from the row's `ok` list (default 200/201). With an `obj`, "own" is allowed
 *            and "other" (outside the actor's scope or not the actor's) must answer 404, like a missing object
 *   401/403  refused before anything is looked up, own and other object alike
 *   A/B      own object answers A, other object answers B (A may be `ok`)
 * Denied cells must carry no data, and 404 must be NOT_FOUND.
 */
export interface Row {
  /** "METHOD /path" exactly as Midway registers it (`:id` for the object id). */
  route: string;
  /** anon resident volunteer wx_worker grid community street dept district admin */
  who: string;
  obj?: ObjKind;
  /** Statuses that mean "allowed" for this route (default 200, 201). */
  ok?: number[];
  body?: (o: any, w: World) => unknown;
  query?: (o: any, w: World) => Record<string, unknown>;
  /** A fresh Idempotency-Key per request. */
  idem?: true;
  /** multipart photo upload instead of JSON. */
  upload?: true;
  /** Runs after every other row: it ends the actor's session or account. */
  last?: true;
  /** Cells one after the other (they write to the same row). */
  serial?: true;
  /** Not served in production (WeChat sandbox): left out of the "other scope's data never appears" check. */
  devOnly?: true;
  /** A count that a refused or other-scope request must leave unchanged. */
  unchanged?: (w: World) => Promise<number>;
}

const at = (o: Place) => ({ lng: o.lng, lat: o.lat });
const report = (o: Place) => ({ categoryCode: 'ENV_GARBAGE', description: '矩阵测试：路边垃圾堆放', ...at(o) });
const ruleBody = { name: '矩阵测试规则', priority: 99001, enabled: false, level: 1 };
// a version no event has: authorization runs, then the compare-and-set refuses, nothing changes
const staleAction = { action: 'accept', version: 999999 };
const period = (o: number) => ({ regionId: o });

//                                                        anon res  vol  wx   grid comm str  dept dist adm
export const MATRIX: Row[] = [
  // public
  { route: 'GET /api/health',                        who: 'ok   ok   ok   ok   ok   ok   ok   ok   ok   ok' },
  { route: 'GET /api/categories',                    who: 'ok   ok   ok   ok   ok   ok   ok   ok   ok   ok' },
  { route: 'GET /api/geo/locate',                    who: 'ok   ok   ok   ok   ok   ok   ok   ok   ok   ok', query: (_, w) => at(w.place) },
  { route: 'POST /api/auth/wechat-login',            who: 'ok   ok   ok   ok   ok   ok   ok   ok   ok   ok', body: () => ({ code: 'demo:matrix-login' }) },
  { route: 'POST /api/admin/auth/login',             who: 'ok   ok   ok   ok   ok   ok   ok   ok   ok   ok', body: () => ({ username: 'matrix-street', password: 'Linli@2026' }) },

  // mini-program account
  { route: 'POST /api/auth/phone',                   who: '401  ok   ok   ok   403  403  403  403  403  403', body: () => ({ code: 'phone:13900001111' }) },
  { route: 'GET /api/me',                            who: '401  ok   ok   ok   403  403  403  403  403  403' },
  { route: 'PUT /api/me',                            who: '401  ok   ok   ok   403  403  403  403  403  403', body: () => ({ nickname: '矩阵' }) },
  { route: 'DELETE /api/me',                         who: '401  ok   ok   403  403  403  403  403  403  403', last: true },

  // mini-program events
  { route: 'POST /api/events',                       who: '401  ok   ok   ok   403  403  403  403  403  403', body: (_, w) => report(w.place), idem: true },
  { route: 'GET /api/events/mine',                   who: '401  ok   ok   ok   403  403  403  403  403  403' },
  { route: 'GET /api/events/tasks',                  who: '401  403  403  ok   403  403  403  403  403  403' },
  { route: 'GET /api/events/nearby',                 who: '401  ok   ok   ok   403  403  403  403  403  403', query: (_, w) => at(w.place) },
  { route: 'GET /api/events/similar',                who: '401  ok   ok   ok   403  403  403  403  403  403', query: (_, w) => ({ categoryCode: 'ENV_GARBAGE', ...at(w.place) }) },
  { route: 'GET /api/events/:id',                    who: '401  ok   ok   ok   403  403  403  403  403  403', obj: 'event' },
  { route: 'POST /api/events/:id/actions',           who: '401  ok   ok   ok   403  403  403  403  403  403', obj: 'event', ok: [409], body: () => staleAction },
  { route: 'POST /api/events/:id/follow',            who: '401  ok   ok   ok   403  403  403  403  403  403', obj: 'publicEvent' },
  // 催办 is the reporter's: the worker handling the event may not remind himself
  { route: 'POST /api/events/:id/remind',            who: '401  ok   ok   403/404 403 403 403 403 403 403', obj: 'event' },

  // messages and photos: any signed-in account
  { route: 'GET /api/messages',                      who: '401  ok   ok   ok   ok   ok   ok   ok   ok   ok' },
  { route: 'POST /api/messages/:id/read',            who: '401  ok   ok   ok   ok   ok   ok   ok   ok   ok', obj: 'message' },
  { route: 'POST /api/messages/read-all',            who: '401  ok   ok   ok   ok   ok   ok   ok   ok   ok' },
  { route: 'GET /api/messages/subscriptions',        who: '401  ok   ok   ok   ok   ok   ok   ok   ok   ok' },
  { route: 'POST /api/messages/subscriptions',       who: '401  ok   ok   ok   ok   ok   ok   ok   ok   ok', body: () => ({ accepted: ['TPL_EVENT_STATUS'] }) },
  { route: 'POST /api/media/photos',                 who: '401  ok   ok   ok   ok   ok   ok   ok   ok   ok', upload: true },
  { route: 'GET /api/media/photos/:id',              who: '401  ok   ok   ok   ok   ok   ok   ok   ok   ok', obj: 'photo' },

  // console: session
  { route: 'GET /api/admin/auth/me',                 who: '401  403  403  403  ok   ok   ok   ok   ok   ok' },
  { route: 'POST /api/admin/auth/logout',            who: '401  403  403  403  ok   ok   ok   ok   ok   ok', last: true },

  // console: reference data, regions and grids
  { route: 'GET /api/admin/categories',              who: '401  403  403  403  ok   ok   ok   ok   ok   ok' },
  { route: 'GET /api/admin/departments',             who: '401  403  403  403  403  ok   ok   ok   ok   ok' },
  { route: 'GET /api/admin/accounts',                who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'region', query: period },
  { route: 'GET /api/admin/regions/tree',            who: '401  403  403  403  ok   ok   ok   ok   ok   ok' },
  { route: 'GET /api/admin/regions/:id/children',    who: '401  403  403  403  ok   ok   ok   ok   ok   ok', obj: 'region' },
  { route: 'GET /api/admin/grids',                   who: '401  403  403  403  ok   ok   ok   ok   ok   ok', obj: 'region', query: period },
  { route: 'GET /api/admin/grids/geojson',           who: '401  403  403  403  ok   ok   ok   ok   ok   ok', obj: 'region', query: period },
  { route: 'GET /api/admin/grids/locate',            who: '401  403  403  403  ok   ok   ok   ok   ok   ok', obj: 'place', query: at },
  { route: 'GET /api/admin/grids/:id',               who: '401  403  403  403  ok   ok   ok   ok   ok   ok', obj: 'grid' },

  // console: events
  { route: 'GET /api/admin/events',                  who: '401  403  403  403  ok   ok   ok   ok   ok   ok', obj: 'region', query: period },
  // hotline entry: a location outside the scope is refused, and nothing is created
  { route: 'POST /api/admin/events',                 who: '401  403  403  403  ok/403 ok/403 ok/403 ok ok ok', obj: 'place', body: (o) => ({ ...report(o), channel: 'hotline', callerPhone: '13900002222' }), unchanged: (w) => w.countEvents() },
  { route: 'GET /api/admin/events/:id',              who: '401  403  403  403  ok   ok   ok   ok   ok   ok', obj: 'event' },
  { route: 'POST /api/admin/events/:id/actions',     who: '401  403  403  403  ok   ok   ok   ok   ok   ok', obj: 'event', ok: [409], body: () => staleAction },
  { route: 'POST /api/admin/events/:id/comments',    who: '401  403  403  403  ok   ok   ok   ok   ok   ok', obj: 'event', body: () => ({ kind: 'note', note: '矩阵测试备注' }), serial: true },
  { route: 'GET /api/admin/events/:id/duplicates',   who: '401  403  403  403  ok   ok   ok   ok   ok   ok', obj: 'event' },
  { route: 'GET /api/admin/events/:id/trail/verify', who: '401  403  403  403  ok   ok   ok   ok   ok   ok', obj: 'event' },

  // console: routing rules and canned replies
  { route: 'GET /api/admin/routing-rules',           who: '401  403  403  403  ok   ok   ok   ok   ok   ok' },
  { route: 'POST /api/admin/routing-rules',          who: '401  403  403  403  403  403  403  403  ok   ok', body: () => ruleBody },
  { route: 'PUT /api/admin/routing-rules/:id',       who: '401  403  403  403  403  403  403  403  ok   ok', obj: 'rule', body: () => ruleBody },
  { route: 'DELETE /api/admin/routing-rules/:id',    who: '401  403  403  403  403  403  403  403  ok   ok', obj: 'rule' },
  { route: 'POST /api/admin/routing-rules/preview',  who: '401  403  403  403  ok   ok   ok   ok   ok   ok', obj: 'place', body: (o) => ({ categoryCode: 'ENV_GARBAGE', ...at(o) }) },
  { route: 'GET /api/admin/canned-replies',          who: '401  403  403  403  ok   ok   ok   ok   ok   ok' },
  { route: 'POST /api/admin/canned-replies',         who: '401  403  403  403  403  ok   ok   403  ok   ok', body: () => ({ text: '矩阵测试常用语' }) },
  { route: 'DELETE /api/admin/canned-replies/:id',   who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'canned' },

  // console: statistics
  { route: 'GET /api/admin/stats/overview',          who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'region', query: period },
  { route: 'GET /api/admin/stats/by-category',       who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'region', query: period },
  { route: 'GET /api/admin/stats/by-region',         who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'region', query: period },
  { route: 'GET /api/admin/stats/trend',             who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'region', query: period },

  // mini-program surveys: the actor's community is that of its latest located report (community 1 for all three)
  { route: 'GET /api/surveys',                       who: '401  ok   ok   ok   403  403  403  403  403  403' },
  { route: 'GET /api/surveys/:id',                   who: '401  ok   ok   ok   403  403  403  403  403  403', obj: 'openSurvey' },
  { route: 'POST /api/surveys/:id/responses',        who: '401  ok   ok   ok   403  403  403  403  403  403', obj: 'openSurvey', body: () => ({ answers: { q1: '矩阵测试意见' } }) },
  { route: 'GET /api/surveys/:id/results',           who: '401  ok   ok   ok   403  403  403  403  403  403', obj: 'endedSurvey' },

  // console: surveys (community, street and district units; a fresh draft of the actor's unit per cell)
  { route: 'GET /api/admin/surveys',                 who: '401  403  403  403  403  ok   ok   403  ok   ok' },
  { route: 'POST /api/admin/surveys',                who: '401  403  403  403  403  ok   ok   403  ok   ok', body: (_, w) => w.surveyBody },
  { route: 'GET /api/admin/surveys/:id',             who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'survey' },
  { route: 'PUT /api/admin/surveys/:id',             who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'survey', body: (_, w) => w.surveyBody },
  { route: 'DELETE /api/admin/surveys/:id',          who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'survey' },
  { route: 'POST /api/admin/surveys/:id/publish',    who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'survey' },
  // a draft cannot be closed: 409 means authorization passed and the status refused
  { route: 'POST /api/admin/surveys/:id/close',      who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'survey', ok: [409] },
  { route: 'POST /api/admin/surveys/:id/copy',       who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'survey' },
  { route: 'GET /api/admin/surveys/:id/results',     who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'survey' },
  { route: 'GET /api/admin/surveys/:id/results/texts', who: '401 403 403  403  403  ok   ok   403  ok   ok', obj: 'survey', query: () => ({ questionId: 'q1' }) },
  { route: 'GET /api/admin/surveys/:id/export',      who: '401  403  403  403  403  ok   ok   403  ok   ok', obj: 'survey' },

  // WeChat sandbox: development and tests only (404 in production, test/platform/platform.test.ts); answers like WeChat
  { route: 'GET /__sandbox/wechat/sns/jscode2session',              who: 'ok ok ok ok ok ok ok ok ok ok', devOnly: true, query: () => ({ appid: 'wx-sandbox-appid', js_code: 'demo:matrix-sandbox' }) },
  { route: 'POST /__sandbox/wechat/cgi-bin/stable_token',           who: 'ok ok ok ok ok ok ok ok ok ok', devOnly: true, body: () => ({ appid: 'nope' }) },
  { route: 'POST /__sandbox/wechat/wxa/business/getuserphonenumber', who: 'ok ok ok ok ok ok ok ok ok ok', devOnly: true, body: () => ({ code: 'phone:13900003333' }) },
  { route: 'POST /__sandbox/wechat/wxa/msg_sec_check',              who: 'ok ok ok ok ok ok ok ok ok ok', devOnly: true, body: () => ({ content: 'x' }) },
  { route: 'POST /__sandbox/wechat/cgi-bin/message/subscribe/send', who: 'ok ok ok ok ok ok ok ok ok ok', devOnly: true, body: () => ({}) },
  { route: 'GET /__sandbox/wechat/_records',                        who: 'ok ok ok ok ok ok ok ok ok ok', devOnly: true },
];
