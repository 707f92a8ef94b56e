import { Body, Controller, Get, Inject, Param, Post, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Rule, RuleType, Validate } from '@midwayjs/validate';
import { ApiBearerAuth, ApiTags } from '@midwayjs/swagger';
import { InjectDataSource } from '@midwayjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Message } from './message.entity';
import { SubscriptionService } from './subscription.service';

export class SubscribeDTO {
  @Rule(RuleType.array().items(RuleType.string().max(64)).min(1).max(10).required())
  accepted: string[];
}
import { AppError, notFound } from '../../common/app-error';
import { parseId } from '../../common/params';
import { PageDTO } from '../region/region.dto';
import { paging } from '../../common/paging';

/** The message centre, for any signed-in person (mini-program users and console staff alike). */
@ApiTags('messages')
@ApiBearerAuth()
@Controller('/api/messages')
export class MessageController {
  @Inject() ctx: Context;
  @InjectDataSource() db: DataSource;
  @Inject() subs: SubscriptionService;

  private me(): number {
    if (this.ctx.authError) throw this.ctx.authError;
    if (!this.ctx.actor) throw new AppError('UNAUTHENTICATED');
    return this.ctx.actor.id;
  }

  @Get('/')
  @Validate()
  async list(@Query() q: PageDTO) {
    const accountId = this.me();
    const { page, pageSize, skip, take } = paging(q);
    const repo = this.db.getRepository(Message);
    const [rows, total] = await repo.findAndCount({ where: { accountId }, order: { id: 'DESC' }, skip, take });
    const unread = await repo.countBy({ accountId, readAt: IsNull() });
    return {
      items: rows.map((r) => ({ id: r.id, title: r.title, body: r.body, eventId: r.eventId, read: !!r.readAt, createdAt: r.createdAt.toISOString() })),
      total, page, pageSize, unread,
    };
  }

  /** Subscribe-message templates with the allows left, for the mini-program's opt-in moments. */
  @Get('/subscriptions')
  async subscriptions() {
    return this.subs.status(this.me());
  }

  /** Records the templates the user allowed in WeChat's requestSubscribeMessage dialog. */
  @Post('/subscriptions')
  @Validate()
  async subscribe(@Body() body: SubscribeDTO) {
    return this.subs.grant(this.me(), body.accepted);
  }

  @Post('/:id/read')
  async read(@Param('id') id: string) {
    const accountId = this.me();
    const res = await this.db.getRepository(Message).update({ id: parseId(id), accountId, readAt: IsNull() }, { readAt: new Date() });
    if (!res.affected && !(await this.db.getRepository(Message).existsBy({ id: parseId(id), accountId }))) throw notFound();
    return { read: true };
  }

  @Post('/read-all')
  async readAll() {
    const accountId = this.me();
    const res = await this.db.getRepository(Message).update({ accountId, readAt: IsNull() }, { readAt: new Date() });
    return { marked: res.affected ?? 0 };
  }
}
