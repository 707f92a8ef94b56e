import { client, DEMO_PASSWORD, startApp } from '../app';
import { Region } from '../../src/modules/region/region.entity';

/** Every staff query is bounded by the account's region scope; outside it, objects do not exist. */
describe('region scope of staff accounts', () => {
  let t: Awaited<ReturnType<typeof startApp>>;
  let call: ReturnType<typeof client>;
  const tokens: Record<string, string> = {};
  let c1Grid: Region;
  let c1: Region;

  beforeAll(async () => {
    t = await startApp();
    call = client(t.base);
    for (const u of ['community1', 'community2', 'district', 'street1', 'street2', 'grid001', 'admin']) {
      const r = await call('POST', '/api/admin/auth/login', { body: { username: u, password: DEMO_PASSWORD } });
      tokens[u] = r.data.token;
    }
    const me = await call('GET', '/api/admin/auth/me', { token: tokens.community1 });
    c1 = await t.db.getRepository(Region).findOneByOrFail({ id: me.data.scope.regionId });
    c1Grid = await t.db.getRepository(Region).findOneByOrFail({ parentId: c1.id, level: 'grid', name: `${c1.name}第1网格` });
  });
  afterAll(async () => t?.stop());

  describe('denied', () => {
    it('without a token', async () => {
      expect(await call('GET', '/api/admin/regions/tree')).toMatchObject({ status: 401, errorCode: 'UNAUTHENTICATED' });
      expect((await call('GET', `/api/admin/grids/${c1Grid.id}`)).status).toBe(401);
    });

    it('with a resident token', async () => {
      const { data } = await call('POST', '/api/auth/wechat-login', { body: { code: 'demo:demo-resident-5' } });
      expect((await call('GET', '/api/admin/grids', { token: data.token })).status).toBe(403);
    });

    it('another community: grid, children, filtered lists, map and locate all answer 404', async () => {
      const tk = tokens.community2;
      for (const path of [`/api/admin/grids/${c1Grid.id}`, `/api/admin/regions/${c1.id}/children`]) {
        expect(await call('GET', path, { token: tk })).toMatchObject({ status: 404, errorCode: 'NOT_FOUND' });
      }
      expect((await call('GET', '/api/admin/grids', { token: tk, query: { regionId: c1.id } })).status).toBe(404);
      expect((await call('GET', '/api/admin/grids/geojson', { token: tk, query: { regionId: c1.id } })).status).toBe(404);
      expect((await call('GET', '/api/admin/accounts', { token: tk, query: { regionId: c1.id } })).status).toBe(404);
      const at = { lng: c1Grid.centerLng, lat: c1Grid.centerLat };
      expect((await call('GET', '/api/admin/grids/locate', { token: tk, query: at })).status).toBe(404);
    });

    it('another street sees nothing of street 1', async () => {
      const r = await call('GET', `/api/admin/grids/${c1Grid.id}`, { token: tokens.street2 });
      expect(r.status).toBe(404);
    });

    it('a grid worker sees only the own grid, and no staff list', async () => {
      const tree = await call('GET', '/api/admin/regions/tree', { token: tokens.grid001 });
      expect(tree.data.level).toBe('grid');
      const other = await call('GET', `/api/admin/grids/${c1Grid.id + 1}`, { token: tokens.grid001 });
      expect(other.status).toBe(404);
      expect((await call('GET', '/api/admin/accounts', { token: tokens.grid001 })).status).toBe(403);
    });

    it('ids that are not positive integers are a validation error', async () => {
      const r = await call('GET', '/api/admin/grids/1%20OR%201=1', { token: tokens.admin });
      expect(r).toMatchObject({ status: 422, errorField: 'id' });
    });
  });

  it('a community sees its own 15 grids, with pagination', async () => {
    const tree = await call('GET', '/api/admin/regions/tree', { token: tokens.community1 });
    expect(tree.data).toMatchObject({ id: c1.id, level: 'community', childCount: 15 });
    const p1 = await call('GET', '/api/admin/grids', { token: tokens.community1, query: { page: 1, pageSize: 10 } });
    const p2 = await call('GET', '/api/admin/grids', { token: tokens.community1, query: { page: 2, pageSize: 10 } });
    expect(p1.data.total).toBe(15);
    expect(p1.data.items).toHaveLength(10);
    expect(p2.data.items).toHaveLength(5);
    const ids = [...p1.data.items, ...p2.data.items].map((g: { id: number }) => g.id);
    expect(new Set(ids).size).toBe(15);
    expect(p1.data.items[0]).toMatchObject({ communityName: c1.name, level: 'grid' });
  });

  it('grid detail lists its staff with masked phones', async () => {
    const r = await call('GET', `/api/admin/grids/${c1Grid.id}`, { token: tokens.community1 });
    expect(r.data.community).toEqual({ id: c1.id, name: c1.name });
    expect(r.data.staff.map((s: { role: string }) => s.role).sort()).toEqual(['instructor', 'leader', 'part_time', 'worker']);
    for (const s of r.data.staff) expect(s.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(r.data.boundary.type).toBe('Polygon');
  });

  it('the district sees 4 streets and 240 grids; the map has a feature per grid', async () => {
    const tree = await call('GET', '/api/admin/regions/tree', { token: tokens.district });
    expect(tree.data.children).toHaveLength(4);
    expect(tree.data.children.flatMap((s: { children: unknown[] }) => s.children)).toHaveLength(16);
    const grids = await call('GET', '/api/admin/grids', { token: tokens.district, query: { pageSize: 1 } });
    expect(grids.data.total).toBe(240);
    const map = await call('GET', '/api/admin/grids/geojson', { token: tokens.street1 });
    expect(map.data.features).toHaveLength(60);
  });

  it('filters grids by keyword and kind; keyword wildcards are literal', async () => {
    const kw = await call('GET', '/api/admin/grids', { token: tokens.district, query: { keyword: '第15网格' } });
    expect(kw.data.total).toBe(16);
    const code = await call('GET', '/api/admin/grids', { token: tokens.district, query: { keyword: c1Grid.code } });
    expect(code.data.items.map((g: { id: number }) => g.id)).toEqual([c1Grid.id]);
    const pct = await call('GET', '/api/admin/grids', { token: tokens.district, query: { keyword: '%' } });
    expect(pct.data.total).toBe(0);
    const kind = await call('GET', '/api/admin/grids', { token: tokens.district, query: { kind: 'enterprise', pageSize: 100 } });
    expect(kind.data.items.every((g: { gridKind: string }) => g.gridKind === 'enterprise')).toBe(true);
    const badKind = await call('GET', '/api/admin/grids', { token: tokens.district, query: { kind: 'castle' } });
    expect(badKind).toMatchObject({ status: 422, errorField: 'kind' });
  });

  it('staff lists stay inside the scope', async () => {
    const r = await call('GET', '/api/admin/accounts', { token: tokens.community1, query: { pageSize: 100 } });
    expect(r.data.total).toBeGreaterThan(15);
    expect(r.data.items.every((a: { regionName: string }) => a.regionName.startsWith(c1.name))).toBe(true);
    expect(r.data.items.map((a: { username: string }) => a.username)).not.toContain('community2');
  });

  it('locates a point to a grid inside the own scope', async () => {
    const r = await call('GET', '/api/admin/grids/locate', { token: tokens.community1, query: { lng: c1Grid.centerLng, lat: c1Grid.centerLat } });
    expect(r.data.grid.id).toBe(c1Grid.id);
  });
});
