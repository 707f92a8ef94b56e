import { Config, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { SubscribeQuota } from './subscribe-quota.entity';
import type { Templates } from './notify.service';
import { invalid } from '../../common/app-error';

/** What each template announces, as the mini-program shows it before WeChat's own dialog. */
const TEMPLATE_TITLES: Record<keyof Templates, string> = { status: '办理进度通知', reply: '回复通知', task: '新任务提醒' };
/** Allows kept per template: enough for a busy month, not an unbounded counter. */
const MAX_REMAINING = 50;

/** WeChat one-time subscriptions: the user's allows are counted here and spent one per message sent. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class SubscriptionService {
  @Config('wechat.templates') templates: Templates;
  @InjectDataSource() db: DataSource;

  async status(accountId: number) {
    const rows = await this.db.getRepository(SubscribeQuota).findBy({ accountId, templateId: In(Object.values(this.templates)) });
    const left = new Map(rows.map((r) => [r.templateId, r.remaining]));
    return {
      templates: (Object.keys(this.templates) as (keyof Templates)[]).map((kind) => ({
        kind, templateId: this.templates[kind], title: TEMPLATE_TITLES[kind], remaining: left.get(this.templates[kind]) ?? 0,
      })),
    };
  }

  /** The user tapped "allow" for these templates in WeChat's dialog: one more message each. */
  async grant(accountId: number, templateIds: string[]) {
    const known = new Set(Object.values(this.templates));
    const bad = templateIds.find((id) => !known.has(id));
    if (bad !== undefined) throw invalid('accepted', `未知的订阅消息模板：${bad}`);
    for (const templateId of new Set(templateIds)) {
      await this.db.transaction(async (m) => {
        await m.createQueryBuilder().insert().into(SubscribeQuota).values({ accountId, templateId, remaining: 0 }).orIgnore().execute();
        await m.createQueryBuilder().update(SubscribeQuota)
          .set({ remaining: () => `CASE WHEN remaining < ${MAX_REMAINING} THEN remaining + 1 ELSE remaining END` })
          .where({ accountId, templateId }).execute();
      });
    }
    return this.status(accountId);
  }

  /** Spends one allow of each account that has one, in the caller's transaction; returns those accounts. */
  async spend(m: EntityManager, accountIds: number[], templateId: string): Promise<number[]> {
    const out: number[] = [];
    for (const accountId of accountIds) {
      const res = await m.createQueryBuilder().update(SubscribeQuota)
        .set({ remaining: () => 'remaining - 1' })
        .where('account_id = :accountId AND template_id = :templateId AND remaining > 0', { accountId, templateId })
        .execute();
      if (res.affected) out.push(accountId);
    }
    return out;
  }
}
