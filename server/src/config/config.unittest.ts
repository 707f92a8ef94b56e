import { MidwayConfig } from '@midwayjs/core';

export default (): MidwayConfig => ({
  midwayLogger: { default: { level: 'warn', consoleLevel: 'error' } },
  wechat: { sandbox: true },
  // tests drive the jobs' ticks themselves
  linli: { jobs: { enabled: false } },
});
