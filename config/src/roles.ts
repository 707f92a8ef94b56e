/** Account roles. Residents and volunteers use the mini-program; the rest are staff. */
export const ROLES = [
  'resident',
  'volunteer',
  'grid_worker',
  'community_staff',
  'street_centre',
  'department_handler',
  'district_admin',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  volunteer: '志愿者',
  grid_worker: '网格员',
  community_staff: '社区工作人员',
  street_centre: '街道综合指挥室',
  department_handler: '职能部门',
  district_admin: '区级管理员',
  system_admin: '系统管理员',
};

export const STAFF_ROLES: readonly Role[] = [
  'grid_worker',
  'community_staff',
  'street_centre',
  'department_handler',
  'district_admin',
  'system_admin',
];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/** Permission keys checked by the server and used by the console's access.ts. */
export const PERMISSIONS = [
  'region:read',
  'region:write',
  'account:read',
  'account:write',
  'department:read',
  'department:write',
  'category:read',
  'category:write',
  'audit:read',
  'dashboard:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_BASICS: Permission[] = ['region:read', 'department:read', 'category:read', 'dashboard:read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  resident: [],
  volunteer: [],
  grid_worker: ['region:read', 'category:read'],
  community_staff: [...READ_BASICS, 'account:read'],
  street_centre: [...READ_BASICS, 'account:read'],
  department_handler: ['region:read', 'category:read', 'department:read'],
  district_admin: [...READ_BASICS, 'account:read', 'account:write', 'region:write', 'department:write', 'category:write', 'audit:read'],
  system_admin: [...PERMISSIONS],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
