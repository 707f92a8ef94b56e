import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { useApp } from '../app';
import { gridOf, people } from '../event/helpers';
import { ownStaff } from './accounts';
import { FORBIDDEN_FILE_PREFIX, scanRunDir, scanText } from '../log-capture/scan';
import { Account } from '../../src/modules/account/account.entity';
import { Region } from '../../src/modules/region/region.entity';
import { AccountService } from '../../src/modules/account/account.service';
import { CryptoService } from '../../src/common/crypto.service';
import { WechatClient } from '../../src/modules/wechat/wechat.client';

/**
 * The log scan (test/log-capture) fails the whole jest run when a log line carries personal data or a
 * secret. This file makes sure there is something to find: it drives the paths that handle phones, ID
 * numbers, session keys and tokens, including the failures that get logged, and checks that what reached
 * the log files of this run is masked.
 */
describe('log hygiene: what the server logs while handling personal data and secrets', () => {
  const t = useApp();
  const dir = process.env.LINLI_TEST_LOG_DIR!;
  const PHONE = '13987654321';
  const ID_NUMBER = '33021119900307123X';
  /** Every log line of this run so far, Midway's files and the captured console. */
  const logged = () => scanRunDir(dir).files.map((f) => readFileSync(f, 'utf8')).join('\n');
  /** The log once it holds `expected` (Midway's file streams write asynchronously), at most 3 s later. */
  async function loggedOnce(...expected: (string | RegExp)[]): Promise<string> {
    for (let i = 0; ; i++) {
      const text = logged();
      if (expected.every((e) => (typeof e === 'string' ? text.includes(e) : e.test(text))) || i >= 30) return text;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('the scanner finds each kind of leak, and passes masked text', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const dirty = [`phone ${PHONE}`, `身份证${ID_NUMBER}`, `token ${jwt}`, 'session_key: "tiihtNczf5v6AKRyjwEUhQ=="',
      'GET /cgi-bin/x?access_token=ACCESS_TOKEN_1', 'jscode2session?appid=wx1&secret=abcdef', 'the key is my-own-secret-value'];
    const found = dirty.map((line) => scanText(line, ['my-own-secret-value']).map((l) => l.what));
    expect(found).toEqual([['mainland mobile number'], ['ID card number'], ['JWT'], ['WeChat session_key'], ['access_token in a URL'], ['app secret in a URL'], ['a secret or session key of this run']]);
    const clean = ['phone 139****4321 and 3302**********123X', 'event E2612010000123 at 2026-12-01 23:59:59.123', `pid 12345 took 1764632145123 ms`, 'token [token]'];
    expect(clean.flatMap((line) => scanText(line, []))).toEqual([]);
  });

  it('drives WeChat login, phone binding and hotline entry with personal data, and logs none of it', async () => {
    const p = people(t);
    const token = await p.wechat('log-hygiene-resident');
    const bound = await p.call('POST', '/api/auth/phone', { token, body: { code: `phone:${PHONE}` } });
    expect(bound.data.phoneMasked).toBe('139****4321');
    // the session key the sandbox handed out: kept out of every log line (the teardown reads this file)
    const account = await t.db.getRepository(Account).findOneByOrFail({ openid: 'log-hygiene-resident' });
    const crypto = await t.app.getApplicationContext().getAsync(CryptoService);
    const sessionKey = crypto.decrypt(account.sessionKeyEnc!);
    writeFileSync(join(dir, `${FORBIDDEN_FILE_PREFIX}session-keys-${process.pid}.json`), JSON.stringify([sessionKey]));

    const g = await gridOf(t, 11, 1);
    const street = await ownStaff(t, 'log-hygiene-street', 'street_centre', await t.db.getRepository(Region).findOneByOrFail({ id: g.community.parentId! }));
    const hotline = await p.call('POST', '/api/admin/events', { token: street, body: {
      categoryCode: 'ENV_GARBAGE', description: `来电人 ${PHONE}，身份证 ${ID_NUMBER}，反映楼下垃圾`, lng: g.lng, lat: g.lat, channel: 'hotline', callerName: '张三', callerPhone: PHONE,
    } });
    expect(hotline.status).toBe(201);
    expect(logged()).not.toContain(sessionKey);
  });

  it('masks phones, ID numbers and tokens in the lines that failures do log, in plain and JSON format', async () => {
    const p = people(t);
    const token = await p.wechat('log-hygiene-resident');
    const accounts = await t.app.getApplicationContext().getAsync(AccountService);
    const marker = `hygiene-${Date.now()}`;
    const spy = jest.spyOn(accounts, 'updateNickname');
    try {
      // an unexpected error whose message carries personal data and a token, as a careless library might
      spy.mockRejectedValueOnce(new Error(`${marker}-plain phone ${PHONE} id ${ID_NUMBER} auth Bearer ${token}`));
      expect((await p.call('PUT', '/api/me', { token, body: { nickname: '邻居' } })).status).toBe(500);
      process.env.LOG_FORMAT = 'json';
      spy.mockRejectedValueOnce(new Error(`${marker}-json phone ${PHONE} id ${ID_NUMBER}`));
      expect((await p.call('PUT', '/api/me', { token, body: { nickname: '邻居' } })).status).toBe(500);
      delete process.env.LOG_FORMAT;
      // a failed SQL statement with personal data in its text and parameters (TypeORM's logger and the error filter both log it)
      const duplicate = `INSERT INTO account (role, username, nickname) VALUES ('resident', '${marker}-${PHONE}', ?), ('resident', '${marker}-${PHONE}', ?)`;
      spy.mockImplementationOnce(() => t.db.query(duplicate, [ID_NUMBER, `${marker}-住址幸福小区3栋502`]));
      expect((await p.call('PUT', '/api/me', { token, body: { nickname: '邻居' } })).status).toBe(500);
    } finally {
      delete process.env.LOG_FORMAT;
      spy.mockRestore();
    }
    const text = await loggedOnce(`${marker}-plain`, `${marker}-json`, `${marker}-139****4321`);
    expect(text).toContain(`${marker}-plain phone 139****4321 id 3302**********123X auth Bearer [token]`);
    expect(text).toMatch(new RegExp(`"msg":"[^"]*${marker}-json phone 139\\*\\*\\*\\*4321`));
    expect(text).toContain(`${marker}-139****4321`);
    expect(text).not.toContain('住址幸福小区'); // what a resident typed travels as a parameter, and parameters are never logged
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(ID_NUMBER);
    expect(text).not.toContain(token);
  });

  it('logs WeChat failures without the app secret, access tokens or the login code', async () => {
    const p = people(t);
    const wx = await t.app.getApplicationContext().getAsync(WechatClient);
    const token = await p.wechat('log-hygiene-resident');
    expect((await p.call('POST', '/api/auth/wechat-login', { body: { code: `bad-${PHONE}` } })).status).toBe(400);
    expect((await p.call('POST', '/api/auth/phone', { token, body: { code: `bad-phone-${PHONE}` } })).status).toBe(400);
    const saved = wx.cfg.apiBase;
    wx.cfg.apiBase = 'http://127.0.0.1:9'; // nothing listens there
    try {
      expect((await p.call('POST', '/api/auth/wechat-login', { body: { code: 'demo:log-hygiene-resident' } })).status).toBe(503);
    } finally {
      wx.cfg.apiBase = saved;
    }
    const text = await loggedOnce(/jscode2session errcode 40029/, /jscode2session unreachable/);
    expect(text).toMatch(/wechat \/sns\/jscode2session errcode 40029/);
    expect(text).toMatch(/wechat \/sns\/jscode2session unreachable/);
    expect(text).not.toMatch(/secret=|access_token=|demo:log-hygiene/);
    expect(scanRunDir(dir).leaks).toEqual([]);
  });
});
