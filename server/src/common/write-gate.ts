import { IMiddleware, Middleware, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { Context, NextFunction } from '@midwayjs/koa';
import { dbKind } from '../db/options';

/**
 * The embedded SQLite database has one connection, and TypeORM runs every transaction on it: two
 * transactions in flight at once would interleave ("cannot start a transaction within a transaction",
 * or worse, one request's writes committed or rolled back by another's). With SQLite, writes therefore
 * pass this gate one at a time; with MySQL the gate is open (each transaction has its own connection).
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class WriteGate {
  readonly serial = dbKind() === 'sqlite';
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    if (!this.serial) return work();
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

@Middleware()
export class WriteGateMiddleware implements IMiddleware<Context, NextFunction> {
  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      if (READS.has(ctx.method) || !ctx.path.startsWith('/api/')) return next();
      const gate = await ctx.requestContext.getAsync(WriteGate);
      return gate.run(() => next());
    };
  }

  static getName() {
    return 'write-gate';
  }
}
