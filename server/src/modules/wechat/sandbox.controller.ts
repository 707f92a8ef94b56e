import { Body, Config, Controller, Get, Inject, Post, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { createHash, randomBytes } from 'crypto';
import type { WechatConfig } from './wechat.client';

/** Words the sandbox's content check flags, standing in for WeChat's model. */
const RISKY_WORDS = ['赌博', '色情', '毒品', '枪支', '诈骗'];

interface SandboxRecord { at: string; path: string; body: unknown }

/**
 * A loopback stand-in for WeChat's server API, answering like WeChat so that development and
 * tests exercise the real client. Every route 404s unless the sandbox is enabled (never in production).
 * It keeps what it was sent so tests can assert on it.
 */
@Controller('/__sandbox/wechat', { ignoreGlobalPrefix: true, description: 'WeChat sandbox (dev/test only)' })
export class WechatSandboxController {
  @Inject() ctx: Context;
  @Config('wechat') cfg: WechatConfig;

  static records: SandboxRecord[] = [];
  static tokens = new Set<string>();

  private guard(body?: unknown) {
    if (!this.cfg.sandbox) this.ctx.throw(404);
    WechatSandboxController.records.push({ at: new Date().toISOString(), path: this.ctx.path, body: body ?? this.ctx.query });
    if (WechatSandboxController.records.length > 1000) WechatSandboxController.records.shift();
  }

  private tokenOk(token?: string) {
    return !!token && WechatSandboxController.tokens.has(token);
  }

  @Get('/sns/jscode2session')
  async code2Session(@Query('appid') appid: string, @Query('js_code') code: string) {
    this.guard({ appid, js_code: code ? '<code>' : '' });
    if (appid !== this.cfg.appId) return { errcode: 40013, errmsg: 'invalid appid' };
    if (!code || code.startsWith('bad')) return { errcode: 40029, errmsg: 'invalid code' };
    const openid = code.startsWith('demo:') ? code.slice(5) : `o_${createHash('sha256').update(code).digest('hex').slice(0, 24)}`;
    return { openid, session_key: randomBytes(16).toString('base64') };
  }

  @Post('/cgi-bin/stable_token')
  async stableToken(@Body() body: { appid?: string; secret?: string }) {
    this.guard({ appid: body.appid });
    if (body.appid !== this.cfg.appId || body.secret !== this.cfg.secret) return { errcode: 40125, errmsg: 'invalid appsecret' };
    const token = `sandbox-${randomBytes(12).toString('hex')}`;
    WechatSandboxController.tokens.add(token);
    return { access_token: token, expires_in: 7200 };
  }

  @Post('/wxa/business/getuserphonenumber')
  async phone(@Query('access_token') token: string, @Body() body: { code?: string }) {
    this.guard({ code: body.code ? '<code>' : '' });
    if (!this.tokenOk(token)) return { errcode: 40001, errmsg: 'invalid credential' };
    const m = /^phone:(1[3-9]\d{9})$/.exec(body.code ?? '');
    if (!m) return { errcode: 40029, errmsg: 'invalid code' };
    return { errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: m[1], purePhoneNumber: m[1], countryCode: '86' } };
  }

  @Post('/wxa/msg_sec_check')
  async msgSecCheck(@Query('access_token') token: string, @Body() body: { content?: string }) {
    this.guard(body);
    if (!this.tokenOk(token)) return { errcode: 40001, errmsg: 'invalid credential' };
    const risky = RISKY_WORDS.some((w) => (body.content ?? '').includes(w));
    return { errcode: 0, errmsg: 'ok', result: { suggest: risky ? 'risky' : 'pass', label: risky ? 20001 : 100 } };
  }

  @Post('/cgi-bin/message/subscribe/send')
  async subscribeSend(@Query('access_token') token: string, @Body() body: unknown) {
    this.guard(body);
    if (!this.tokenOk(token)) return { errcode: 40001, errmsg: 'invalid credential' };
    return { errcode: 0, errmsg: 'ok' };
  }

  @Get('/_records')
  async list() {
    if (!this.cfg.sandbox) this.ctx.throw(404);
    return WechatSandboxController.records;
  }
}
