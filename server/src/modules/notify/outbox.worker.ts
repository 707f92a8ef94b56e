import { ILogger, Inject, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, In, IsNull, LessThan, LessThanOrEqual } from 'typeorm';
import { hostname } from 'os';
import { randomBytes } from 'crypto';
import { Outbox } from './outbox.entity';
import { Account } from '../account/account.entity';
import { WechatClient } from '../wechat/wechat.client';
import { WriteGate } from '../../common/write-gate';

const LEASE_MS = 60_000;
const BATCH = 50;
const MAX_ATTEMPTS = 10;
/** Retry after 30 s, 1 min, 2 min … capped at 1 h. */
export const backoffMs = (attempts: number) => Math.min(30_000 * 2 ** (attempts - 1), 3600_000);

/**
 * Sends what the outbox holds. Each instance claims due rows under a lease with a conditional UPDATE,
 * so two instances never send the same message; a failed send is retried later, never dropped.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class OutboxWorker {
  @InjectDataSource() db: DataSource;
  @Inject() wechat: WechatClient;
  @Logger() logger: ILogger;
  @Inject() gate: WriteGate;

  readonly instance = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  /** How long a claim keeps other instances off a row (tests shorten it). */
  leaseMs = LEASE_MS;

  async tick(now = new Date()): Promise<{ sent: number; failed: number }> {
    const mine = await this.gate.run(() => this.claim(now));
    let sent = 0;
    let failed = 0;
    // WeChat is called outside the write gate: a slow WeChat must not hold up the database
    for (const row of mine) {
      // with WeChat slow, a batch can outlast its lease and another instance take the rest: each row is
      // taken again right before its send, and one that is no longer ours is left to its new holder
      if (!(await this.gate.run(() => this.renew(row)))) continue;
      const error = await this.send(row).then(() => null, (err: Error) => String(err.message).slice(0, 250));
      await this.gate.run(() => this.settle(row, error));
      if (error) failed++;
      else sent++;
    }
    if (failed) this.logger.warn('outbox: %d sent, %d failed (will retry)', sent, failed);
    return { sent, failed };
  }

  private async claim(now: Date): Promise<Outbox[]> {
    const repo = this.db.getRepository(Outbox);
    const due = await repo.find({
      select: ['id'],
      where: [
        { status: 'pending', nextAttemptAt: LessThanOrEqual(now), lockedUntil: IsNull() },
        { status: 'pending', nextAttemptAt: LessThanOrEqual(now), lockedUntil: LessThan(now) },
      ],
      order: { id: 'ASC' },
      take: BATCH,
    });
    if (!due.length) return [];
    // the claim: only rows still unleased get our name; a concurrent instance's UPDATE finds them taken
    await repo.createQueryBuilder().update(Outbox)
      .set({ lockedBy: this.instance, lockedUntil: new Date(now.getTime() + this.leaseMs) })
      .where({ id: In(due.map((d) => d.id)), status: 'pending' })
      .andWhere('(locked_until IS NULL OR locked_until < :now)', { now })
      .execute();
    return repo.findBy({ id: In(due.map((d) => d.id)), lockedBy: this.instance, status: 'pending' });
  }

  /** Extends our lease on the row; false when another instance has claimed it since. */
  private async renew(row: Outbox): Promise<boolean> {
    const res = await this.db.getRepository(Outbox).createQueryBuilder().update(Outbox)
      .set({ lockedUntil: new Date(Date.now() + this.leaseMs) })
      .where({ id: row.id, lockedBy: this.instance, status: 'pending' })
      .execute();
    return res.affected === 1;
  }

  private async settle(row: Outbox, error: string | null) {
    const repo = this.db.getRepository(Outbox);
    const attempts = row.attempts + 1;
    if (!error) {
      await repo.update({ id: row.id }, { status: 'sent', sentAt: new Date(), lockedBy: null, lockedUntil: null, attempts });
      return;
    }
    await repo.update({ id: row.id }, {
      status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending', attempts, lockedBy: null, lockedUntil: null,
      nextAttemptAt: new Date(Date.now() + backoffMs(attempts)), lastError: error,
    });
  }

  private async send(row: Outbox) {
    const a = await this.db.getRepository(Account).findOneBy({ id: row.accountId });
    if (!a?.openid || a.status !== 'active') return; // nobody to reach on WeChat (console-only staff, deleted account): done
    const p = row.payload;
    await this.wechat.sendSubscribeMessage({
      touser: a.openid, template_id: p.template, page: p.page,
      data: { thing1: { value: p.title }, thing2: { value: p.body }, character_string3: { value: p.no } },
    });
  }
}
