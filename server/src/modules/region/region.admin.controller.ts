import { Controller, Get, Inject, Param, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Validate } from '@midwayjs/validate';
import { ApiBearerAuth, ApiTags } from '@midwayjs/swagger';
import { RegionService } from './region.service';
import { GridQueryDTO, LocateDTO, RegionScopedDTO } from './region.dto';
import { requireStaff } from '../../common/actor';
import { parseId } from '../../common/params';

@ApiTags('console: regions and grids')
@ApiBearerAuth()
@Controller('/api/admin')
export class RegionAdminController {
  @Inject() ctx: Context;
  @Inject() regions: RegionService;

  @Get('/regions/tree')
  async tree() {
    return this.regions.tree(requireStaff(this.ctx, 'region:read'));
  }

  @Get('/regions/:id/children')
  async children(@Param('id') id: string) {
    return this.regions.children(requireStaff(this.ctx, 'region:read'), parseId(id));
  }

  @Get('/grids')
  @Validate()
  async grids(@Query() q: GridQueryDTO) {
    return this.regions.grids(requireStaff(this.ctx, 'region:read'), q);
  }

  @Get('/grids/geojson')
  @Validate()
  async geojson(@Query() q: RegionScopedDTO) {
    return this.regions.geojson(requireStaff(this.ctx, 'region:read'), q.regionId);
  }

  @Get('/grids/locate')
  @Validate()
  async locate(@Query() q: LocateDTO) {
    return this.regions.locateInScope(requireStaff(this.ctx, 'region:read'), q.lng, q.lat);
  }

  @Get('/grids/:id')
  async grid(@Param('id') id: string) {
    return this.regions.grid(requireStaff(this.ctx, 'region:read'), parseId(id));
  }
}
