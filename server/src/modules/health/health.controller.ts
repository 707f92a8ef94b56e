import { Controller, Get, Inject } from '@midwayjs/core';
import { Context } from '@midwayjs/koa';
import { InjectDataSource } from '@midwayjs/typeorm';
import { ApiTags } from '@midwayjs/swagger';
import { DataSource } from 'typeorm';

const VERSION: string = require('../../../package.json').version;

/** Liveness and database reachability, for load balancers and the start script. */
@ApiTags('public')
@Controller('/api')
export class HealthController {
  @Inject() ctx: Context;
  @InjectDataSource() db: DataSource;

  @Get('/health')
  async health() {
    const info = { dbType: this.db.options.type, version: VERSION };
    try {
      await this.db.query('SELECT 1');
      return { status: 'ok', db: 'ok', ...info };
    } catch {
      this.ctx.status = 503;
      return { success: false, errorCode: 'INTERNAL', errorMessage: '数据库暂时不可用', data: { status: 'degraded', db: 'down', ...info } };
    }
  }
}
