import type { GeoJsonPolygon, Position } from '@linli/config';
import {
  areaSquareMetres, bbox, centroid, distanceToBBoxMetres, distanceToPolygonMetres, distanceToSegmentMetres,
  haversineMetres, planarArea, pointInPolygon, validatePolygon,
} from './geo';
import { createRng } from './demo-geography';

const poly = (...rings: Position[][]): GeoJsonPolygon => ({ type: 'Polygon', coordinates: rings });
const rect = (x0: number, y0: number, x1: number, y1: number): Position[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const square = (x0: number, y0: number, x1: number, y1: number) => poly(rect(x0, y0, x1, y1));

describe('bbox', () => {
  it('covers every ring of a Polygon and a MultiPolygon', () => {
    expect(bbox(square(1, 2, 3, 5))).toEqual([1, 2, 3, 5]);
    const multi: GeoJsonPolygon = { type: 'MultiPolygon', coordinates: [[rect(0, 0, 1, 1)], [rect(5, -2, 6, 0)]] };
    expect(bbox(multi)).toEqual([0, -2, 6, 1]);
  });
  it('is null without positions', () => {
    expect(bbox({ type: 'Polygon', coordinates: [] })).toBeNull();
  });
});

describe('pointInPolygon', () => {
  const withHole = poly(rect(0, 0, 10, 10), rect(3, 3, 7, 7));

  it('handles inside, outside and holes (even-odd)', () => {
    expect(pointInPolygon(1, 1, withHole)).toBe(true);
    expect(pointInPolygon(5, 5, withHole)).toBe(false); // in the hole
    expect(pointInPolygon(11, 5, withHole)).toBe(false);
    expect(pointInPolygon(5, -0.1, withHole)).toBe(false);
  });

  it('handles MultiPolygon parts', () => {
    const multi: GeoJsonPolygon = { type: 'MultiPolygon', coordinates: [[rect(0, 0, 1, 1)], [rect(5, 5, 6, 6)]] };
    expect(pointInPolygon(0.5, 0.5, multi)).toBe(true);
    expect(pointInPolygon(5.5, 5.5, multi)).toBe(true);
    expect(pointInPolygon(3, 3, multi)).toBe(false);
  });

  it('does not depend on ring winding', () => {
    const cw = poly([...rect(0, 0, 2, 2)].reverse());
    expect(pointInPolygon(1, 1, cw)).toBe(true);
    expect(pointInPolygon(2, 1, cw)).toBe(pointInPolygon(2, 1, square(0, 0, 2, 2)));
  });

  it('gives a point on a shared vertical edge to the east neighbour only', () => {
    const west = square(0, 0, 1, 1), east = square(1, 0, 2, 1);
    expect(pointInPolygon(1, 0.5, west)).toBe(false);
    expect(pointInPolygon(1, 0.5, east)).toBe(true);
  });

  it('gives a point on a shared horizontal edge to the north neighbour only', () => {
    const south = square(0, 0, 1, 1), north = square(0, 1, 1, 2);
    expect(pointInPolygon(0.5, 1, south)).toBe(false);
    expect(pointInPolygon(0.5, 1, north)).toBe(true);
  });

  it('gives a vertex shared by four squares to exactly one (the north-east one)', () => {
    const cells = [square(0, 0, 1, 1), square(1, 0, 2, 1), square(0, 1, 1, 2), square(1, 1, 2, 2)];
    expect(cells.map((c) => pointInPolygon(1, 1, c))).toEqual([false, false, false, true]);
  });

  it('gives points on a sloped shared edge to exactly one neighbour, whichever way each ring runs', () => {
    const rand = createRng(7);
    for (let k = 0; k < 2000; k++) {
      // Two triangles sharing edge a–b, with c and d on opposite sides, at realistic lng/lat.
      const a: Position = [121.6 + rand() * 0.01, 29.9 + rand() * 0.01];
      const b: Position = [121.6 + rand() * 0.01, 29.9 + rand() * 0.01];
      const nx = -(b[1] - a[1]), ny = b[0] - a[0];
      const c: Position = [(a[0] + b[0]) / 2 + nx, (a[1] + b[1]) / 2 + ny];
      const d: Position = [(a[0] + b[0]) / 2 - nx, (a[1] + b[1]) / 2 - ny];
      const left = poly([a, b, c, a]);
      const right = poly([b, a, d, b].reverse()); // opposite winding on purpose
      const t = rand();
      const p: Position = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      const hits = Number(pointInPolygon(p[0], p[1], left)) + Number(pointInPolygon(p[0], p[1], right));
      expect(hits).toBe(1);
    }
  });
});

describe('area and centroid', () => {
  it('computes area with holes, regardless of winding', () => {
    expect(planarArea(square(0, 0, 10, 10))).toBeCloseTo(100);
    expect(planarArea(poly(rect(0, 0, 10, 10), rect(3, 3, 5, 5)))).toBeCloseTo(96);
    expect(planarArea(poly([...rect(0, 0, 10, 10)].reverse(), [...rect(3, 3, 5, 5)].reverse()))).toBeCloseTo(96);
    const multi: GeoJsonPolygon = { type: 'MultiPolygon', coordinates: [[rect(0, 0, 1, 1)], [rect(5, 5, 7, 7)]] };
    expect(planarArea(multi)).toBeCloseTo(5);
  });

  it('puts the centroid of a square in its middle, also near lng 121 with tiny cells', () => {
    expect(centroid(square(0, 0, 2, 4))).toEqual([1, 2]);
    const c = centroid(square(121.62, 29.93, 121.626, 29.9375))!;
    expect(c[0]).toBeCloseTo(121.623, 9);
    expect(c[1]).toBeCloseTo(29.93375, 9);
  });

  it('weights the centroid by area (L shape, hole)', () => {
    // L = [0,2]x[0,1] plus [0,1]x[1,2]: areas 2 and 1, centroids (1,0.5) and (0.5,1.5).
    const l = poly([[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]]);
    const c = centroid(l)!;
    expect(c[0]).toBeCloseTo((2 * 1 + 0.5) / 3);
    expect(c[1]).toBeCloseTo((2 * 0.5 + 1.5) / 3);
    // A hole in the east half pulls the centroid west.
    const h = centroid(poly(rect(0, 0, 4, 4), rect(2.5, 1, 3.5, 3)))!;
    expect(h[0]).toBeCloseTo((16 * 2 - 2 * 3) / 14);
    expect(h[1]).toBeCloseTo(2);
  });

  it('converts to square metres near Ningbo', () => {
    // 0.01° × 0.01° at lat 30: 1111.95 m × 962.99 m.
    expect(areaSquareMetres(square(121.6, 29.995, 121.61, 30.005)) / 1e6).toBeCloseTo(1.0708, 3);
  });
});

describe('distances', () => {
  it('haversine: one degree of latitude ≈ 111.195 km, symmetric, zero on itself', () => {
    expect(haversineMetres(121.6, 29, 121.6, 30)).toBeCloseTo(111195, -1);
    expect(haversineMetres(121.6, 30, 121.7, 30.05)).toBeCloseTo(haversineMetres(121.7, 30.05, 121.6, 30), 6);
    expect(haversineMetres(121.6, 30, 121.6, 30)).toBe(0);
    // 宁波 → 上海 (人民广场), about 151 km in a straight line.
    expect(haversineMetres(121.5503, 29.8746, 121.4737, 31.2304) / 1000).toBeCloseTo(150.9, 0);
  });

  const box = square(121.6, 29.99, 121.61, 30);

  it('point-to-edge distance matches haversine for short offsets', () => {
    const north = distanceToPolygonMetres(121.605, 30.001, box);
    expect(north).toBeCloseTo(haversineMetres(121.605, 30.001, 121.605, 30), 0);
    const east = distanceToPolygonMetres(121.612, 29.995, box);
    expect(Math.abs(east - haversineMetres(121.612, 29.995, 121.61, 29.995)) / east).toBeLessThan(0.005);
    expect(distanceToPolygonMetres(121.605, 29.995, box)).toBe(0); // inside
  });

  it('measures to the nearest corner past the end of a segment', () => {
    const d = distanceToSegmentMetres(121.612, 30.002, 121.6, 30, 121.61, 30);
    expect(Math.abs(d - haversineMetres(121.612, 30.002, 121.61, 30)) / d).toBeLessThan(0.005);
  });

  it('bbox distance is 0 inside and a lower bound of the polygon distance outside', () => {
    const tri = poly([[121.6, 29.99], [121.61, 29.99], [121.6, 30], [121.6, 29.99]]);
    const b = bbox(tri)!;
    expect(distanceToBBoxMetres(121.605, 29.995, b)).toBe(0);
    const rand = createRng(3);
    for (let k = 0; k < 500; k++) {
      const x = 121.58 + rand() * 0.05, y = 29.97 + rand() * 0.05;
      expect(distanceToBBoxMetres(x, y, b)).toBeLessThanOrEqual(distanceToPolygonMetres(x, y, tri) + 1e-9);
    }
  });
});

describe('validatePolygon', () => {
  it('accepts valid Polygon and MultiPolygon', () => {
    expect(validatePolygon(square(121.6, 29.9, 121.7, 30))).toBeNull();
    expect(validatePolygon(poly(rect(0, 0, 10, 10), rect(3, 3, 5, 5)))).toBeNull();
    expect(validatePolygon({ type: 'MultiPolygon', coordinates: [[rect(0, 0, 1, 1)], [rect(2, 2, 3, 3)]] })).toBeNull();
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'POLYGON((0 0))', 'GeoJSON'],
    ['wrong type', { type: 'Point', coordinates: [1, 2] }, 'Polygon 或 MultiPolygon'],
    ['no coordinates', { type: 'Polygon', coordinates: [] }, '缺少坐标'],
    ['not closed', poly([[0, 0], [1, 0], [1, 1], [0, 1]]), '未闭合'],
    ['too few positions', poly([[0, 0], [1, 0], [0, 0]]), '至少需要 4 个坐标'],
    ['longitude out of range', poly([[0, 0], [181, 0], [1, 1], [0, 0]]), '超出范围'],
    ['latitude out of range', poly([[0, 0], [1, 0], [1, 91], [0, 0]]), '超出范围'],
    ['not numbers', poly([[0, 0], ['1', 0] as unknown as Position, [1, 1], [0, 0]]), '数字对'],
    ['zero area', poly([[0, 0], [1, 1], [2, 2], [0, 0]]), '面积为零'],
    ['self-crossing bow tie', poly([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]), '自相交'],
  ])('rejects %s', (_label, value, message) => {
    expect(validatePolygon(value)).toContain(message);
  });

  it('names the part and ring at fault', () => {
    const bad: GeoJsonPolygon = { type: 'MultiPolygon', coordinates: [[rect(0, 0, 1, 1)], [rect(2, 2, 3, 3), [[2.2, 2.2], [2.4, 2.2], [2.4, 2.4]]]] };
    expect(validatePolygon(bad)).toMatch(/^第2个多边形的第2个环/);
  });

  it('can skip the self-crossing check, and ignores a repeated point', () => {
    expect(validatePolygon(poly([[0, 0], [2, 2], [2, 0], [0, 1], [0, 0]]), { checkSelfIntersection: false })).toBeNull();
    expect(validatePolygon(poly([[0, 0], [1, 0], [1, 0], [1, 1], [0, 1], [0, 0]]))).toBeNull();
  });
});
