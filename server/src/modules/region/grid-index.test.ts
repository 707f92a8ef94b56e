import type { GeoJsonPolygon, Position } from '@linli/config';
import { bbox, distanceToPolygonMetres, pointInPolygon } from './geo';
import { GridIndex, GridInput } from './grid-index';
import { ZHENHAI_EXTENT, createRng, generateDistrict, generateGrids } from './demo-geography';

const rect = (x0: number, y0: number, x1: number, y1: number): Position[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const square = (x0: number, y0: number, x1: number, y1: number): GeoJsonPolygon => ({ type: 'Polygon', coordinates: [rect(x0, y0, x1, y1)] });

/** Reference answers by scanning everything. */
function scanLocate(grids: GridInput[], x: number, y: number): number | null {
  for (const g of grids) if (g.boundary && pointInPolygon(x, y, g.boundary)) return g.id;
  return null;
}
function scanNearest(grids: GridInput[], x: number, y: number, max: number): { id: number; metres: number } | null {
  let best: { id: number; metres: number } | null = null;
  for (const g of grids) {
    const d = distanceToPolygonMetres(x, y, g.boundary!);
    if (d <= max && (!best || d < best.metres)) best = { id: g.id, metres: d };
  }
  return best;
}

const district = generateDistrict();
const demoGrids: GridInput[] = district.grids.map((g, i) => ({ id: 1000 + i, boundary: g.boundary }));
const demo = new GridIndex(demoGrids);
const [W, S, E, N] = ZHENHAI_EXTENT;

describe('GridIndex basics', () => {
  it('an empty index answers null', () => {
    const idx = new GridIndex([]);
    expect(idx.size).toBe(0);
    expect(idx.extent).toBeNull();
    expect(idx.locate(121.6, 30)).toBeNull();
    expect(idx.nearest(121.6, 30, 1e6)).toBeNull();
  });

  it('skips grids without a boundary', () => {
    const idx = new GridIndex([{ id: 1, boundary: null }, { id: 2, boundary: square(0, 0, 1, 1) }]);
    expect(idx.size).toBe(1);
    expect(idx.locate(0.5, 0.5)).toBe(2);
  });

  it('rejects NaN and points outside the extent', () => {
    expect(demo.locate(NaN, 30)).toBeNull();
    expect(demo.locate(121.7, NaN)).toBeNull();
    expect(demo.locate(W - 1e-9, 29.97)).toBeNull();
    expect(demo.locate(121.7, N + 1e-9)).toBeNull();
  });

  it('gives a shared edge to the east / north neighbour, as geo.pointInPolygon does', () => {
    const idx = new GridIndex([
      { id: 1, boundary: square(0, 0, 1, 1) }, { id: 2, boundary: square(1, 0, 2, 1) },
      { id: 3, boundary: square(0, 1, 1, 2) }, { id: 4, boundary: square(1, 1, 2, 2) },
    ]);
    expect(idx.locate(1, 0.5)).toBe(2);
    expect(idx.locate(0.5, 1)).toBe(3);
    expect(idx.locate(1, 1)).toBe(4);
    expect(idx.locate(0, 0)).toBe(1);
    expect(idx.locate(2, 0.5)).toBeNull(); // east border of the whole set
  });

  it('handles holes, MultiPolygons, and overlapping input (first wins)', () => {
    const donut: GeoJsonPolygon = { type: 'Polygon', coordinates: [rect(0, 0, 10, 10), rect(4, 4, 6, 6)] };
    const twoParts: GeoJsonPolygon = { type: 'MultiPolygon', coordinates: [[rect(20, 0, 21, 1)], [rect(30, 0, 31, 1)]] };
    const idx = new GridIndex([
      { id: 1, boundary: donut }, { id: 2, boundary: square(4, 4, 6, 6) }, { id: 3, boundary: twoParts },
      { id: 4, boundary: square(0, 0, 2, 2) }, // overlaps grid 1
    ]);
    expect(idx.locate(5, 5)).toBe(2);
    expect(idx.locate(1, 5)).toBe(1);
    expect(idx.locate(20.5, 0.5)).toBe(3);
    expect(idx.locate(30.5, 0.5)).toBe(3);
    expect(idx.locate(25, 0.5)).toBeNull();
    expect(idx.locate(1, 1)).toBe(1);
  });

  it('buckets the grids instead of scanning them', () => {
    const s = demo.stats();
    expect(s.grids).toBe(240);
    expect(s.cols * s.rows).toBeGreaterThan(100);
    expect(s.entries / s.grids).toBeLessThan(6); // each grid sits in a few cells only
  });

  it('one huge grid among small ones does not blow up memory', () => {
    const grids: GridInput[] = [{ id: 0, boundary: square(0, 0, 100, 100) }];
    for (let i = 0; i < 1000; i++) grids.push({ id: i + 1, boundary: square(200 + (i % 40) * 0.01, (i / 40 | 0) * 0.01, 200.01 + (i % 40) * 0.01, 0.01 + (i / 40 | 0) * 0.01) });
    const idx = new GridIndex(grids);
    expect(idx.stats().cols * idx.stats().rows).toBeLessThanOrEqual(4 * 1001);
    expect(idx.locate(50, 50)).toBe(0);
    expect(idx.locate(200.005, 0.005)).toBe(1);
  });
});

describe('GridIndex.locate agrees with a full scan', () => {
  it('on 50,000 random points around the demo district', () => {
    const rand = createRng(11);
    let hits = 0;
    for (let k = 0; k < 50000; k++) {
      const x = W - 0.01 + rand() * (E - W + 0.02), y = S - 0.01 + rand() * (N - S + 0.02);
      const got = demo.locate(x, y);
      if (got !== scanLocate(demoGrids, x, y)) throw new Error(`mismatch at ${x},${y}`);
      if (got !== null) hits++;
    }
    expect(hits / 50000).toBeCloseTo(((E - W) * (N - S)) / ((E - W + 0.02) * (N - S + 0.02)), 1); // inside share ≈ area share
  });

  it('on every lattice vertex (points exactly on shared corners)', () => {
    for (const g of demoGrids)
      for (const [x, y] of (g.boundary!.coordinates as Position[][])[0])
        expect(demo.locate(x, y)).toBe(scanLocate(demoGrids, x, y));
  });

  it('on 100,000 generated grids, built in well under a few seconds', () => {
    const grids = generateGrids(100000);
    const t0 = Date.now();
    const idx = new GridIndex(grids);
    const ms = Date.now() - t0;
    expect(idx.size).toBe(100000);
    expect(ms).toBeLessThan(3000);
    const ext = idx.extent!;
    const boxes = grids.map((g) => bbox(g.boundary)!);
    const rand = createRng(12);
    for (let k = 0; k < 3000; k++) {
      const x = ext[0] + rand() * (ext[2] - ext[0]), y = ext[1] + rand() * (ext[3] - ext[1]);
      let want: number | null = null;
      for (let i = 0; i < grids.length && want === null; i++) {
        const b = boxes[i];
        if (x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3] && pointInPolygon(x, y, grids[i].boundary)) want = grids[i].id;
      }
      expect(idx.locate(x, y)).toBe(want);
    }
  });
});

