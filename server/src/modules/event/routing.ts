import { EVENT_LEVEL_LABELS, EventLevel, inScope } from '@linli/config';
import type { EventChannel, TargetType } from './event.entity';

/** What routing knows about a new report. */
export interface RouteFacts {
  categoryCode: string;
  channel: EventChannel;
  description: string;
  /** Where the location fell: the grid and its ancestors, or only the nearest street when outside every grid. */
  place: { gridId: number; communityId: number; streetId: number; districtId: number; path: string } | { streetId: number; districtId: number; path: string; outside: true };
}

export interface RuleData {
  id: number;
  name: string;
  priority: number;
  categoryCodes: string[] | null;
  regionPath: string | null;
  channels: string[] | null;
  keywords: string[] | null;
  level: EventLevel;
  departmentId: number | null;
}

export interface CategoryRouting {
  name: string;
  defaultLevel: EventLevel;
  departmentId: number | null;
}

export interface RouteDecision {
  ruleId: number | null;
  level: EventLevel;
  targetType: TargetType;
  targetRegionId: number | null;
  targetDepartmentId: number | null;
  reason: string;
}

export function ruleMatches(rule: RuleData, facts: RouteFacts): boolean {
  if (rule.categoryCodes?.length && !rule.categoryCodes.includes(facts.categoryCode)) return false;
  if (rule.channels?.length && !rule.channels.includes(facts.channel)) return false;
  if (rule.regionPath && !inScope(rule.regionPath, facts.place.path)) return false;
  if (rule.keywords?.length && !rule.keywords.some((k) => k && facts.description.includes(k))) return false;
  return true;
}

/**
 * The routing decision, a pure function of the report, the ordered rules and the category defaults:
 * the first matching rule sets the level (else the category's default level), the level picks the owner.
 * A level-4 event without a department goes to the district's dispatch queue; a location outside every
 * grid goes to the nearest street's queue whatever the level, never nowhere.
 */
export function resolveRoute(facts: RouteFacts, rules: readonly RuleData[], category: CategoryRouting): RouteDecision {
  const rule = [...rules].sort((a, b) => a.priority - b.priority || a.id - b.id).find((r) => ruleMatches(r, facts)) ?? null;
  const level = rule?.level ?? category.defaultLevel;
  const why = rule ? `规则「${rule.name}」` : `分类「${category.name}」默认`;
  const p = facts.place;

  if ('outside' in p) {
    return {
      ruleId: rule?.id ?? null, level: Math.max(level, 3) as EventLevel, targetType: 'street', targetRegionId: p.streetId, targetDepartmentId: null,
      reason: `位置不在任何网格内，转最近街道分派（${why}）`,
    };
  }
  const base = { ruleId: rule?.id ?? null, level, targetDepartmentId: null as number | null };
  const label = `${why}：${EVENT_LEVEL_LABELS[level]}`;
  switch (level) {
    case 1:
      return { ...base, targetType: 'grid', targetRegionId: p.gridId, reason: label };
    case 2:
      return { ...base, targetType: 'community', targetRegionId: p.communityId, reason: label };
    case 3:
      return { ...base, targetType: 'street', targetRegionId: p.streetId, reason: label };
    default: {
      const dept = rule?.departmentId ?? category.departmentId;
      if (dept) return { ...base, targetType: 'department', targetRegionId: p.districtId, targetDepartmentId: dept, reason: label };
      return { ...base, targetType: 'district', targetRegionId: p.districtId, reason: `${label}（未指定部门，转区级分派）` };
    }
  }
}
