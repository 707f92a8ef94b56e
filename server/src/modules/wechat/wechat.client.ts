import { App, Config, ILogger, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { Application } from '@midwayjs/koa';
import type { AddressInfo, Server } from 'net';
import { AppError } from '../../common/app-error';
import { ErrorCode } from '@linli/config';

export interface WechatConfig {
  appId: string;
  secret: string;
  apiBase: string;
  sandbox: boolean;
  timeoutMs: number;
}

export interface MsgSecResult { suggest: 'pass' | 'review' | 'risky'; label: number }

/**
 * The one way to WeChat's server API. Its base URL is configuration: WeChat in production, the
 * loopback sandbox (sandbox.controller.ts) in development and tests. The code path is the same.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class WechatClient {
  @Config('wechat') cfg: WechatConfig;
  @App() app: Application;
  @Logger() logger: ILogger;

  private token: { value: string; expiresAt: number } | null = null;

  private base(): string {
    if (this.cfg.apiBase) return this.cfg.apiBase.replace(/\/$/, '');
    if (!this.cfg.sandbox) throw new Error('WECHAT_API_BASE is required when the WeChat sandbox is off');
    const server = (this.app.getFramework() as unknown as { getServer(): Server | undefined }).getServer();
    const port = (server?.address() as AddressInfo | null)?.port;
    if (!port) throw new Error('the WeChat sandbox needs the server to listen on a port');
    return `http://127.0.0.1:${port}/__sandbox/wechat`;
  }

  private async call<T>(
    path: string, init: { method?: string; query?: Record<string, string>; body?: unknown }, failure: ErrorCode,
  ): Promise<T> {
    const url = new URL(this.base() + path);
    for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, v);
    let res: Response;
    try {
      res = await fetch(url, {
        method: init.method ?? (init.body ? 'POST' : 'GET'),
        headers: init.body ? { 'content-type': 'application/json' } : undefined,
        body: init.body ? JSON.stringify(init.body) : undefined,
        signal: AbortSignal.timeout(this.cfg.timeoutMs),
      });
    } catch (err) {
      this.logger.warn('wechat %s unreachable: %s', path, (err as Error).message);
      throw new AppError('WECHAT_UNAVAILABLE');
    }
    if (res.status >= 500) throw new AppError('WECHAT_UNAVAILABLE');
    const json = (await res.json()) as T & { errcode?: number };
    if (json.errcode) {
      if (json.errcode === 40001 || json.errcode === 42001) this.token = null; // token revoked or expired
      this.logger.warn('wechat %s errcode %d', path, json.errcode);
      throw new AppError(json.errcode === -1 ? 'WECHAT_UNAVAILABLE' : failure);
    }
    return json;
  }

  /** Server access token (stable_token: several instances may each hold one without revoking the others). */
  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now() + 60_000) return this.token.value;
    const r = await this.call<{ access_token: string; expires_in: number }>('/cgi-bin/stable_token', {
      body: { grant_type: 'client_credential', appid: this.cfg.appId, secret: this.cfg.secret },
    }, 'WECHAT_UNAVAILABLE');
    this.token = { value: r.access_token, expiresAt: Date.now() + r.expires_in * 1000 };
    return r.access_token;
  }

  async code2Session(code: string): Promise<{ openid: string; sessionKey: string; unionid?: string }> {
    const r = await this.call<{ openid: string; session_key: string; unionid?: string }>('/sns/jscode2session', {
      query: { appid: this.cfg.appId, secret: this.cfg.secret, js_code: code, grant_type: 'authorization_code' },
    }, 'WECHAT_LOGIN_FAILED');
    return { openid: r.openid, sessionKey: r.session_key, unionid: r.unionid };
  }

  async phoneNumber(code: string): Promise<string> {
    const r = await this.call<{ phone_info: { purePhoneNumber: string } }>('/wxa/business/getuserphonenumber', {
      query: { access_token: await this.accessToken() }, body: { code },
    }, 'WECHAT_PHONE_FAILED');
    return r.phone_info.purePhoneNumber;
  }

  async msgSecCheck(content: string, openid: string, scene = 2): Promise<MsgSecResult> {
    const r = await this.call<{ result: MsgSecResult }>('/wxa/msg_sec_check', {
      query: { access_token: await this.accessToken() }, body: { content, version: 2, scene, openid },
    }, 'WECHAT_UNAVAILABLE');
    return r.result;
  }

  async sendSubscribeMessage(msg: { touser: string; template_id: string; page?: string; data: Record<string, { value: string }> }) {
    await this.call('/cgi-bin/message/subscribe/send', {
      query: { access_token: await this.accessToken() }, body: msg,
    }, 'WECHAT_UNAVAILABLE');
  }
}
