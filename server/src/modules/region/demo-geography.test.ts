import type { GridKind } from '@linli/config';
import { bbox, centroid, planarArea, pointInPolygon, validatePolygon } from './geo';
import { DemoRegion, ZHENHAI_EXTENT, createRng, generateDistrict, generateGrids } from './demo-geography';

// Runtime copy on purpose: this file must not load @linli/config's build output.
const KINDS: GridKind[] = ['community', 'rural', 'enterprise', 'commercial', 'floating', 'demolition'];

const d = generateDistrict();
const [W, S, E, N] = ZHENHAI_EXTENT;

function containing(lng: number, lat: number, regions: DemoRegion[]): DemoRegion[] {
  return regions.filter((r) => pointInPolygon(lng, lat, r.boundary!));
}

describe('generateDistrict: tree and names', () => {
  it('has 宁波市 → 镇海区 → 4 streets → 16 communities → 240 grids', () => {
    expect([d.city.name, d.city.code, d.district.name, d.district.code]).toEqual(['宁波市', '330200', '镇海区', '330211']);
    expect(d.district.parentCode).toBe('330200');
    expect(d.streets.map((s) => s.name)).toEqual(['招宝山街道', '蛟川街道', '骆驼街道', '庄市街道']);
    expect(d.streets.map((s) => s.code)).toEqual(['330211001', '330211002', '330211003', '330211004']);
    expect(d.communities).toHaveLength(16);
    expect(d.grids).toHaveLength(240);
    expect(d.regions).toHaveLength(2 + 4 + 16 + 240);
  });

  it('codes extend the parent code by 3 digits and parents come first', () => {
    const seen = new Set<string>();
    for (const r of d.regions) {
      if (r.parentCode) {
        expect(seen.has(r.parentCode)).toBe(true);
        if (r.level !== 'district') {
          expect(r.code.startsWith(r.parentCode)).toBe(true);
          expect(r.code).toHaveLength(r.parentCode.length + 3);
        }
      }
      seen.add(r.code);
    }
    expect(seen.size).toBe(d.regions.length); // codes unique
    for (const c of d.communities) expect(d.grids.filter((g) => g.parentCode === c.code)).toHaveLength(15);
    for (const s of d.streets) expect(d.communities.filter((c) => c.parentCode === s.code)).toHaveLength(4);
  });

  it('names are unique and grids are named after their community', () => {
    expect(new Set(d.communities.map((c) => c.name)).size).toBe(16);
    expect(new Set(d.grids.map((g) => g.name)).size).toBe(240);
    expect(d.communities.every((c) => c.name.endsWith('社区'))).toBe(true);
    const byCode = new Map(d.communities.map((c) => [c.code, c]));
    for (const g of d.grids) {
      const m = /^(.+社区)第(\d+)网格$/.exec(g.name)!;
      expect(m[1]).toBe(byCode.get(g.parentCode!)!.name);
      expect(Number(m[2])).toBe(Number(g.code.slice(-3)));
    }
    expect(d.grids.some((g) => g.name === '勤勇社区第3网格')).toBe(true);
  });

  it('grid kinds: mostly community, every kind present; only grids have a kind', () => {
    const count = new Map<GridKind, number>();
    for (const g of d.grids) count.set(g.gridKind!, (count.get(g.gridKind!) ?? 0) + 1);
    expect([...count.keys()].sort()).toEqual([...KINDS].sort());
    expect(count.get('community')!).toBeGreaterThan(240 / 2);
    expect(d.regions.filter((r) => r.level !== 'grid').every((r) => r.gridKind === null)).toBe(true);
  });
});

