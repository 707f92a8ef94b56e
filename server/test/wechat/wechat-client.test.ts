import { startApp } from '../app';
import { WechatClient } from '../../src/modules/wechat/wechat.client';
import { WechatSandboxController } from '../../src/modules/wechat/sandbox.controller';

/** The one WeChat client, exercised over HTTP against the loopback sandbox. */
describe('WeChat client through the sandbox', () => {
  let t: Awaited<ReturnType<typeof startApp>>;
  let wx: WechatClient;
  beforeAll(async () => {
    t = await startApp();
    wx = await t.app.getApplicationContext().getAsync(WechatClient);
  });
  afterAll(async () => t?.stop());

  it('flags risky text and passes ordinary text (content security)', async () => {
    expect(await wx.msgSecCheck('楼下有人聚众赌博', 'openid-1')).toMatchObject({ suggest: 'risky' });
    expect(await wx.msgSecCheck('小区路灯坏了', 'openid-1')).toMatchObject({ suggest: 'pass' });
  });

  it('sends a subscribe message that the sandbox records', async () => {
    const before = WechatSandboxController.records.length;
    await wx.sendSubscribeMessage({ touser: 'openid-2', template_id: 'TPL_STATUS', data: { thing1: { value: '已受理' } } });
    const sent = WechatSandboxController.records.slice(before).find((r) => r.path.endsWith('/subscribe/send'));
    expect(sent?.body).toMatchObject({ touser: 'openid-2', template_id: 'TPL_STATUS' });
  });

  it('turns an unreachable WeChat into a clear 503 error, not a crash', async () => {
    const saved = wx.cfg.apiBase;
    wx.cfg.apiBase = 'http://127.0.0.1:9'; // nothing listens on the discard port
    try {
      await expect(wx.code2Session('demo:x')).rejects.toMatchObject({ code: 'WECHAT_UNAVAILABLE', status: 503 });
    } finally {
      wx.cfg.apiBase = saved;
    }
  });
});
