/**
 * In-memory spatial index answering "which grid contains this point" without scanning every
 * polygon: a uniform bucket grid over the extent picks the few candidate grids whose bbox
 * overlaps the point's cell, then an exact point-in-polygon test decides.
 *
 * A uniform grid (not an R-tree) because grid boundaries tile a region with similar-sized
 * cells, so a bucket sized like the median grid holds ~1–4 candidates and a lookup is one
 * array index plus a couple of polygon tests. All coordinates live in flat typed arrays so a
 * lookup touches no JS objects.
 */
import type { GeoJsonPolygon } from '@linli/config';
import { BBox, METRES_PER_DEGREE, distanceToSegmentMetres, lngScale, polygonsOf, rayCrossesEdge } from './geo';

export interface GridInput {
  id: number;
  /** Grids without a boundary are skipped (not counted in `size`). */
  boundary: GeoJsonPolygon | null;
}

export interface GridIndexStats {
  grids: number;
  cols: number;
  rows: number;
  /** Sum of bucket entries; a grid is listed in every cell its bbox overlaps. */
  entries: number;
  cellWidthDeg: number;
  cellHeightDeg: number;
}

/** Keep the bucket array at most this many cells per grid (bounds memory for sparse data). */
const MAX_CELLS_PER_GRID = 4;

export class GridIndex {
  private readonly n: number;
  private readonly ids: Float64Array; // grid ids (Float64 so any safe integer fits)
  private readonly boxes: Float64Array; // minX, minY, maxX, maxY per grid
  private readonly gridRing: Int32Array; // grid g owns rings [gridRing[g], gridRing[g+1])
  private readonly ringPos: Int32Array; // ring r owns positions [ringPos[r], ringPos[r+1])
  private readonly xy: Float64Array; // interleaved lng, lat of every position

  private readonly minX: number;
  private readonly minY: number;
  private readonly maxX: number;
  private readonly maxY: number;
  private readonly cellW: number;
  private readonly cellH: number;
  private readonly invW: number;
  private readonly invH: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly cellStart: Int32Array; // cell c lists cellItems[cellStart[c] .. cellStart[c+1])
  private readonly cellItems: Int32Array; // grid indices, ascending within a cell

  // Per-query "already looked at" marks for nearest(), reused to avoid allocating a Set.
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(grids: readonly GridInput[]) {
    // Pass 1: count, so every array is allocated once at its final size.
    let n = 0, rings = 0, positions = 0;
    for (const g of grids) {
      if (!g.boundary) continue;
      let p = 0, r = 0;
      for (const poly of polygonsOf(g.boundary)) for (const ring of poly) { r++; p += ring.length; }
      if (p === 0) continue;
      n++; rings += r; positions += p;
    }
    this.n = n;
    this.ids = new Float64Array(n);
    this.boxes = new Float64Array(4 * n);
    this.gridRing = new Int32Array(n + 1);
    this.ringPos = new Int32Array(rings + 1);
    this.xy = new Float64Array(2 * positions);
    this.seen = new Int32Array(n);

    // Pass 2: copy coordinates and bboxes.
    let gi = 0, ri = 0, pi = 0;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const g of grids) {
      if (!g.boundary) continue;
      const parts = polygonsOf(g.boundary);
      if (!parts.some((poly) => poly.some((ring) => ring.length > 0))) continue;
      this.ids[gi] = g.id;
      this.gridRing[gi] = ri;
      let bx0 = Infinity, by0 = Infinity, bx1 = -Infinity, by1 = -Infinity;
      for (const poly of parts)
        for (const ring of poly) {
          this.ringPos[ri++] = pi;
          for (const [x, y] of ring) {
            this.xy[2 * pi] = x;
            this.xy[2 * pi + 1] = y;
            pi++;
            if (x < bx0) bx0 = x;
            if (x > bx1) bx1 = x;
            if (y < by0) by0 = y;
            if (y > by1) by1 = y;
          }
        }
      this.boxes.set([bx0, by0, bx1, by1], 4 * gi);
      if (bx0 < minX) minX = bx0;
      if (by0 < minY) minY = by0;
      if (bx1 > maxX) maxX = bx1;
      if (by1 > maxY) maxY = by1;
      gi++;
    }
    this.gridRing[n] = ri;
    this.ringPos[rings] = pi;
    if (n === 0) minX = minY = maxX = maxY = 0;
    this.minX = minX; this.minY = minY; this.maxX = maxX; this.maxY = maxY;

