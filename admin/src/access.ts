import { PERMISSIONS, type Permission } from '@linli/config';
import type { InitialState } from './app';

/** One access flag per permission key; routes use them as `access: 'region:read'`. */
export default function access(initialState?: Partial<InitialState>): Record<Permission, boolean> {
  const granted = new Set(initialState?.currentUser?.permissions ?? []);
  return Object.fromEntries(PERMISSIONS.map((p) => [p, granted.has(p)])) as Record<Permission, boolean>;
}
