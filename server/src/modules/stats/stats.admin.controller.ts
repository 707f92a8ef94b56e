import { Controller, Get, Inject, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Validate } from '@midwayjs/validate';
import { ApiBearerAuth, ApiTags } from '@midwayjs/swagger';
import { StatsService } from './stats.service';
import { StatsQueryDTO, TrendQueryDTO } from './stats.dto';
import { requireStaff } from '../../common/actor';

/** The cockpit's figures (驾驶舱): staff holding dashboard:read, within their scope. */
@ApiTags('console: statistics')
@ApiBearerAuth()
@Controller('/api/admin/stats')
export class StatsAdminController {
  @Inject() ctx: Context;
  @Inject() stats: StatsService;

  @Get('/overview')
  @Validate()
  async overview(@Query() q: StatsQueryDTO) {
    return this.stats.overview(requireStaff(this.ctx, 'dashboard:read'), q);
  }

  @Get('/by-category')
  @Validate()
  async byCategory(@Query() q: StatsQueryDTO) {
    return this.stats.byCategory(requireStaff(this.ctx, 'dashboard:read'), q);
  }

  @Get('/by-region')
  @Validate()
  async byRegion(@Query() q: StatsQueryDTO) {
    return this.stats.byRegion(requireStaff(this.ctx, 'dashboard:read'), q);
  }

  @Get('/trend')
  @Validate()
  async trend(@Query() q: TrendQueryDTO) {
    return this.stats.trend(requireStaff(this.ctx, 'dashboard:read'), q);
  }
}
