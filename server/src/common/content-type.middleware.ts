import { IMiddleware, Inject, Middleware, MidwayWebRouterService } from '@midwayjs/core';
import { Context, NextFunction } from '@midwayjs/koa';
import { UploadMiddleware } from '@midwayjs/busboy';
import { invalid } from './app-error';

/**
 * The API reads JSON bodies, and multipart only on routes that parse uploads. A body in any other form
 * (text/plain, XML, a form) would be dropped by the body parser and answered with a misleading "经度不能为空";
 * it is refused up front instead, naming the Content-Type.
 */
@Middleware()
export class ContentTypeMiddleware implements IMiddleware<Context, NextFunction> {
  @Inject() routes: MidwayWebRouterService;

  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      const hasBody = Number(ctx.get('content-length')) > 0 || ctx.get('transfer-encoding') !== '';
      if (!ctx.path.startsWith('/api/') || !hasBody || ctx.is('json', '+json')) return next();
      if (ctx.is('multipart') && (await this.takesUploads(ctx))) return next();
      throw invalid('Content-Type', '请以 JSON 格式提交（Content-Type: application/json）');
    };
  }

  private async takesUploads(ctx: Context): Promise<boolean> {
    const route = await this.routes.getMatchedRouterInfo(ctx.path, ctx.method);
    return !!route?.middleware?.some((m) => typeof m === 'function' && (m === UploadMiddleware || m.prototype instanceof UploadMiddleware));
  }

  static getName() {
    return 'content-type';
  }
}
