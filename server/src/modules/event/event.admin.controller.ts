import { Body, Controller, Get, Inject, Param, Post, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Validate } from '@midwayjs/validate';
import { ApiBearerAuth, ApiTags } from '@midwayjs/swagger';
import { EventIntakeService } from './event-intake.service';
import { EventLifecycleService } from './event-lifecycle.service';
import { EventQueryService } from './event-query.service';
import { CommentDTO, EventActionDTO, HotlineEventDTO, StaffEventQueryDTO } from './event.dto';
import { EventCommentService } from './event-comment.service';
import { EventNearbyService } from './event-nearby.service';
import { requireStaff } from '../../common/actor';
import { parseId } from '../../common/params';

@ApiTags('console: events')
@ApiBearerAuth()
@Controller('/api/admin/events')
export class EventAdminController {
  @Inject() ctx: Context;
  @Inject() intake: EventIntakeService;
  @Inject() lifecycle: EventLifecycleService;
  @Inject() query: EventQueryService;
  @Inject() comments: EventCommentService;
  @Inject() nearby: EventNearbyService;

  @Get('/')
  @Validate()
  async list(@Query() q: StaffEventQueryDTO) {
    return this.query.staffList(requireStaff(this.ctx), q);
  }

  /** Hotline (12345) or console entry on a caller's behalf; an Idempotency-Key header is honoured when sent. */
  @Post('/')
  @Validate()
  async create(@Body() body: HotlineEventDTO) {
    const actor = requireStaff(this.ctx);
    const { callerName, callerPhone, channel, ...report } = body;
    const key = this.ctx.get('idempotency-key') || undefined;
    const { event, replayed } = await this.intake.submit({
      actor, channel: channel ?? 'hotline', body: report, idempotencyKey: key, caller: { name: callerName, phone: callerPhone },
    });
    this.ctx.status = replayed ? 200 : 201;
    return { ...(await this.query.staffDetail(actor, event.id)), replayed };
  }

  @Get('/:id')
  async detail(@Param('id') id: string) {
    return this.query.staffDetail(requireStaff(this.ctx), parseId(id));
  }

  @Post('/:id/actions')
  @Validate()
  async act(@Param('id') id: string, @Body() body: EventActionDTO) {
    const actor = requireStaff(this.ctx);
    const e = await this.lifecycle.act(actor, parseId(id), body);
    return this.query.staffDetail(actor, e.id);
  }

  /** Public reply (reaches the reporter), internal note (never does), or supervision (督办). */
  @Post('/:id/comments')
  @Validate()
  async comment(@Param('id') id: string, @Body() body: CommentDTO) {
    const actor = requireStaff(this.ctx);
    const e = await this.comments.add(actor, parseId(id), body.kind, body.note);
    return this.query.staffDetail(actor, e.id);
  }

  /** Same category within 50 m and 72 h: candidates to merge. */
  @Get('/:id/duplicates')
  async duplicates(@Param('id') id: string) {
    const actor = requireStaff(this.ctx);
    return this.query.views.forStaff(actor, await this.nearby.duplicatesOf(actor, parseId(id)));
  }

  /** Re-checks the hash chain of the event's trail. */
  @Get('/:id/trail/verify')
  async verify(@Param('id') id: string) {
    return this.query.verifyTrail(requireStaff(this.ctx), parseId(id));
  }
}
