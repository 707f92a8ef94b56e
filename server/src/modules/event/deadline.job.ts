import { ILogger, Inject, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource } from 'typeorm';
import { Event } from './event.entity';
import { EventLifecycleService } from './event-lifecycle.service';
import { AppError } from '../../common/app-error';
import { WriteGate } from '../../common/write-gate';

const BATCH = 500;

/**
 * 超时亮灯: marks events whose signing or handling deadline passed and raises automatic supervision
 * (督办) to the level above, exactly once per event even with several instances running — the
 * version compare-and-set in `commit` lets only one of them record it.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class DeadlineJob {
  @InjectDataSource() db: DataSource;
  @Inject() lifecycle: EventLifecycleService;
  @Logger() logger: ILogger;
  @Inject() gate: WriteGate;

  async tick(now = new Date()): Promise<{ marked: number }> {
    return this.gate.run(() => this.run(now));
  }

  private async run(now: Date): Promise<{ marked: number }> {
    const due = await this.db.getRepository(Event).createQueryBuilder('e')
      .where('e.overdue = :no', { no: false })
      .andWhere(
        "((e.status = 'assigned' AND e.sign_deadline < :now) OR (e.status = 'accepted' AND e.handle_deadline < :now))",
        { now },
      )
      .orderBy('e.id', 'ASC')
      .take(BATCH)
      .getMany();
    let marked = 0;
    for (const e of due) {
      try {
        await this.db.transaction((m) => this.lifecycle.commit(m, e, { overdue: true }, {
          action: 'supervise', from: null, to: null, actor: null, visibility: 'internal',
          note: e.status === 'assigned' ? '超过签收时限，系统自动督办' : '超过办理时限，系统自动督办',
          detail: { automatic: true, deadline: (e.status === 'assigned' ? e.signDeadline : e.handleDeadline)?.toISOString() ?? null },
        }));
        marked++;
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err; // someone else got there first
      }
    }
    if (marked) this.logger.info('deadline job: %d events turned red', marked);
    return { marked };
  }
}
