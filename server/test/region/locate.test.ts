import { useApp } from '../app';
import { Region } from '../../src/modules/region/region.entity';

describe('point to grid lookup (public)', () => {
  const t = useApp();
  const { call } = t;

  it('rejects coordinates out of range, naming the field', async () => {
    expect(await call('GET', '/api/geo/locate', { query: { lng: 121.7, lat: 95 } })).toMatchObject({ status: 422, errorField: 'lat' });
    expect(await call('GET', '/api/geo/locate', { query: { lng: 'east', lat: 30 } })).toMatchObject({ status: 422, errorField: 'lng' });
    expect(await call('GET', '/api/geo/locate', { query: { lat: 30 } })).toMatchObject({ status: 422, errorField: 'lng' });
  });

  it('answers null far outside every grid', async () => {
    const r = await call('GET', '/api/geo/locate', { query: { lng: 116.4, lat: 39.9 } });
    expect(r).toMatchObject({ status: 200, success: true, data: null });
  });

  it('finds the grid, community and street of every grid centre', async () => {
    const grids = await t.db.getRepository(Region).findBy({ level: 'grid' });
    expect(grids).toHaveLength(240);
    for (const g of grids) {
      const r = await call('GET', '/api/geo/locate', { query: { lng: g.centerLng, lat: g.centerLat } });
      expect(r.data.grid).toEqual({ id: g.id, name: g.name, code: g.code });
      expect(r.data.community.id).toBe(g.parentId);
      expect(g.path.startsWith(`/1/2/${r.data.street.id}/${g.parentId}/`)).toBe(true);
    }
  });

  it('sees a grid added by another instance after the freshness window', async () => {
    // the index reloads when the grid fingerprint (count, latest update) moves
    const repo = t.db.getRepository(Region);
    const community = await repo.findOneByOrFail({ level: 'community', code: '330211001001' });
    const square = { type: 'Polygon' as const, coordinates: [[[100, 10], [100.01, 10], [100.01, 10.01], [100, 10.01], [100, 10]]] as [number, number][][] };
    const g = await repo.save(repo.create({
      parentId: community.id, level: 'grid', name: '测试网格', code: 'TEST-GRID-1', path: '', gridKind: 'community', boundary: square,
    }));
    await repo.update({ id: g.id }, { path: `${community.path}${g.id}/` });
    const { GridIndexService } = await import('../../src/modules/region/grid-index.service');
    // as if the freshness window had passed: the next lookup answers from the old index and checks in the background
    ((await t.app.getApplicationContext().getAsync(GridIndexService)) as unknown as { checkedAt: number }).checkedAt = 0;
    let found: number | undefined;
    for (let i = 0; i < 20 && found === undefined; i++) {
      const r = await call('GET', '/api/geo/locate', { query: { lng: 100.005, lat: 10.005 } });
      found = r.data?.grid.id;
      if (found === undefined) await new Promise((res) => setTimeout(res, 100));
    }
    expect(found).toBe(g.id);
    await repo.delete({ id: g.id });
  });
});
