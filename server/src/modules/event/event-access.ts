import { EventActor, inScope, Role } from '@linli/config';
import type { Actor } from '../../common/actor';
import type { Event } from './event.entity';

/** Staff roles that dispatch, verify and supervise events inside their scope. */
export const DISPATCH_ROLES: readonly Role[] = ['community_staff', 'street_centre', 'district_admin', 'system_admin'];

/** Does the actor own the event now (its grid worker, or staff of the unit or department it is assigned to)? */
export function isAssignee(a: Actor, e: Pick<Event, 'targetType' | 'targetRegionId' | 'targetDepartmentId' | 'assigneeId'>): boolean {
  switch (e.targetType) {
    case 'grid':
      return e.assigneeId !== null && a.id === e.assigneeId;
    case 'community':
      return a.role === 'community_staff' && a.regionId === e.targetRegionId;
    case 'street':
      return a.role === 'street_centre' && a.regionId === e.targetRegionId;
    case 'department':
      return a.role === 'department_handler' && a.departmentId !== null && a.departmentId === e.targetDepartmentId;
    case 'district':
      return a.role === 'district_admin' && a.regionId === e.targetRegionId;
  }
}

export function isDispatcher(a: Actor, e: Pick<Event, 'regionPath'>): boolean {
  return !!a.scopePath && DISPATCH_ROLES.includes(a.role) && inScope(a.scopePath, e.regionPath);
}

/** Every capacity in which the actor stands to the event; empty = a stranger. */
export function capacities(a: Actor, e: Event): EventActor[] {
  const out: EventActor[] = [];
  if (a.kind === 'user' && e.reporterId === a.id) out.push('reporter');
  if (isAssignee(a, e)) out.push('assignee');
  if (isDispatcher(a, e)) out.push('dispatcher');
  return out;
}

/** Staff may see an event inside their scope, or one their department owns. Anything else is 404. */
export function staffCanSee(a: Actor, e: Event): boolean {
  if (a.scopePath && inScope(a.scopePath, e.regionPath)) return true;
  return isAssignee(a, e);
}
