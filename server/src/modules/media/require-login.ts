import { Context } from '@midwayjs/koa';
import { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';

/** Photos are for any signed-in account: residents and workers (mini-program token) and console staff. */
export function requireLogin(ctx: Context): Actor {
  if (ctx.authError) throw ctx.authError;
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  return ctx.actor;
}
