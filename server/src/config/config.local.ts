import { MidwayConfig } from '@midwayjs/core';

// `npm start` on a developer machine: the sandbox stands in for WeChat.
export default (): MidwayConfig => ({
  wechat: { sandbox: true },
});