    // Cell size from the median grid bbox: typical cells then hold a handful of grids, and
    // one unusually large rural grid does not blow the cell size up as a mean would.
    const spanX = maxX - minX, spanY = maxY - minY;
    let cw = median(this.boxes, 0, 2, n) || spanX || 1;
    let ch = median(this.boxes, 1, 3, n) || spanY || 1;
    const maxCells = Math.max(1024, MAX_CELLS_PER_GRID * n);
    let cols = Math.max(1, Math.ceil(spanX / cw)), rows = Math.max(1, Math.ceil(spanY / ch));
    if (cols * rows > maxCells) {
      // Sparse grids over a wide extent: grow the cells evenly to fit the memory budget.
      const f = Math.sqrt((cols * rows) / maxCells);
      cw *= f; ch *= f;
      cols = Math.max(1, Math.ceil(spanX / cw)); rows = Math.max(1, Math.ceil(spanY / ch));
      while (cols * rows > maxCells) { cw *= 1.1; ch *= 1.1; cols = Math.max(1, Math.ceil(spanX / cw)); rows = Math.max(1, Math.ceil(spanY / ch)); }
    }
    this.cellW = cw; this.cellH = ch; this.invW = 1 / cw; this.invH = 1 / ch;
    this.cols = cols; this.rows = rows;