describe('generateDistrict: geometry', () => {
  const polygons = d.regions.filter((r) => r.boundary);

  it('every boundary is a valid polygon and every center is its rounded centroid', () => {
    for (const r of polygons) {
      expect(validatePolygon(r.boundary)).toBeNull();
      const c = centroid(r.boundary!)!;
      expect(r.center![0]).toBeCloseTo(c[0], 6);
      expect(r.center![1]).toBeCloseTo(c[1], 6);
    }
  });

  it('the district outline is exactly the extent rectangle', () => {
    expect(bbox(d.district.boundary!)).toEqual(ZHENHAI_EXTENT);
    expect(planarArea(d.district.boundary!)).toBeCloseTo((E - W) * (N - S), 12);
  });

  it('grids tile the district: 20,000 random points each in exactly one grid', () => {
    const rand = createRng(42);
    for (let k = 0; k < 20000; k++) {
      const x = W + rand() * (E - W), y = S + rand() * (N - S);
      const hits = containing(x, y, d.grids).length;
      if (hits !== 1) throw new Error(`point ${x},${y} is in ${hits} grids`);
    }
  });

  it('lattice vertices and edge midpoints inside the district are in exactly one grid too', () => {
    const pts = new Map<string, [number, number]>();
    for (const g of d.grids) {
      const ring = (g.boundary!.coordinates as number[][][])[0];
      for (let i = 0; i < 4; i++) {
        const [ax, ay] = ring[i], [bx, by] = ring[i + 1];
        pts.set(`${ax},${ay}`, [ax, ay]);
        pts.set(`m${ax},${ay},${bx},${by}`, [(ax + bx) / 2, (ay + by) / 2]);
      }
    }
    for (const [x, y] of pts.values()) {
      if (x === E || y === N) continue; // east / north border: half-open, belongs to nobody
      expect(containing(x, y, d.grids)).toHaveLength(1);
    }
  });

  it('points outside the extent are in no grid, community or street', () => {
    const rand = createRng(43);
    for (let k = 0; k < 2000; k++) {
      const side = k % 4, t = rand(), off = 1e-9 + rand() * 0.01;
      const x = side === 0 ? W - off : side === 1 ? E + off : W + t * (E - W);
      const y = side === 2 ? S - off : side === 3 ? N + off : S + t * (N - S);
      expect(containing(x, y, [...d.grids, ...d.communities, ...d.streets, d.district])).toHaveLength(0);
    }
  });

  it('each community is the union of its grids and each street of its communities (area and centroid)', () => {
    const children = (p: DemoRegion, list: DemoRegion[]) => list.filter((r) => r.parentCode === p.code);
    for (const [parents, kids] of [[d.communities, d.grids], [d.streets, d.communities], [[d.district], d.streets]] as const) {
      for (const p of parents) {
        const sum = children(p, kids).reduce((s, k) => s + planarArea(k.boundary!), 0);
        expect(Math.abs(sum - planarArea(p.boundary!)) / sum).toBeLessThan(1e-9);
        for (const k of children(p, kids)) expect(pointInPolygon(k.center![0], k.center![1], p.boundary!)).toBe(true);
      }
    }
  });
});

describe('determinism', () => {
  it('same seed, same output; another seed moves the vertices but keeps the names', () => {
    expect(generateDistrict()).toEqual(d);
    expect(generateDistrict({ seed: d.seed })).toEqual(d);
    const other = generateDistrict({ seed: 1 });
    expect(other.grids.map((g) => g.name)).toEqual(d.grids.map((g) => g.name));
    expect(other.grids[100].boundary).not.toEqual(d.grids[100].boundary);
  });

  it('rejects a jitter that could fold a cell', () => {
    expect(() => generateDistrict({ jitter: 0.5 })).toThrow();
  });
});

describe('generateGrids', () => {
  it('makes n valid, deterministic grids with ids 1..n', () => {
    const grids = generateGrids(1000);
    expect(grids).toHaveLength(1000);
    expect(grids.map((g) => g.id)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    for (const g of grids) expect(validatePolygon(g.boundary)).toBeNull();
    expect(generateGrids(1000)).toEqual(grids);
    expect(generateGrids(0)).toEqual([]);
  });
});
