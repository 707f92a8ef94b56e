import { DEMO_PASSWORD, useApp } from '../app';
import { Account } from '../../src/modules/account/account.entity';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';

describe('console login (password, lockout, tokens)', () => {
  const t = useApp();
  const { call } = t;

  it('refuses a wrong password with a Chinese message and no hint whether the user exists', async () => {
    const wrong = await call('POST', '/api/admin/auth/login', { body: { username: 'street1', password: 'nope' } });
    const unknown = await call('POST', '/api/admin/auth/login', { body: { username: 'no-such-user', password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong).toMatchObject({ success: false, errorCode: 'LOGIN_FAILED', errorMessage: '用户名或密码错误' });
    expect(unknown).toMatchObject({ status: 401, errorCode: 'LOGIN_FAILED', errorMessage: wrong.errorMessage });
  });

  it('names the missing field', async () => {
    const r = await call('POST', '/api/admin/auth/login', { body: { username: 'street1' } });
    expect(r.status).toBe(422);
    expect(r.errorField).toBe('password');
    expect(r.errorMessage).toBe('密码不能为空');
  });

  it('refuses residents: they have no password and no console', async () => {
    const r = await call('POST', '/api/admin/auth/login', { body: { username: 'demo-resident-1', password: DEMO_PASSWORD } });
    expect(r.errorCode).toBe('LOGIN_FAILED');
  });

  it('locks the account after 5 failures, even against the right password, and audits it', async () => {
    for (let i = 0; i < 4; i++) {
      const r = await call('POST', '/api/admin/auth/login', { body: { username: 'dept-police', password: `guess${i}` } });
      expect(r.errorCode).toBe('LOGIN_FAILED');
    }
    const fifth = await call('POST', '/api/admin/auth/login', { body: { username: 'dept-police', password: 'guess4' } });
    expect(fifth.status).toBe(423);
    expect(fifth.errorMessage).toContain('锁定');
    const right = await call('POST', '/api/admin/auth/login', { body: { username: 'dept-police', password: DEMO_PASSWORD } });
    expect(right).toMatchObject({ status: 423, errorCode: 'ACCOUNT_LOCKED' });

    const a = await t.db.getRepository(Account).findOneByOrFail({ username: 'dept-police' });
    expect(a.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
    const actions = (await t.db.getRepository(AuditLog).findBy({ actorId: a.id })).map((x) => x.action);
    expect(actions.filter((x) => x === 'login.failed')).toHaveLength(5);
    expect(actions).toContain('login.locked');
    expect(actions).toContain('login.refused_locked');
  });

  it('counts parallel guesses exactly: a burst cannot slip past the limit', async () => {
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, i) => call('POST', '/api/admin/auth/login', { body: { username: 'dept-emergency', password: `x${i}` } })),
    );
    expect(burst.every((r) => r.success === false)).toBe(true);
    const right = await call('POST', '/api/admin/auth/login', { body: { username: 'dept-emergency', password: DEMO_PASSWORD } });
    expect(right.errorCode).toBe('ACCOUNT_LOCKED');
  });

  it('logs in with the right password and returns the profile with its scope, never the hash', async () => {
    const r = await call('POST', '/api/admin/auth/login', { body: { username: 'community1', password: DEMO_PASSWORD } });
    expect(r.status).toBe(200);
    expect(r.data.user).toMatchObject({ username: 'community1', role: 'community_staff', roleLabel: '社区工作人员' });
    expect(r.data.user.scope.regionLevel).toBe('community');
    expect(r.data.user.permissions).toContain('region:read');
    expect(r.data.user.permissions).not.toContain('region:write');
    expect(r.data.user.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(JSON.stringify(r)).not.toMatch(/scrypt|password_?hash/i);

    const me = await call('GET', '/api/admin/auth/me', { token: r.data.token });
    expect(me.data.id).toBe(r.data.user.id);
  });

  it('revokes every token on logout', async () => {
    const r = await call('POST', '/api/admin/auth/login', { body: { username: 'community3', password: DEMO_PASSWORD } });
    const token = r.data.token;
    expect((await call('POST', '/api/admin/auth/logout', { token })).success).toBe(true);
    const me = await call('GET', '/api/admin/auth/me', { token });
    expect(me).toMatchObject({ status: 401, errorCode: 'TOKEN_INVALID' });
  });

  it('rejects forged and tampered tokens', async () => {
    const r = await call('POST', '/api/admin/auth/login', { body: { username: 'community4', password: DEMO_PASSWORD } });
    const [h, p, s] = r.data.token.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const elevated = Buffer.from(JSON.stringify({ ...claims, sub: 1 })).toString('base64url');
    expect((await call('GET', '/api/admin/auth/me', { token: `${h}.${elevated}.${s}` })).status).toBe(401);
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${p}.`;
    expect((await call('GET', '/api/admin/auth/me', { token: none })).status).toBe(401);
  });

  it('refuses a mini-program token on the console', async () => {
    const login = await call('POST', '/api/auth/wechat-login', { body: { code: 'demo:demo-worker-001' } });
    expect(login.data.user.staff).toMatchObject({ role: 'grid_worker' });
    const r = await call('GET', '/api/admin/regions/tree', { token: login.data.token });
    expect(r).toMatchObject({ status: 403, errorCode: 'FORBIDDEN' });
  });
});
