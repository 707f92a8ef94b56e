import { Body, Controller, Del, Get, Inject, Post, Put } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { Validate } from '@midwayjs/validate';
import { ApiBearerAuth, ApiTags } from '@midwayjs/swagger';
import { isStaff } from '@linli/config';
import { AuthService } from './auth.service';
import { UpdateMeDTO, WechatCodeDTO, WechatLoginDTO } from './auth.dto';
import { AccountService } from '../account/account.service';
import { requireUser } from '../../common/actor';
import { AppError } from '../../common/app-error';

@ApiTags('mini-program: account')
@Controller('/api')
export class AuthController {
  @Inject() ctx: Context;
  @Inject() auth: AuthService;
  @Inject() accounts: AccountService;

  @Post('/auth/wechat-login')
  @Validate()
  async login(@Body() body: WechatLoginDTO) {
    return this.auth.wechatLogin(body.code, body.agreementVersion, this.ctx.ip);
  }

  @ApiBearerAuth()
  @Post('/auth/phone')
  @Validate()
  async bindPhone(@Body() body: WechatCodeDTO) {
    return this.auth.bindPhone(requireUser(this.ctx).id, body.code);
  }

  @ApiBearerAuth()
  @Get('/me')
  async me() {
    return this.accounts.residentProfile(await this.accounts.getActive(requireUser(this.ctx).id));
  }

  @ApiBearerAuth()
  @Put('/me')
  @Validate()
  async update(@Body() body: UpdateMeDTO) {
    const a = await this.accounts.getActive(requireUser(this.ctx).id);
    return this.accounts.residentProfile(await this.accounts.updateNickname(a, body.nickname));
  }

  /** Residents erase their own account; staff accounts are closed by an administrator. */
  @ApiBearerAuth()
  @Del('/me')
  async erase() {
    const a = await this.accounts.getActive(requireUser(this.ctx).id);
    if (isStaff(a.role)) throw new AppError('FORBIDDEN', '工作人员账号请联系管理员注销');
    await this.accounts.erase(a);
    return { deleted: true };
  }
}
