import type { RegionLevel } from '@linli/config';
import type { RegionTreeNode } from '@/services/regions';

/** Regions below the root (the root itself is the scope, not something it contains), by level. */
export function countByLevel(root: RegionTreeNode | undefined): Partial<Record<RegionLevel, number>> {
  const counts: Partial<Record<RegionLevel, number>> = {};
  const walk = (n: RegionTreeNode) => {
    counts[n.level] = (counts[n.level] ?? 0) + 1;
    n.children?.forEach(walk);
  };
  root?.children?.forEach(walk);
  return counts;
}
