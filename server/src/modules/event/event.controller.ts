import { Body, Controller, Get, Inject, Param, Post, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Validate } from '@midwayjs/validate';
import { ApiBearerAuth, ApiTags } from '@midwayjs/swagger';
import { isStaff } from '@linli/config';
import { EventIntakeService } from './event-intake.service';
import { EventLifecycleService } from './event-lifecycle.service';
import { EventQueryService } from './event-query.service';
import { EventActionDTO, NearbyDTO, ReportEventDTO, SimilarDTO, WorkerTaskQueryDTO } from './event.dto';
import { EventCommentService } from './event-comment.service';
import { EventNearbyService } from './event-nearby.service';
import { EventViewService } from './event-view.service';
import { requireUser } from '../../common/actor';
import { AppError, invalid } from '../../common/app-error';
import { parseId } from '../../common/params';
import { PageDTO } from '../region/region.dto';

/** Idempotency keys: what a client generates once per submission (a UUID or similar). */
const IDEM_KEY = /^[\w-]{8,64}$/;

@ApiTags('mini-program: events')
@ApiBearerAuth()
@Controller('/api/events')
export class EventController {
  @Inject() ctx: Context;
  @Inject() intake: EventIntakeService;
  @Inject() lifecycle: EventLifecycleService;
  @Inject() query: EventQueryService;
  @Inject() comments: EventCommentService;
  @Inject() nearby: EventNearbyService;
  @Inject() views: EventViewService;

  /** Report a problem (resident) or a patrol finding (grid worker). Requires an Idempotency-Key header. */
  @Post('/')
  @Validate()
  async report(@Body() body: ReportEventDTO) {
    const actor = requireUser(this.ctx);
    const key = this.ctx.get('idempotency-key');
    if (!IDEM_KEY.test(key)) throw invalid('Idempotency-Key', '缺少提交编号（Idempotency-Key），请重试');
    const { event, replayed } = await this.intake.submit({ actor, channel: isStaff(actor.role) ? 'patrol' : 'resident', body, idempotencyKey: key });
    this.ctx.status = replayed ? 200 : 201;
    // the submitter's view without the timeline (two steps it just caused): fewer queries on the hot path
    const [view] = await this.views.forReporter([event]);
    return { ...view, replayed };
  }

  @Get('/mine')
  @Validate()
  async mine(@Query() q: PageDTO) {
    return this.query.mine(requireUser(this.ctx), q);
  }

  /** Worker mode inbox (grid workers signed in through WeChat): what waits on me, what I have done. */
  @Get('/tasks')
  @Validate()
  async tasks(@Query() q: WorkerTaskQueryDTO) {
    const actor = requireUser(this.ctx);
    if (!isStaff(actor.role)) throw new AppError('FORBIDDEN');
    return this.query.workerTasks(actor, q);
  }

  /** Public reports around a point, personal data stripped (the nearby map). */
  @Get('/nearby')
  @Validate()
  async near(@Query() q: NearbyDTO) {
    requireUser(this.ctx);
    return this.nearby.nearby(q.lng, q.lat, q.radius ?? 1000);
  }

  /** Before submitting: open reports of the same kind within 50 m and 72 h, to say "me too" instead. */
  @Get('/similar')
  @Validate()
  async similar(@Query() q: SimilarDTO) {
    const actor = requireUser(this.ctx);
    const rows = (await this.nearby.similar(q.categoryCode, q.lng, q.lat)).filter((e) => e.isPublic && e.reporterId !== actor.id);
    return this.views.forReporter(rows).then((v) => v.map(({ anonymous: _a, isPublic: _p, ...rest }) => rest));
  }

  @Post('/:id/follow')
  async follow(@Param('id') id: string) {
    return this.nearby.follow(requireUser(this.ctx), parseId(id));
  }

  /** 催办: once a day while the event is open. */
  @Post('/:id/remind')
  async remind(@Param('id') id: string) {
    const actor = requireUser(this.ctx);
    const e = await this.comments.add(actor, parseId(id), 'remind', '');
    return this.query.reporterDetail(actor, e.id);
  }

  @Get('/:id')
  async detail(@Param('id') id: string) {
    return this.query.reporterDetail(requireUser(this.ctx), parseId(id));
  }

  /** Reporter: evaluate, reopen. Grid worker (worker mode): accept, handle, return, escalate. */
  @Post('/:id/actions')
  @Validate()
  async act(@Param('id') id: string, @Body() body: EventActionDTO) {
    const actor = requireUser(this.ctx);
    const e = await this.lifecycle.act(actor, parseId(id), body);
    return this.query.reporterDetail(actor, e.id);
  }
}
