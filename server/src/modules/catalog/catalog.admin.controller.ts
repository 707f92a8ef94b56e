import { Controller, Get, Inject } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { ApiBearerAuth, ApiTags } from '@midwayjs/swagger';
import { CatalogService } from './catalog.service';
import { requireStaff } from '../../common/actor';

@ApiTags('console: catalog')
@ApiBearerAuth()
@Controller('/api/admin')
export class CatalogAdminController {
  @Inject() ctx: Context;
  @Inject() catalog: CatalogService;

  @Get('/categories')
  async categories() {
    requireStaff(this.ctx, 'category:read');
    return this.catalog.allCategories();
  }

  @Get('/departments')
  async departments() {
    return this.catalog.departmentsFor(requireStaff(this.ctx, 'department:read'));
  }
}