    // Bucket fill as CSR (count, prefix-sum, place): two flat arrays instead of 100k JS arrays.
    // Grids are placed in input order, so each cell lists them ascending.
    const cellStart = new Int32Array(cols * rows + 1);
    for (let g = 0; g < n; g++) this.forCells(g, (c) => { cellStart[c + 1]++; });
    for (let c = 0; c < cols * rows; c++) cellStart[c + 1] += cellStart[c];
    const cellItems = new Int32Array(cellStart[cols * rows]);
    const fill = cellStart.slice(0, cols * rows);
    for (let g = 0; g < n; g++) this.forCells(g, (c) => { cellItems[fill[c]++] = g; });
    this.cellStart = cellStart;
    this.cellItems = cellItems;
  }

  /** Number of indexed grids. */
  get size(): number {
    return this.n;
  }

  /** Bbox of all indexed grids, null when empty. */
  get extent(): BBox | null {
    return this.n ? [this.minX, this.minY, this.maxX, this.maxY] : null;
  }

  stats(): GridIndexStats {
    return {
      grids: this.n, cols: this.cols, rows: this.rows, entries: this.cellItems.length,
      cellWidthDeg: this.cellW, cellHeightDeg: this.cellH,
    };
  }

  /**
   * Id of the grid containing the point, or null. Points on a shared edge go to one
   * neighbour only (see rayCrossesEdge). If grids overlap (bad data) the earliest given wins.
   */
  locate(lng: number, lat: number): number | null {
    // Written so NaN fails too.
    if (!(lng >= this.minX && lng <= this.maxX && lat >= this.minY && lat <= this.maxY) || this.n === 0) return null;
    let cx = Math.floor((lng - this.minX) * this.invW);
    let cy = Math.floor((lat - this.minY) * this.invH);
    if (cx >= this.cols) cx = this.cols - 1;
    if (cy >= this.rows) cy = this.rows - 1;
    const c = cy * this.cols + cx;
    const boxes = this.boxes, items = this.cellItems;
    for (let k = this.cellStart[c], end = this.cellStart[c + 1]; k < end; k++) {
      const g = items[k], b = 4 * g;
      if (lng < boxes[b] || lat < boxes[b + 1] || lng > boxes[b + 2] || lat > boxes[b + 3]) continue;
      if (this.contains(g, lng, lat)) return this.ids[g];
    }
    return null;
  }

  /** Nearest grid id within maxMetres (0 when inside one); null when none is that close. */
  nearest(lng: number, lat: number, maxMetres: number): number | null {
    const r = this.nearestWithDistance(lng, lat, maxMetres);
    return r ? r.id : null;
  }

  /**
   * Nearest grid by distance to its polygon (for points outside every grid, e.g. on a river
   * or just past the district border). Searches bucket cells in growing square rings around
   * the point and stops once a ring cannot hold anything closer than the best so far.
   */
  nearestWithDistance(lng: number, lat: number, maxMetres: number): { id: number; metres: number } | null {
    if (this.n === 0 || !(maxMetres >= 0) || !Number.isFinite(lng) || !Number.isFinite(lat)) return null;
    const inside = this.locate(lng, lat);
    if (inside !== null) return { id: inside, metres: 0 };

    const kx = lngScale(lat);
    // The point's cell in the bucket lattice, extended beyond the extent when outside it.
    const pcx = Math.floor((lng - this.minX) * this.invW);
    const pcy = Math.floor((lat - this.minY) * this.invH);
    // Any cell in ring r is at least (r - 1) cells away along x or y.
    const step = Math.min(this.cellW * kx, this.cellH) * METRES_PER_DEGREE;
    const cols = this.cols, rows = this.rows;
    if (++this.stamp === 0x7fffffff) { this.seen.fill(0); this.stamp = 1; }
    const stamp = this.stamp;
    let best = maxMetres, bestG = -1;

    const visit = (c: number): void => {
      for (let k = this.cellStart[c], end = this.cellStart[c + 1]; k < end; k++) {
        const g = this.cellItems[k];
        if (this.seen[g] === stamp) continue;
        this.seen[g] = stamp;
        const b = 4 * g, bx = this.boxes;
        const dx = lng < bx[b] ? bx[b] - lng : lng > bx[b + 2] ? lng - bx[b + 2] : 0;
        const dy = lat < bx[b + 1] ? bx[b + 1] - lat : lat > bx[b + 3] ? lat - bx[b + 3] : 0;
        // Bbox distance is a lower bound, so most far candidates skip the edge loop.
        if (Math.sqrt(dx * kx * dx * kx + dy * dy) * METRES_PER_DEGREE > best) continue;
        const d = this.edgeDistance(g, lng, lat, kx);
        if (d < best || (bestG < 0 && d <= best)) { best = d; bestG = g; }
      }
    };

    const r0 = Math.max(0, -pcx, pcx - (cols - 1), -pcy, pcy - (rows - 1)); // first ring touching the buckets
    for (let r = r0; (r - 1) * step <= best; r++) {
      const x0 = pcx - r, x1 = pcx + r, y0 = pcy - r, y1 = pcy + r;
      if (x0 < 0 && y0 < 0 && x1 >= cols && y1 >= rows) break; // earlier rings covered every bucket
      const cx0 = Math.max(0, x0), cx1 = Math.min(cols - 1, x1);
      if (y0 >= 0 && y0 < rows) for (let x = cx0; x <= cx1; x++) visit(y0 * cols + x);
      if (r > 0 && y1 >= 0 && y1 < rows) for (let x = cx0; x <= cx1; x++) visit(y1 * cols + x);
      const cy0 = Math.max(0, y0 + 1), cy1 = Math.min(rows - 1, y1 - 1);
      if (x0 >= 0 && x0 < cols) for (let y = cy0; y <= cy1; y++) visit(y * cols + x0);
      if (r > 0 && x1 >= 0 && x1 < cols) for (let y = cy0; y <= cy1; y++) visit(y * cols + x1);
    }
    return bestG < 0 ? null : { id: this.ids[bestG], metres: best };
  }

  /** Even-odd test over all rings of grid g, same predicate as geo.pointInPolygon. */
  private contains(g: number, x: number, y: number): boolean {
    const xy = this.xy, ringPos = this.ringPos;
    let inside = false;
    for (let r = this.gridRing[g], rEnd = this.gridRing[g + 1]; r < rEnd; r++) {
      const s = 2 * ringPos[r], e = 2 * ringPos[r + 1];
      if (e === s) continue;
      let ax = xy[e - 2], ay = xy[e - 1];
      for (let i = s; i < e; i += 2) {
        const bx = xy[i], by = xy[i + 1];
        if (rayCrossesEdge(x, y, ax, ay, bx, by)) inside = !inside;
        ax = bx; ay = by;
      }
    }
    return inside;
  }

  private edgeDistance(g: number, lng: number, lat: number, kx: number): number {
    const xy = this.xy, ringPos = this.ringPos;
    let best = Infinity;
    for (let r = this.gridRing[g], rEnd = this.gridRing[g + 1]; r < rEnd; r++) {
      const s = 2 * ringPos[r], e = 2 * ringPos[r + 1];
      if (e === s) continue;
      for (let i = s, j = e - 2; i < e; j = i, i += 2) {
        const d = distanceToSegmentMetres(lng, lat, xy[j], xy[j + 1], xy[i], xy[i + 1], kx);
        if (d < best) best = d;
      }
    }
    return best;
  }

  /** Call fn for every bucket cell grid g's bbox overlaps. */
  private forCells(g: number, fn: (cell: number) => void): void {
    const b = 4 * g;
    const x0 = this.cellX(this.boxes[b]), x1 = this.cellX(this.boxes[b + 2]);
    const y0 = this.cellY(this.boxes[b + 1]), y1 = this.cellY(this.boxes[b + 3]);
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) fn(y * this.cols + x);
  }

  // Same arithmetic as locate(), so a point inside a bbox always maps into one of its cells.
  private cellX(x: number): number {
    return Math.min(this.cols - 1, Math.floor((x - this.minX) * this.invW));
  }

  private cellY(y: number): number {
    return Math.min(this.rows - 1, Math.floor((y - this.minY) * this.invH));
  }
}

/** Median of (hi - lo) over n boxes stored 4 per entry. */
function median(boxes: Float64Array, lo: number, hi: number, n: number): number {
  if (n === 0) return 0;
  const v = new Float64Array(n);
  for (let g = 0; g < n; g++) v[g] = boxes[4 * g + hi] - boxes[4 * g + lo];
  v.sort();
  return v[n >> 1];
}
