import { MidwayConfig } from '@midwayjs/core';

export default (): MidwayConfig => ({
  midwayLogger: { default: { level: 'warn', consoleLevel: 'error' } },
  wechat: { sandbox: true },
});
