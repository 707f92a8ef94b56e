import type { EventLevel, Role } from '@linli/config';
import { get, tableRequest } from './http';

export interface DepartmentRow {
  id: number;
  code: string;
  name: string;
  regionId: number | null;
  regionName?: string;
}

/** The contract only says "categories with deadlines and owning department"; fields beyond CategoryDefault are optional. */
export interface CategoryRow {
  id?: number;
  code: string;
  name: string;
  group: string;
  defaultLevel: EventLevel;
  signHours: number;
  handleHours: number;
  /** Code of the department that owns level-4 events, if any. */
  departmentCode?: string | null;
  enabled?: boolean;
}

export interface AccountRow {
  id: number;
  /** null for staff without a console login (e.g. WeChat-only). */
  username: string | null;
  name: string;
  role: Role;
  roleLabel: string;
  phoneMasked: string | null;
  regionName: string | null;
  status: string;
  locked?: boolean;
}

/** 职能部门 GET /api/admin/departments */
export function fetchDepartments() {
  return get<DepartmentRow[]>('/api/admin/departments');
}

/** 事件分类及处置时限 GET /api/admin/categories */
export function fetchCategories() {
  return get<CategoryRow[]>('/api/admin/categories');
}

/** 账号列表（分页） GET /api/admin/accounts */
export function queryAccounts(params: Record<string, any>) {
  return tableRequest<AccountRow>('/api/admin/accounts', params);
}
