import type { GeoJsonPolygon, GridDetail, RegionNode } from '@linli/config';
import { get, tableRequest } from './http';

export type RegionTreeNode = RegionNode & { children?: RegionTreeNode[] };
export type GridRow = RegionNode & { communityName: string | null; streetName: string | null };

export interface GridFeatureProps {
  id: number;
  name: string;
  code: string;
  kind: string | null;
  communityId: number | null;
  communityName: string | null;
}

export interface GridFeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; geometry: GeoJsonPolygon; properties: GridFeatureProps }[];
}

/** 管辖范围内的区划树（到社区） GET /api/admin/regions/tree */
export function fetchRegionTree() {
  return get<RegionTreeNode>('/api/admin/regions/tree');
}

/** 下级区划（社区下为网格） GET /api/admin/regions/:id/children */
export function fetchRegionChildren(id: number) {
  return get<RegionNode[]>(`/api/admin/regions/${id}/children`);
}

/** 网格列表（分页） GET /api/admin/grids */
export function queryGrids(params: Record<string, any>) {
  return tableRequest<GridRow>('/api/admin/grids', params);
}

/** 网格详情，含网格力量（手机号已脱敏） GET /api/admin/grids/:id */
export function fetchGrid(id: number) {
  return get<GridDetail>(`/api/admin/grids/${id}`);
}

/** 网格边界 GeoJSON GET /api/admin/grids/geojson */
export function fetchGridGeoJson(regionId?: number) {
  return get<GridFeatureCollection>('/api/admin/grids/geojson', { regionId });
}
