import { MidwayConfig } from '@midwayjs/core';
import { requireEnv } from './env';

// Production talks to WeChat itself: the sandbox is off whatever the environment says,
// and the WeChat credentials must be given.
export default (): MidwayConfig => ({
  wechat: {
    appId: requireEnv('WECHAT_APPID'),
    secret: requireEnv('WECHAT_SECRET'),
    apiBase: process.env.WECHAT_API_BASE || 'https://api.weixin.qq.com',
    sandbox: false,
  },
  linli: { seedDemo: false },
});
