import { getClassMetadata, listModule, CONTROLLER_KEY, WEB_ROUTER_KEY } from '@midwayjs/core';
import { useApp } from '../app';
import ProdConfig from '../../src/config/config.prod';

describe('platform: envelope, errors, OpenAPI, schema', () => {
  const t = useApp();
  const { call } = t;

  it('answers an unknown API route with the envelope in Chinese', async () => {
    const r = await call('GET', '/api/no-such-thing');
    expect(r).toMatchObject({ status: 404, success: false, errorCode: 'NOT_FOUND', errorMessage: '内容不存在或无权查看' });
  });

  it('answers malformed JSON with a 4xx envelope and no stack trace', async () => {
    const res = await fetch(`${t.base}/api/admin/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username": "a",' });
    const text = await res.text();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(JSON.parse(text)).toMatchObject({ success: false });
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('refuses unknown fields instead of ignoring them', async () => {
    const r = await call('POST', '/api/admin/auth/login', { body: { username: 'a', password: 'b', role: 'system_admin' } });
    expect(r).toMatchObject({ status: 422, errorField: 'role' });
  });

  it('serves an OpenAPI document listing the API', async () => {
    const doc = (await (await fetch(`${t.base}/swagger-ui/index.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ['/api/health', '/api/auth/wechat-login', '/api/admin/auth/login', '/api/admin/grids/{id}', '/api/geo/locate']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
  });

  it('every route handler is async (Midway only awaits parameter validation on async handlers)', () => {
    const sync: string[] = [];
    for (const ctrl of listModule(CONTROLLER_KEY)) {
      for (const route of getClassMetadata(WEB_ROUTER_KEY, ctrl) ?? []) {
        const fn = ctrl.prototype[route.method];
        if (fn.constructor.name !== 'AsyncFunction') sync.push(`${ctrl.name}.${route.method}`);
      }
    }
    expect(sync).toEqual([]);
  });

  it('the migrations produce exactly the schema the entities describe', async () => {
    const pending = await t.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('the WeChat sandbox is off in production whatever the environment says', () => {
    const saved = { ...process.env };
    process.env.WECHAT_APPID = 'wx123';
    process.env.WECHAT_SECRET = 's';
    process.env.WECHAT_SANDBOX = '1';
    try {
      const cfg = ProdConfig() as { wechat: { sandbox: boolean; apiBase: string } };
      expect(cfg.wechat.sandbox).toBe(false);
      expect(cfg.wechat.apiBase).toBe('https://api.weixin.qq.com');
    } finally {
      process.env = saved;
    }
  });

  it('production refuses to start without WeChat credentials', () => {
    const saved = { ...process.env };
    delete process.env.WECHAT_APPID;
    try {
      expect(() => ProdConfig()).toThrow(/WECHAT_APPID/);
    } finally {
      process.env = saved;
    }
  });
});
