import { useApp } from '../app';
import { Account } from '../../src/modules/account/account.entity';

describe('mini-program login through WeChat (sandbox), phone binding, profile, deletion', () => {
  const t = useApp();
  const { call } = t;
  const accounts = () => t.db.getRepository(Account);

  it('refuses an invalid code, and asks for a login on /api/me', async () => {
    const bad = await call('POST', '/api/auth/wechat-login', { body: { code: 'bad-code' } });
    expect(bad).toMatchObject({ status: 400, errorCode: 'WECHAT_LOGIN_FAILED', errorMessage: '微信登录失败，请重试' });
    const empty = await call('POST', '/api/auth/wechat-login', { body: { code: '' } });
    expect(empty).toMatchObject({ status: 422, errorField: 'code' });
    const anon = await call('GET', '/api/me');
    expect(anon).toMatchObject({ status: 401, errorCode: 'UNAUTHENTICATED' });
  });

  it('creates a resident on first login and finds the same one later; the session_key stays on the server', async () => {
    const first = await call('POST', '/api/auth/wechat-login', { body: { code: 'new-user-code-1' } });
    expect(first.status).toBe(200);
    expect(first.data.user).toMatchObject({ role: 'resident', roleLabel: '居民', phoneBound: false, staff: null });
    const again = await call('POST', '/api/auth/wechat-login', { body: { code: 'new-user-code-1' } });
    expect(again.data.user.id).toBe(first.data.user.id);
    expect(JSON.stringify(first)).not.toMatch(/session_?key|openid/i);
    const row = await accounts().findOneByOrFail({ id: first.data.user.id });
    expect(row.sessionKeyEnc).toMatch(/^v1:/);
  });

  it('creates exactly one account when the same new user logs in twice at once', async () => {
    const rs = await Promise.all([1, 2, 3, 4].map(() => call('POST', '/api/auth/wechat-login', { body: { code: 'race-code' } })));
    expect(rs.every((r) => r.success)).toBe(true);
    expect(new Set(rs.map((r) => r.data.user.id)).size).toBe(1);
  });

  it('binds a phone from WeChat: encrypted at rest, masked in every answer', async () => {
    const { data } = await call('POST', '/api/auth/wechat-login', { body: { code: 'demo:demo-resident-3' } });
    const anon = await call('POST', '/api/auth/phone', { body: { code: 'phone:13800001111' } });
    expect(anon.status).toBe(401);
    const bad = await call('POST', '/api/auth/phone', { token: data.token, body: { code: 'bad' } });
    expect(bad).toMatchObject({ status: 400, errorCode: 'WECHAT_PHONE_FAILED' });

    const ok = await call('POST', '/api/auth/phone', { token: data.token, body: { code: 'phone:13800001111' } });
    expect(ok.data).toMatchObject({ phoneBound: true, phoneMasked: '138****1111' });
    const me = await call('GET', '/api/me', { token: data.token });
    expect(JSON.stringify(me)).not.toContain('13800001111');
    const row = await accounts().findOneByOrFail({ id: data.user.id });
    expect(row.phoneEnc).toMatch(/^v1:/);
    expect(row.phoneEnc).not.toContain('13800001111');
    expect(row.phoneHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('updates the nickname with validation', async () => {
    const { data } = await call('POST', '/api/auth/wechat-login', { body: { code: 'demo:demo-resident-4' } });
    const tooLong = await call('PUT', '/api/me', { token: data.token, body: { nickname: '很'.repeat(21) } });
    expect(tooLong).toMatchObject({ status: 422, errorField: 'nickname' });
    const ok = await call('PUT', '/api/me', { token: data.token, body: { nickname: '  小王  ' } });
    expect(ok.data.nickname).toBe('小王');
  });

  it('lets a resident delete the account: data erased, token dead, next login is a new account', async () => {
    const { data } = await call('POST', '/api/auth/wechat-login', { body: { code: 'to-be-deleted' } });
    await call('POST', '/api/auth/phone', { token: data.token, body: { code: 'phone:13900002222' } });
    const del = await call('DELETE', '/api/me', { token: data.token });
    expect(del.data).toEqual({ deleted: true });
    expect((await call('GET', '/api/me', { token: data.token })).status).toBe(401);
    const row = await accounts().findOneByOrFail({ id: data.user.id });
    expect(row).toMatchObject({ status: 'deleted', openid: null, phoneEnc: null, phoneHash: null, phoneMasked: null, sessionKeyEnc: null });
    const again = await call('POST', '/api/auth/wechat-login', { body: { code: 'to-be-deleted' } });
    expect(again.data.user.id).not.toBe(data.user.id);
    expect(again.data.user.phoneBound).toBe(false);
  });

  it('does not let a staff member delete the account from the mini-program', async () => {
    const { data } = await call('POST', '/api/auth/wechat-login', { body: { code: 'demo:demo-worker-002' } });
    const r = await call('DELETE', '/api/me', { token: data.token });
    expect(r).toMatchObject({ status: 403, errorMessage: '工作人员账号请联系管理员注销' });
  });

  it('went through the sandbox over HTTP, which saw codes but never echoed them into our logs', async () => {
    const r = await fetch(`${t.base}/__sandbox/wechat/_records`);
    const records = (await r.json()) as { path: string }[];
    expect(records.some((x) => x.path.endsWith('/sns/jscode2session'))).toBe(true);
    expect(records.some((x) => x.path.endsWith('/wxa/business/getuserphonenumber'))).toBe(true);
  });

  it('records the accepted agreement version with its time, and refuses a malformed version', async () => {
    const bad = await call('POST', '/api/auth/wechat-login', { body: { code: 'consent-user', agreementVersion: '<script>' } });
    expect(bad).toMatchObject({ status: 422, errorField: 'agreementVersion' });
    const r = await call('POST', '/api/auth/wechat-login', { body: { code: 'consent-user', agreementVersion: '2026.11' } });
    expect(r.data.user.agreementVersion).toBe('2026.11');
    const row = await t.db.getRepository(Account).findOneByOrFail({ id: r.data.user.id });
    expect(row.consentAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });
});
