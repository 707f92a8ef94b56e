import { Controller, Get, Inject, Query } from '@midwayjs/core';
import { Validate } from '@midwayjs/validate';
import { ApiTags } from '@midwayjs/swagger';
import { RegionService } from './region.service';
import { LocateDTO } from './region.dto';

@ApiTags('public')
@Controller('/api/geo')
export class GeoController {
  @Inject() regions: RegionService;

  /** Which grid (and community, street) a point belongs to; null outside every grid. */
  @Get('/locate')
  @Validate()
  async locate(@Query() q: LocateDTO) {
    const r = await this.regions.locate(q.lng, q.lat);
    if (!r) return null;
    const { gridPath: _omit, ...result } = r;
    return result;
  }
}
