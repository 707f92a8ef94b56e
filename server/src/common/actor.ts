import { Context } from '@midwayjs/koa';
import { can, isStaff, Permission, Role } from '@linli/config';
import { AppError } from './app-error';

/** Who is asking: passed explicitly into every service call. */
export interface Actor {
  id: number;
  role: Role;
  /** 'staff' tokens come from the console login, 'user' tokens from WeChat login. */
  kind: 'staff' | 'user';
  name: string;
  /** Scope root of a staff account ("/1/2/7/"); null for residents. */
  scopePath: string | null;
  regionId: number | null;
  departmentId: number | null;
}

declare module '@midwayjs/koa' {
  interface Context {
    actor?: Actor;
    authError?: AppError;
  }
}

/** A mini-program user (resident, volunteer, or staff in worker mode). */
export function requireUser(ctx: Context): Actor {
  if (ctx.authError) throw ctx.authError;
  if (!ctx.actor || ctx.actor.kind !== 'user') throw new AppError(ctx.actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  return ctx.actor;
}

/** A console user with a scope, holding the permission if one is named. */
export function requireStaff(ctx: Context, permission?: Permission): Actor & { scopePath: string } {
  if (ctx.authError) throw ctx.authError;
  const a = ctx.actor;
  if (!a) throw new AppError('UNAUTHENTICATED');
  if (a.kind !== 'staff' || !isStaff(a.role) || !a.scopePath) throw new AppError('FORBIDDEN');
  if (permission && !can(a.role, permission)) throw new AppError('FORBIDDEN');
  return a as Actor & { scopePath: string };
}
