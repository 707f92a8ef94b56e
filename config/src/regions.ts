/** Region tree: city → district → street → community → grid. */
export const REGION_LEVELS = ['city', 'district', 'street', 'community', 'grid'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  city: '市',
  district: '区县',
  street: '街道/乡镇',
  community: '社区/村',
  grid: '网格',
};

/** The level directly below, or null for a grid. */
export function childLevel(level: RegionLevel): RegionLevel | null {
  const i = REGION_LEVELS.indexOf(level);
  return i < REGION_LEVELS.length - 1 ? REGION_LEVELS[i + 1] : null;
}

/** Zhenhai's six grid kinds. */
export const GRID_KINDS = ['community', 'rural', 'enterprise', 'commercial', 'floating', 'demolition'] as const;
export type GridKind = (typeof GRID_KINDS)[number];

export const GRID_KIND_LABELS: Record<GridKind, string> = {
  community: '城镇社区网格',
  rural: '农村网格',
  enterprise: '企业网格',
  commercial: '商务楼宇网格',
  floating: '流动人口集聚区网格',
  demolition: '征迁区块网格',
};

export const GRID_STAFF_ROLES = ['leader', 'worker', 'part_time', 'instructor', 'liaison'] as const;
export type GridStaffRole = (typeof GRID_STAFF_ROLES)[number];

export const GRID_STAFF_ROLE_LABELS: Record<GridStaffRole, string> = {
  leader: '网格长',
  worker: '专职网格员',
  part_time: '兼职网格员',
  instructor: '网格指导员',
  liaison: '部门联络员',
};

/**
 * Scope paths are materialised ancestor paths like "/1/7/42/". A region is inside a scope
 * when its path starts with the scope's path. One definition, used by server and tests.
 */
export function regionPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

export function inScope(scopePath: string, targetPath: string): boolean {
  return targetPath.startsWith(scopePath);
}