describe('GridIndex.nearest', () => {
  it('returns the containing grid at 0 m for points inside', () => {
    const g = district.grids[37];
    expect(demo.nearestWithDistance(g.center![0], g.center![1], 10)).toEqual({ id: 1037, metres: 0 });
  });

  it('finds the border grid for a point ~100 m past the east border, and respects maxMetres', () => {
    const lat = 29.97, lng = E + 100 / (111195 * Math.cos((lat * Math.PI) / 180));
    const r = demo.nearestWithDistance(lng, lat, 500)!;
    expect(r.metres).toBeGreaterThan(99);
    expect(r.metres).toBeLessThan(101);
    expect(r).toEqual(scanNearest(demoGrids, lng, lat, 500));
    expect(demo.nearest(lng, lat, 50)).toBeNull();
  });

  it('matches a full scan for 2,000 points up to 3 km outside the district', () => {
    const rand = createRng(13);
    for (let k = 0; k < 2000; k++) {
      const x = W - 0.03 + rand() * (E - W + 0.06), y = S - 0.03 + rand() * (N - S + 0.06);
      const max = k % 2 ? 1500 : Infinity;
      const got = demo.nearestWithDistance(x, y, max), want = scanNearest(demoGrids, x, y, max);
      if (want === null) expect(got).toBeNull();
      else {
        expect(got).not.toBeNull();
        expect(got!.metres).toBeCloseTo(want.metres, 6); // ties may pick either grid
      }
    }
  });

  it('finds a grid across a gap and far away', () => {
    const idx = new GridIndex([{ id: 1, boundary: square(0, 0, 0.01, 0.01) }, { id: 2, boundary: square(0.05, 0, 0.06, 0.01) }]);
    expect(idx.nearest(0.02, 0.005, 5000)).toBe(1);
    expect(idx.nearest(0.04, 0.005, 5000)).toBe(2);
    expect(idx.nearest(0.03, 0.5, 1000)).toBeNull();
    expect(idx.nearest(10, 10, Infinity)).toBe(2);
  });
});
