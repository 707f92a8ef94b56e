import { Controller, Get, Inject } from '@midwayjs/core';
import { ApiTags } from '@midwayjs/swagger';
import { CatalogService } from './catalog.service';

@ApiTags('public')
@Controller('/api')
export class CatalogController {
  @Inject() catalog: CatalogService;

  @Get('/categories')
  async categories() {
    return this.catalog.publicCategories();
  }
}
