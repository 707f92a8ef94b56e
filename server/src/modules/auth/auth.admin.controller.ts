import { Body, Controller, Get, Inject, Post } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Validate } from '@midwayjs/validate';
import { ApiBearerAuth, ApiTags } from '@midwayjs/swagger';
import { AuthService } from './auth.service';
import { StaffLoginDTO } from './auth.dto';
import { AccountService } from '../account/account.service';
import { requireStaff } from '../../common/actor';

@ApiTags('console: auth')
@Controller('/api/admin/auth')
export class AuthAdminController {
  @Inject() ctx: Context;
  @Inject() auth: AuthService;
  @Inject() accounts: AccountService;

  @Post('/login')
  @Validate()
  async login(@Body() body: StaffLoginDTO) {
    return this.auth.staffLogin(body.username, body.password, this.ctx.ip);
  }

  @ApiBearerAuth()
  @Get('/me')
  async me() {
    const actor = requireStaff(this.ctx);
    return this.accounts.staffProfile(await this.accounts.getActive(actor.id));
  }

  /** Revokes every token of this account (all browsers). */
  @ApiBearerAuth()
  @Post('/logout')
  async logout() {
    await this.auth.logoutEverywhere(requireStaff(this.ctx).id);
    return { loggedOut: true };
  }
}
