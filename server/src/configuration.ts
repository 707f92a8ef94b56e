import { App, Configuration, ILifeCycle, IMidwayContainer } from '@midwayjs/core';
import * as koa from '@midwayjs/koa';
import * as validate from '@midwayjs/validate';
import * as typeorm from '@midwayjs/typeorm';
import * as jwt from '@midwayjs/jwt';
import * as swagger from '@midwayjs/swagger';
import DefaultConfig from './config/config.default';
import LocalConfig from './config/config.local';
import UnittestConfig from './config/config.unittest';
import ProdConfig from './config/config.prod';
import { ErrorFilter } from './common/error.filter';
import { EnvelopeMiddleware } from './common/envelope.middleware';
import { AuthMiddleware } from './common/auth.middleware';
import { ContentTypeMiddleware } from './common/content-type.middleware';
import { StaticMiddleware } from './common/static.middleware';
import { WriteGateMiddleware } from './common/write-gate';
import { speedUpMidwayValidate } from './common/validate-perf';
import { DemoSeedService } from './modules/seed/demo-seed.service';
import { Scheduler } from './jobs/scheduler';
import { GridIndexService } from './modules/region/grid-index.service';

@Configuration({
  imports: [koa, validate, typeorm, jwt, swagger],
  importConfigs: [{ default: DefaultConfig, local: LocalConfig, unittest: UnittestConfig, prod: ProdConfig }],
  // scripts with top-level work must not be loaded by the IoC scan
  detectorOptions: { ignore: ['**/bench/**', '**/cli/**'] },
})
export class MainConfiguration implements ILifeCycle {
  @App('koa')
  app: koa.Application;

  async onReady(container: IMidwayContainer) {
    this.app.useMiddleware([StaticMiddleware, EnvelopeMiddleware, AuthMiddleware, ContentTypeMiddleware, WriteGateMiddleware]);
    this.app.useFilter([ErrorFilter]);
    speedUpMidwayValidate(await container.getAsync(validate.ValidateService));
    const seed = await container.getAsync(DemoSeedService);
    if (seed.enabled) await seed.seedOnce();
    await (await container.getAsync(GridIndexService)).warm();
    (await container.getAsync(Scheduler)).start();
  }

  async onStop(container: IMidwayContainer) {
    (await container.getAsync(Scheduler)).stop();
  }
}
