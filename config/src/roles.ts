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
  'routing:write',
  'survey:read',
  'survey:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSION_LABELS: Record<Permission, string> = {
  'region:read': '查看区划网格',
  'region:write': '维护区划网格',
  'account:read': '查看账号',
  'account:write': '管理账号',
  'department:read': '查看职能部门',
  'department:write': '维护职能部门',
  'category:read': '查看事件分类',
  'category:write': '维护事件分类',
  'audit:read': '查看操作日志',
  'dashboard:read': '查看数据看板',
  'routing:write': '维护分拨规则',
  'survey:read': '查看问卷及结果',
  'survey:write': '制作和发布问卷',
};

export const ACCOUNT_STATUSES = ['active', 'disabled', 'deleted'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export const ACCOUNT_STATUS_LABELS: Record<AccountStatus | 'locked', string> = {
  active: '正常', disabled: '已停用', deleted: '已注销', locked: '已锁定',
};

const READ_BASICS: Permission[] = ['region:read', 'department:read', 'category:read', 'dashboard:read'];
/** Surveys are run by the units that serve residents: community, street and district. */
const SURVEYS: Permission[] = ['survey:read', 'survey:write'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  resident: [],
  volunteer: [],
  grid_worker: ['region:read', 'category:read'],
  community_staff: [...READ_BASICS, 'account:read', ...SURVEYS],
  street_centre: [...READ_BASICS, 'account:read', ...SURVEYS],
  department_handler: ['region:read', 'category:read', 'department:read'],
  district_admin: [...READ_BASICS, 'account:read', 'account:write', 'region:write', 'department:write', 'category:write', 'audit:read', 'routing:write', ...SURVEYS],
  system_admin: [...PERMISSIONS],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
