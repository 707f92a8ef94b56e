import type { Permission, Role } from './roles';
import type { GridKind, GridStaffRole, RegionLevel } from './regions';

/** The staff member the console shows in its header (GET /api/admin/auth/me). */
export interface StaffProfile {
  id: number;
  username: string;
  name: string;
  role: Role;
  roleLabel: string;
  phoneMasked: string | null;
  permissions: Permission[];
  scope: { regionId: number; regionName: string; regionLevel: RegionLevel; path: string };
  department: { id: number; name: string } | null;
}

/** The mini-program user (GET /api/me). */
export interface ResidentProfile {
  id: number;
  nickname: string;
  role: Role;
  roleLabel: string;
  phoneMasked: string | null;
  phoneBound: boolean;
  /** The agreement version the user accepted (recorded on the server as proof of consent). */
  agreementVersion: string | null;
  /** Set for staff accounts bound to this WeChat user: enables worker mode. */
  staff: { role: Role; roleLabel: string; regionName: string } | null;
  createdAt: string;
}

export interface RegionNode {
  id: number;
  parentId: number | null;
  name: string;
  code: string;
  level: RegionLevel;
  path: string;
  gridKind: GridKind | null;
  childCount: number;
}

export interface GridStaffView {
  accountId: number;
  name: string;
  role: GridStaffRole;
  roleLabel: string;
  phoneMasked: string | null;
}

export interface GridDetail extends RegionNode {
  community: { id: number; name: string } | null;
  street: { id: number; name: string } | null;
  boundary: GeoJsonPolygon | null;
  center: [number, number] | null;
  staff: GridStaffView[];
}

export interface LocateResult {
  grid: { id: number; name: string; code: string };
  community: { id: number; name: string } | null;
  street: { id: number; name: string } | null;
}

export type Position = [number, number];
export interface GeoJsonPolygon {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Position[][] | Position[][][];
}
