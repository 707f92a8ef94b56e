import { ILogger, Inject, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { WechatClient } from './wechat.client';

/** pass: may be shown; pending: keep it but show it to nobody but staff until reviewed; risky: refuse it. */
export type TextVerdict = 'pass' | 'pending' | 'risky';

/**
 * User text through WeChat content security (msg_sec_check v2). Fails closed: when WeChat asks for review,
 * cannot be reached or is over quota, the text is kept as pending, never published as if it had passed.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class ContentSecurity {
  @Inject() wechat: WechatClient;
  @Logger() logger: ILogger;

  async screen(text: string, openid: string | null): Promise<TextVerdict> {
    // WeChat checks only on behalf of a user who opened the mini-program recently (an openid)
    if (!openid) return 'pending';
    try {
      const r = await this.wechat.msgSecCheck(text, openid);
      if (r.suggest === 'risky') return 'risky';
      return r.suggest === 'pass' ? 'pass' : 'pending';
    } catch (err) {
      this.logger.warn('content security unavailable, text kept for review: %s', (err as Error).message);
      return 'pending';
    }
  }
}
