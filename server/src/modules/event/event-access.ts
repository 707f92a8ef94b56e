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

/**
 * Dispatchers of an event are the staff whose scope holds its current owner: the owning unit itself and
 * the units above it. A community that escalated an event to the street no longer dispatches it.
 * Department-owned events are dispatched (and verified) by the street and district above the location.
 */
export function isDispatcher(a: Actor, e: Pick<Event, 'regionPath' | 'targetType' | 'targetRegionId'>): boolean {
  if (!a.scopePath || !DISPATCH_ROLES.includes(a.role) || !inScope(a.scopePath, e.regionPath)) return false;
  if (e.targetType === 'department') return a.role !== 'community_staff';
  return inScope(a.scopePath, ownerPath(e));
}

/** The region path of the unit that owns the event: the event's path cut after the owner's id. */
export function ownerPath(e: Pick<Event, 'regionPath' | 'targetRegionId'>): string {
  const marker = `/${e.targetRegionId}/`;
  const at = e.regionPath.indexOf(marker);
  return at < 0 ? e.regionPath : e.regionPath.slice(0, at + marker.length);
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
