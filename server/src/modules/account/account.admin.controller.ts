import { Controller, Get, Inject, Query } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Validate } from '@midwayjs/validate';
import { ApiBearerAuth, ApiTags } from '@midwayjs/swagger';
import { AccountAdminService } from './account.admin.service';
import { AccountQueryDTO } from './account.dto';
import { requireStaff } from '../../common/actor';

@ApiTags('console: accounts')
@ApiBearerAuth()
@Controller('/api/admin/accounts')
export class AccountAdminController {
  @Inject() ctx: Context;
  @Inject() service: AccountAdminService;

  @Get('/')
  @Validate()
  async list(@Query() q: AccountQueryDTO) {
    return this.service.list(requireStaff(this.ctx, 'account:read'), q);
  }
}
