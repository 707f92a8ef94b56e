/**
 * Plain planar / spherical geometry on GeoJSON polygons in WGS84 lng/lat degrees.
 * Framework-free so the grid index, the seeder and the bench can share it.
 */
import type { GeoJsonPolygon, Position } from '@linli/config';

/** [minLng, minLat, maxLng, maxLat]. */
export type BBox = [number, number, number, number];

/** Mean Earth radius (IUGG), metres. */
export const EARTH_RADIUS_M = 6371008.8;
/** Metres per degree of latitude (and of longitude at the equator) on that sphere. */
export const METRES_PER_DEGREE = (EARTH_RADIUS_M * Math.PI) / 180;

/** Polygon and MultiPolygon as one shape: a list of polygons, each a list of rings. */
export function polygonsOf(geom: GeoJsonPolygon): Position[][][] {
  return geom.type === 'MultiPolygon'
    ? (geom.coordinates as Position[][][])
    : [geom.coordinates as Position[][]];
}

/** Bounding box over every ring; null for a geometry without positions. */
export function bbox(geom: GeoJsonPolygon): BBox | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const poly of polygonsOf(geom))
    for (const ring of poly)
      for (const [x, y] of ring) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}

/**
 * Does the ray from (x, y) towards +x cross the edge a→b?
 *
 * Half-open rule, so a point on an edge shared by two neighbouring polygons is in exactly one
 * of them: the point is treated as if nudged infinitesimally up (+lat) and right (+lng).
 * Hence a point on a shared edge belongs to the polygon on its right (+lng side), and on a
 * horizontal shared edge to the polygon above it (+lat side).
 * The edge is first put into a canonical direction (lower end first) so both neighbours
 * evaluate the identical floating-point expression and can never disagree.
 * Exported so GridIndex runs the very same predicate on its flat arrays.
 */
export function rayCrossesEdge(x: number, y: number, ax: number, ay: number, bx: number, by: number): boolean {
  if (ay > by) {
    const tx = ax; ax = bx; bx = tx;
    const ty = ay; ay = by; by = ty;
  }
  if (y < ay || y >= by) return false; // half-open in y: [ay, by)
  // Edge crossing strictly right of the point <=> point strictly left of the upward edge.
  return (bx - ax) * (y - ay) - (by - ay) * (x - ax) > 0;
}

/**
 * Even-odd point-in-polygon over all rings of all parts, so holes work and a MultiPolygon
 * whose parts don't overlap works too. See rayCrossesEdge for the boundary rule.
 */
export function pointInPolygon(lng: number, lat: number, geom: GeoJsonPolygon): boolean {
  let inside = false;
  for (const poly of polygonsOf(geom))
    for (const ring of poly)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[j], b = ring[i];
        if (rayCrossesEdge(lng, lat, a[0], a[1], b[0], b[1])) inside = !inside;
      }
  return inside;
}

/** Shoelace over one ring relative to an origin (keeps precision near lng 121°). Returns [2A, Cx·6A, Cy·6A]. */
function ringMoments(ring: Position[], ox: number, oy: number): [number, number, number] {
  let a2 = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const x0 = ring[j][0] - ox, y0 = ring[j][1] - oy;
    const x1 = ring[i][0] - ox, y1 = ring[i][1] - oy;
    const f = x0 * y1 - x1 * y0;
    a2 += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  return [a2, cx, cy];
}

/**
 * Planar area in square degrees: outer rings count positive and holes negative whatever
 * their winding, since real-world GeoJSON often ignores the RFC 7946 orientation rule.
 */
export function planarArea(geom: GeoJsonPolygon): number {
  let area = 0;
  for (const poly of polygonsOf(geom))
    poly.forEach((ring, k) => {
      if (ring.length === 0) return;
      const a = Math.abs(ringMoments(ring, ring[0][0], ring[0][1])[0]) / 2;
      area += k === 0 ? a : -a;
    });
  return area;
}

/** Approximate area in m²: planar area scaled by the local metres-per-degree at the centroid. */
export function areaSquareMetres(geom: GeoJsonPolygon): number {
  const c = centroid(geom);
  if (!c) return 0;
  return planarArea(geom) * METRES_PER_DEGREE * METRES_PER_DEGREE * Math.cos((c[1] * Math.PI) / 180);
}

