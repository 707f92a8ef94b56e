/**
 * Deterministic demo geography: 宁波市 → 镇海区 → 4 streets → 16 communities → 240 grids.
 *
 * Grids are cells of a jittered lattice: every interior lattice vertex is moved by a seeded
 * random offset and shared by the (up to) four cells around it, so the grids are irregular
 * quadrilaterals that still tile the district exactly. Communities and streets are rectangular
 * blocks of cells whose outlines are traced along those same vertices, so each is exactly the
 * union of its grids. Same seed, same output: no Math.random.
 */
import type { GeoJsonPolygon, GridKind, Position, RegionLevel } from '@linli/config';
import type { BBox } from './geo';
import { centroid } from './geo';

export interface DemoRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  gridKind: GridKind | null;
  boundary: GeoJsonPolygon | null;
  /** Area-weighted centroid, rounded to 6 decimals (~0.1 m). */
  center: Position | null;
}

export interface DemoDistrict {
  seed: number;
  extent: BBox;
  city: DemoRegion;
  district: DemoRegion;
  streets: DemoRegion[];
  communities: DemoRegion[];
  grids: DemoRegion[];
  /** Every region, parents before children: insert in this order. */
  regions: DemoRegion[];
}

export interface GenerateOptions {
  seed?: number;
  /** Max vertex offset as a fraction of the cell size; below 0.5 keeps every cell a simple polygon. */
  jitter?: number;
}

export const DEFAULT_SEED = 20240611;
/** Roughly 镇海区: lng 121.62–121.74, lat 29.93–30.01. */
export const ZHENHAI_EXTENT: BBox = [121.62, 29.93, 121.74, 30.01];
/** Roughly 浙江省, for the 100,000-grid benchmark. */
export const PROVINCE_EXTENT: BBox = [118.0, 27.0, 123.0, 31.2];

/** mulberry32: tiny, fast, good enough for demo data; returns floats in [0, 1). */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

/**
 * (cols+1)×(rows+1) vertices over the extent. Interior vertices move in both axes; border
 * vertices only slide along the border, so the outline stays the exact extent rectangle.
 * Rounded once here, so neighbours share bit-identical coordinates.
 */
class Lattice {
  readonly x: Float64Array;
  readonly y: Float64Array;

  constructor(readonly cols: number, readonly rows: number, ext: BBox, jitter: number, rand: () => number) {
    if (!(jitter >= 0 && jitter < 0.5)) throw new Error('jitter must be in [0, 0.5)');
    const n = (cols + 1) * (rows + 1);
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    const dx = (ext[2] - ext[0]) / cols, dy = (ext[3] - ext[1]) / rows;
    for (let j = 0; j <= rows; j++)
      for (let i = 0; i <= cols; i++) {
        const jx = (rand() * 2 - 1) * jitter, jy = (rand() * 2 - 1) * jitter; // always draw both: stable stream
        const k = j * (cols + 1) + i;
        this.x[k] = round6(ext[0] + ((ext[2] - ext[0]) * i) / cols + (i > 0 && i < cols ? jx * dx : 0));
        this.y[k] = round6(ext[1] + ((ext[3] - ext[1]) * j) / rows + (j > 0 && j < rows ? jy * dy : 0));
      }
  }

  v(i: number, j: number): Position {
    const k = j * (this.cols + 1) + i;
    return [this.x[k], this.y[k]];
  }

  /** Counter-clockwise (RFC 7946 exterior) quadrilateral of cell (i, j). */
  cell(i: number, j: number): GeoJsonPolygon {
    const a = this.v(i, j);
    return { type: 'Polygon', coordinates: [[a, this.v(i + 1, j), this.v(i + 1, j + 1), this.v(i, j + 1), [a[0], a[1]]]] };
  }

  /** Outline of the block of cells [i0, i1) × [j0, j1), counter-clockwise along cell edges. */
  block(i0: number, j0: number, i1: number, j1: number): GeoJsonPolygon {
    const ring: Position[] = [];
    for (let i = i0; i <= i1; i++) ring.push(this.v(i, j0)); // south, west → east
    for (let j = j0 + 1; j <= j1; j++) ring.push(this.v(i1, j)); // east, south → north
    for (let i = i1 - 1; i >= i0; i--) ring.push(this.v(i, j1)); // north, east → west
    for (let j = j1 - 1; j >= j0; j--) ring.push(this.v(i0, j)); // west, north → south (closes)
    return { type: 'Polygon', coordinates: [ring] };
  }
}

interface StreetSpec {
  name: string;
  /** Block position in the 2×2 street layout, 0 = west / south. */
  bx: number;
  by: number;
  communities: [string, string, string, string];
  /** Relative weights of grid kinds, reflecting what the street is like. */
  kinds: Partial<Record<GridKind, number>>;
}

