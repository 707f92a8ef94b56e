import { client, startApp } from './app';

describe('smoke', () => {
  let ctx: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => { ctx = await startApp(); });
  afterAll(async () => { await ctx?.stop(); });

  it('health answers with the envelope', async () => {
    const r = await client(ctx.base)('GET', '/api/health');
    expect(r.status).toBe(200);
    expect(r.success).toBe(true);
    expect(r.data.db).toBe('ok');
  });
});