/**
 * Area-weighted centroid (holes subtract). Falls back to the vertex mean for degenerate
 * (zero-area) input; null when there are no positions at all.
 */
export function centroid(geom: GeoJsonPolygon): Position | null {
  const b = bbox(geom);
  if (!b) return null;
  const ox = b[0], oy = b[1];
  let a = 0, cx = 0, cy = 0, n = 0, sx = 0, sy = 0;
  for (const poly of polygonsOf(geom))
    poly.forEach((ring, k) => {
      if (ring.length === 0) return;
      const [a2, mx, my] = ringMoments(ring, ox, oy);
      // Normalise each ring's sign: outer rings add, holes subtract.
      const s = (k === 0 ? 1 : -1) * Math.sign(a2);
      a += s * a2;
      cx += s * mx;
      cy += s * my;
      for (const p of ring) { sx += p[0]; sy += p[1]; n++; }
    });
  if (Math.abs(a) < 1e-18) return [sx / n, sy / n];
  return [ox + cx / (3 * a), oy + cy / (3 * a)];
}

const RAD = Math.PI / 180;

/** Great-circle distance in metres (haversine). */
export function haversineMetres(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Point-to-shape distances below use a local equirectangular projection centred on the query
 * point (x scaled by cos(lat)). Within tens of kilometres the error is well under 1%, and
 * because it is one Euclidean metric the bbox distance is a true lower bound of the polygon
 * distance, which the nearest-grid search relies on.
 */
export function lngScale(lat: number): number {
  return Math.cos(lat * RAD);
}

/** Distance in metres from a point to the segment a→b (local projection at the point). */
export function distanceToSegmentMetres(
  lng: number, lat: number, ax: number, ay: number, bx: number, by: number, kx = lngScale(lat),
): number {
  // Work relative to the query point, which sits at the origin.
  const x0 = (ax - lng) * kx, y0 = ay - lat, x1 = (bx - lng) * kx, y1 = by - lat;
  const dx = x1 - x0, dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? -(x0 * dx + y0 * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const qx = x0 + t * dx, qy = y0 + t * dy;
  return Math.sqrt(qx * qx + qy * qy) * METRES_PER_DEGREE;
}

/** Distance in metres from a point to a bbox; 0 when the point is inside or on it. */
export function distanceToBBoxMetres(lng: number, lat: number, b: BBox | ArrayLike<number>, kx = lngScale(lat)): number {
  const dx = lng < b[0] ? b[0] - lng : lng > b[2] ? lng - b[2] : 0;
  const dy = lat < b[1] ? b[1] - lat : lat > b[3] ? lat - b[3] : 0;
  return Math.sqrt(dx * kx * dx * kx + dy * dy) * METRES_PER_DEGREE;
}

/** Distance in metres from a point to the polygon's boundary, 0 when the point is inside. */
export function distanceToPolygonMetres(lng: number, lat: number, geom: GeoJsonPolygon): number {
  if (pointInPolygon(lng, lat, geom)) return 0;
  return distanceToBoundaryMetres(lng, lat, geom);
}

/** Distance in metres from a point to the nearest edge of any ring, inside or not. */
export function distanceToBoundaryMetres(lng: number, lat: number, geom: GeoJsonPolygon): number {
  const kx = lngScale(lat);
  let best = Infinity;
  for (const poly of polygonsOf(geom))
    for (const ring of poly)
      for (let i = 1; i < ring.length; i++) {
        const d = distanceToSegmentMetres(lng, lat, ring[i - 1][0], ring[i - 1][1], ring[i][0], ring[i][1], kx);
        if (d < best) best = d;
      }
  return best;
}

export interface ValidateOptions {
  /** O(n²) per ring; on by default, turn off for very large rings. */
  checkSelfIntersection?: boolean;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Validate a GeoJSON Polygon / MultiPolygon. Returns null when valid, otherwise a Chinese
 * message naming the problem and where it is (1-based part / ring / point numbers), fit to
 * show an operator who pasted or drew a boundary.
 */
export function validatePolygon(value: unknown, opts: ValidateOptions = {}): string | null {
  if (!value || typeof value !== 'object') return '边界必须是 GeoJSON 对象';
  const g = value as { type?: unknown; coordinates?: unknown };
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return `边界类型必须是 Polygon 或 MultiPolygon，当前为 ${String(g.type)}`;
  if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return '边界缺少坐标（coordinates 为空）';
  const multi = g.type === 'MultiPolygon';
  const parts = (multi ? g.coordinates : [g.coordinates]) as unknown[];
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    const where = (r: number) => (multi ? `第${p + 1}个多边形的第${r + 1}个环` : `第${r + 1}个环`);
    if (!Array.isArray(part) || part.length === 0) return multi ? `第${p + 1}个多边形没有坐标环` : '多边形没有坐标环';
    for (let r = 0; r < part.length; r++) {
      const ring = part[r] as unknown;
      if (!Array.isArray(ring)) return `${where(r)}不是坐标数组`;
      for (let i = 0; i < ring.length; i++) {
        const pt = ring[i] as unknown;
        if (!Array.isArray(pt) || pt.length < 2 || !isNum(pt[0]) || !isNum(pt[1]))
          return `${where(r)}第${i + 1}个坐标不是 [经度, 纬度] 数字对`;
        if (pt[0] < -180 || pt[0] > 180 || pt[1] < -90 || pt[1] > 90)
          return `${where(r)}第${i + 1}个坐标 [${pt[0]}, ${pt[1]}] 超出范围（经度须在 -180~180，纬度须在 -90~90）`;
      }
      const pts = ring as Position[];
      if (pts.length < 4) return `${where(r)}至少需要 4 个坐标（首尾相同的闭合环），当前只有 ${pts.length} 个`;
      const first = pts[0], last = pts[pts.length - 1];
      if (first[0] !== last[0] || first[1] !== last[1]) return `${where(r)}未闭合：首个坐标与最后一个坐标不一致`;
      if (opts.checkSelfIntersection !== false) {
        const hit = selfCrossing(pts);
        if (hit) return `${where(r)}自相交：第${hit[0] + 1}条边与第${hit[1] + 1}条边交叉`;
      }
      // After the crossing check: a symmetric bow tie also has zero net area.
      if (Math.abs(ringMoments(pts, first[0], first[1])[0]) < 1e-14) return `${where(r)}面积为零（所有点共线或重合）`;
    }
  }
  return null;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean {
  return Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);
}

function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orient(a[0], a[1], b[0], b[1], c[0], c[1]);
  const o2 = orient(a[0], a[1], b[0], b[1], d[0], d[1]);
  const o3 = orient(c[0], c[1], d[0], d[1], a[0], a[1]);
  const o4 = orient(c[0], c[1], d[0], d[1], b[0], b[1]);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return true;
  // Collinear touching / overlap counts as crossing for non-adjacent edges.
  return (
    (o1 === 0 && onSegment(a[0], a[1], b[0], b[1], c[0], c[1])) ||
    (o2 === 0 && onSegment(a[0], a[1], b[0], b[1], d[0], d[1])) ||
    (o3 === 0 && onSegment(c[0], c[1], d[0], d[1], a[0], a[1])) ||
    (o4 === 0 && onSegment(c[0], c[1], d[0], d[1], b[0], b[1]))
  );
}

/** First pair of non-adjacent edges that touch or cross, as 0-based edge numbers. */
function selfCrossing(closed: Position[]): [number, number] | null {
  // Drop repeated consecutive points (a double click while drawing) so they are not edges.
  const ring = closed.filter((p, i) => i === 0 || p[0] !== closed[i - 1][0] || p[1] !== closed[i - 1][1]);
  const m = ring.length - 1; // edges; ring is closed
  for (let i = 0; i < m; i++)
    for (let j = i + 2; j < m; j++) {
      if (i === 0 && j === m - 1) continue; // first and last edge share the closing vertex
      if (segmentsIntersect(ring[i], ring[i + 1], ring[j], ring[j + 1])) return [i, j];
    }
  return null;
}
