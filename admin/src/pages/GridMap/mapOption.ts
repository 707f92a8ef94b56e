import type { GridFeatureCollection } from '@/services/regions';

/** Soft, distinguishable fills; communities beyond 16 reuse them (neighbours rarely collide). */
export const PALETTE = [
  '#91caff', '#b7eb8f', '#ffd591', '#ffadd2', '#adc6ff', '#87e8de', '#ffe58f', '#d3adf7',
  '#ffbb96', '#95de64', '#69b1ff', '#ff9c6e', '#5cdbd3', '#b37feb', '#fff566', '#ff85c0',
];

export interface CommunityLegend {
  id: number | null;
  name: string;
  color: string;
  grids: number;
}

export function communityLegend(geo: GridFeatureCollection): CommunityLegend[] {
  const byId = new Map<number | null, CommunityLegend>();
  for (const { properties: p } of geo.features) {
    const hit = byId.get(p.communityId);
    if (hit) hit.grids++;
    else
      byId.set(p.communityId, {
        id: p.communityId,
        name: p.communityName ?? '未归属社区',
        color: PALETTE[byId.size % PALETTE.length],
        grids: 1,
      });
  }
  return [...byId.values()];
}

function midLatitude(geo: GridFeatureCollection) {
  let min = 90;
  let max = -90;
  const walk = (c: any): void => {
    if (typeof c[0] === 'number') {
      min = Math.min(min, c[1]);
      max = Math.max(max, c[1]);
    } else c.forEach(walk);
  };
  geo.features.forEach((f) => walk(f.geometry.coordinates));
  return (min + max) / 2;
}

/** "后大街社区第11网格" → "第11网格": inside one community the prefix is noise. */
function shortLabel(p: any) {
  const { gridName = '', communityName = '' } = p.data ?? {};
  return (communityName && gridName.startsWith(communityName) && gridName.slice(communityName.length)) || gridName;
}

/** Series option for a registered map whose features are joined on `properties.code`. */
export function gridMapOption(mapName: string, geo: GridFeatureCollection, legend: CommunityLegend[]) {
  const colorOf = new Map(legend.map((l) => [l.id, l.color]));
  const fewGrids = geo.features.length <= 40;
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: any) => (p.data ? `<b>${p.data.gridName}</b><br/>${p.data.communityName ?? ''}` : p.name),
    },
    series: [
      {
        type: 'map',
        map: mapName,
        nameProperty: 'code',
        roam: true,
        scaleLimit: { min: 0.8, max: 12 },
        // ECharts' default 0.75 squashes the map; cos(latitude) keeps distances true
        aspectScale: Math.cos((midLatitude(geo) * Math.PI) / 180),
        selectedMode: false,
        label: { show: fewGrids, fontSize: 11, color: '#333', formatter: shortLabel },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        emphasis: { label: { show: true, fontWeight: 'bold' }, itemStyle: { areaColor: '#4096ff' } },
        data: geo.features.map(({ properties: p }) => ({
          name: p.code,
          id: p.id,
          gridName: p.name,
          communityName: p.communityName,
          itemStyle: { areaColor: colorOf.get(p.communityId) },
        })),
      },
    ],
  };
}