// Layout follows the real district loosely: 招宝山 old town by the river mouth (SE), 蛟川
// petrochemical and port belt (NE), 骆驼 new town with villages (NW), 庄市 university town (SW).
const STREETS: StreetSpec[] = [
  { name: '招宝山街道', bx: 1, by: 0, communities: ['后大街社区', '白龙社区', '城河社区', '鼓楼社区'],
    kinds: { community: 70, commercial: 15, floating: 8, demolition: 7 } },
  { name: '蛟川街道', bx: 1, by: 1, communities: ['俞范社区', '迎周社区', '石化社区', '红联社区'],
    kinds: { community: 45, enterprise: 30, floating: 15, rural: 5, demolition: 5 } },
  { name: '骆驼街道', bx: 0, by: 1, communities: ['骆兴社区', '盛兴社区', '万景社区', '东邑社区'],
    kinds: { community: 55, rural: 20, commercial: 10, enterprise: 10, demolition: 5 } },
  { name: '庄市街道', bx: 0, by: 0, communities: ['勤勇社区', '永旺社区', '钟包社区', '兴庄社区'],
    kinds: { community: 50, rural: 25, floating: 15, enterprise: 5, commercial: 5 } },
];

// Cells per community block (5 × 3 = 15 grids); 2 × 2 communities per street, 2 × 2 streets.
const COMMUNITY_W = 5, COMMUNITY_H = 3;

function pickKind(weights: Partial<Record<GridKind, number>>, rand: () => number): GridKind {
  const entries = Object.entries(weights) as [GridKind, number][];
  let r = rand() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [kind, w] of entries) if ((r -= w) < 0) return kind;
  return entries[entries.length - 1][0];
}

function region(
  code: string, name: string, level: RegionLevel, parentCode: string | null,
  boundary: GeoJsonPolygon | null, gridKind: GridKind | null = null,
): DemoRegion {
  const c = boundary && centroid(boundary);
  return { code, name, level, parentCode, gridKind, boundary, center: c ? [round6(c[0]), round6(c[1])] : null };
}

const pad3 = (n: number): string => String(n).padStart(3, '0');

/** The demo district: 4 streets × 4 communities × 15 grids = 240 grids tiling 镇海区. */
export function generateDistrict(opts: GenerateOptions = {}): DemoDistrict {
  const seed = opts.seed ?? DEFAULT_SEED;
  const rand = createRng(seed);
  const cols = 4 * COMMUNITY_W, rows = 4 * COMMUNITY_H;
  const lat = new Lattice(cols, rows, ZHENHAI_EXTENT, opts.jitter ?? 0.3, rand);

  const city = region('330200', '宁波市', 'city', null, null);
  city.center = [121.550357, 29.874556]; // 宁波市 centre; no city outline in the demo
  const district = region('330211', '镇海区', 'district', city.code, lat.block(0, 0, cols, rows));
  const streets: DemoRegion[] = [], communities: DemoRegion[] = [], grids: DemoRegion[] = [];

  STREETS.forEach((s, si) => {
    const sx = s.bx * 2 * COMMUNITY_W, sy = s.by * 2 * COMMUNITY_H;
    const street = region(`${district.code}${pad3(si + 1)}`, s.name, 'street', district.code,
      lat.block(sx, sy, sx + 2 * COMMUNITY_W, sy + 2 * COMMUNITY_H));
    streets.push(street);
    s.communities.forEach((name, ci) => {
      // Communities numbered NW, NE, SW, SE within the street.
      const cx = sx + (ci % 2) * COMMUNITY_W, cy = sy + (1 - Math.floor(ci / 2)) * COMMUNITY_H;
      const community = region(`${street.code}${pad3(ci + 1)}`, name, 'community', street.code,
        lat.block(cx, cy, cx + COMMUNITY_W, cy + COMMUNITY_H));
      communities.push(community);
      // Grids numbered like reading a map: north row first, west to east.
      for (let t = 0; t < COMMUNITY_W * COMMUNITY_H; t++) {
        const i = cx + (t % COMMUNITY_W), j = cy + COMMUNITY_H - 1 - Math.floor(t / COMMUNITY_W);
        grids.push(region(`${community.code}${pad3(t + 1)}`, `${name}第${t + 1}网格`, 'grid', community.code,
          lat.cell(i, j), pickKind(s.kinds, rand)));
      }
    });
  });

  return {
    seed, extent: [...ZHENHAI_EXTENT] as BBox, city, district, streets, communities, grids,
    regions: [city, district, ...streets, ...communities, ...grids],
  };
}

export interface BenchGrid {
  id: number;
  boundary: GeoJsonPolygon;
}

/**
 * n tiling quadrilateral grids (ids 1..n) over a province-sized extent, for the benchmark:
 * a near-square lattice filled row by row from the south, so only the top row may be partial.
 */
export function generateGrids(n: number, opts: GenerateOptions & { extent?: BBox } = {}): BenchGrid[] {
  const ext = opts.extent ?? PROVINCE_EXTENT;
  if (n <= 0) return [];
  const aspect = (ext[2] - ext[0]) / (ext[3] - ext[1]);
  const cols = Math.max(1, Math.round(Math.sqrt(n * aspect)));
  const rows = Math.ceil(n / cols);
  const lat = new Lattice(cols, rows, ext, opts.jitter ?? 0.3, createRng(opts.seed ?? DEFAULT_SEED));
  const out: BenchGrid[] = new Array(n);
  for (let k = 0; k < n; k++) out[k] = { id: k + 1, boundary: lat.cell(k % cols, Math.floor(k / cols)) };
  return out;
}
