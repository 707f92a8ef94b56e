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
      if (!ctx.path.startsWith('/api/') || !header.startsWith('Bearer ')) return next();
      let claims: TokenClaims;
      try {
        claims = (await this.jwt.verify(header.slice(7))) as unknown as TokenClaims;
      } catch {
        ctx.authError = new AppError('TOKEN_INVALID');
        return next();
      }
      // a database failure here is not a bad token: it must surface as a server error the client retries,
      // never as 401, on which the apps sign the user out
      const accounts = await ctx.requestContext.getAsync(AccountService);
      const actor = await accounts.actorFor(claims);
      if (actor) ctx.actor = actor;
      else ctx.authError = new AppError('TOKEN_INVALID');
      return next();
    };
  }

  static getName() {
    return 'auth';
  }
}
