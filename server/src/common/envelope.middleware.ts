import { IMiddleware, Middleware } from '@midwayjs/core';
import { Context, NextFunction } from '@midwayjs/koa';

/** Wraps every successful /api response as { success: true, data }. Errors are shaped by ErrorFilter. */
@Middleware()
export class EnvelopeMiddleware implements IMiddleware<Context, NextFunction> {
  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      const result = await next();
      if (!ctx.path.startsWith('/api/')) return result;
      const body = result === undefined ? ctx.body : result;
      if (body && typeof body === 'object' && 'success' in (body as object)) return body;
      return { success: true, data: body ?? null };
    };
  }

  static getName() {
    return 'envelope';
  }
}
