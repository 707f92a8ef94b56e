import { startApp } from '../app';
import { gridOf, people, photo, T } from './helpers';

/** Each intake channel goes around the whole loop to closing, and its origin stays on record. */
describe('the loop for every channel', () => {
  let t: T;
  let p: ReturnType<typeof people>;
  beforeAll(async () => {
    t = await startApp();
    p = people(t);
  });
  afterAll(async () => t?.stop());

  async function walk(id: number, gridNo: number) {
    const g = await gridOf(t, 8, gridNo);
    const worker = await p.wechat(g.workerOpenid);
    const community8 = await p.staff('community8');
    const step = (token: string, body: object, admin = false) => p.call('POST', `/api/${admin ? 'admin/' : ''}events/${id}/actions`, { token, body });
    expect((await step(worker, { action: 'accept' })).data.status).toBe('accepted');
    expect((await step(worker, { action: 'handle', note: '现场处置完毕', photos: [await photo(t, worker)] })).data.status).toBe('handled');
    const closed = await step(community8, { action: 'close' }, true);
    expect(closed.data.status).toBe('closed');
    expect(closed.data.closedAt).toBeTruthy();
    const trail = await p.call('GET', `/api/admin/events/${id}/trail/verify`, { token: community8 });
    expect(trail.data).toMatchObject({ ok: true, length: 5 });
    return closed.data;
  }

  it('resident report', async () => {
    const g = await gridOf(t, 8, 1);
    const resident = await p.wechat('demo-resident-16');
    const r = await p.report(resident, { categoryCode: 'ENV_GARBAGE', description: '居民：楼下垃圾未清运', lng: g.lng, lat: g.lat });
    expect((await walk(r.data.id, 1)).channel).toBe('resident');
  });

  it('grid worker patrol finding', async () => {
    const g = await gridOf(t, 8, 2);
    const worker = await p.wechat(g.workerOpenid);
    const r = await p.report(worker, { categoryCode: 'SAFE_EBIKE', description: '巡查：电动车楼道充电', lng: g.lng, lat: g.lat });
    expect((await walk(r.data.id, 2)).channel).toBe('patrol');
  });

  it('hotline call entered by staff, and a console entry', async () => {
    const community8 = await p.staff('community8');
    for (const [channel, gridNo] of [['hotline', 3], ['console', 4]] as const) {
      const g = await gridOf(t, 8, gridNo);
      const r = await p.call('POST', '/api/admin/events', {
        token: community8, body: { channel, categoryCode: 'DISPUTE_NEIGHBOR', description: `${channel}：邻里噪音纠纷调解`, lng: g.lng, lat: g.lat, callerName: '李女士' },
      });
      expect(r.status).toBe(201);
      expect((await walk(r.data.id, gridNo)).channel).toBe(channel);
    }
  });
});
