import { IMiddleware, Inject, Middleware } from '@midwayjs/core';
import { Context, NextFunction } from '@midwayjs/koa';
import { JwtService } from '@midwayjs/jwt';
import { AppError } from './app-error';
import { AccountService } from '../modules/account/account.service';

export interface TokenClaims {
  sub: number;
  kind: 'staff' | 'user';
  tv: number;
}

/**
 * Resolves the bearer token to an Actor on ctx. The account is read on every request so that a
 * disabled, deleted or logged-out account loses access at once. Missing token = anonymous;
 * a bad token is remembered and raised only where a login is required.
 */
@Middleware()
export class AuthMiddleware implements IMiddleware<Context, NextFunction> {
  @Inject()
  jwt: JwtService;

  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      const header = ctx.get('authorization');
      if (ctx.path.startsWith('/api/') && header.startsWith('Bearer ')) {
        try {
          const claims = (await this.jwt.verify(header.slice(7))) as unknown as TokenClaims;
          const accounts = await ctx.requestContext.getAsync(AccountService);
          const actor = await accounts.actorFor(claims);
          if (actor) ctx.actor = actor;
          else ctx.authError = new AppError('TOKEN_INVALID');
        } catch {
          ctx.authError = new AppError('TOKEN_INVALID');
        }
      }
      return next();
    };
  }

  static getName() {
    return 'auth';
  }
}
