import { Body, Controller, Del, Get, Inject, Param, Post, Put } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Validate } from '@midwayjs/validate';
import { ApiBearerAuth, ApiTags } from '@midwayjs/swagger';
import { RoutingRuleService } from './routing-rule.service';
import { CannedReplyDTO, RoutePreviewDTO, RoutingRuleDTO } from './event.dto';
import { requireStaff } from '../../common/actor';
import { parseId } from '../../common/params';

@ApiTags('console: routing rules and canned replies')
@ApiBearerAuth()
@Controller('/api/admin')
export class RoutingRuleAdminController {
  @Inject() ctx: Context;
  @Inject() rules: RoutingRuleService;

  @Get('/routing-rules')
  async list() {
    return this.rules.list(requireStaff(this.ctx, 'category:read'));
  }

  @Post('/routing-rules')
  @Validate()
  async create(@Body() body: RoutingRuleDTO) {
    return this.rules.create(requireStaff(this.ctx, 'routing:write'), body);
  }

  @Put('/routing-rules/:id')
  @Validate()
  async update(@Param('id') id: string, @Body() body: RoutingRuleDTO) {
    return this.rules.update(requireStaff(this.ctx, 'routing:write'), parseId(id), body);
  }

  @Del('/routing-rules/:id')
  async remove(@Param('id') id: string) {
    return this.rules.remove(requireStaff(this.ctx, 'routing:write'), parseId(id));
  }

  @Post('/routing-rules/preview')
  @Validate()
  async preview(@Body() body: RoutePreviewDTO) {
    return this.rules.preview(requireStaff(this.ctx, 'category:read'), body);
  }

  @Get('/canned-replies')
  async canned() {
    return this.rules.cannedReplies(requireStaff(this.ctx));
  }

  @Post('/canned-replies')
  @Validate()
  async addCanned(@Body() body: CannedReplyDTO) {
    return this.rules.addCannedReply(requireStaff(this.ctx, 'dashboard:read'), body.text);
  }

  @Del('/canned-replies/:id')
  async removeCanned(@Param('id') id: string) {
    return this.rules.removeCannedReply(requireStaff(this.ctx, 'dashboard:read'), parseId(id));
  }
}
