// npm run seed -w server: migrates the configured database and loads the demo district, then exits.
// Uses the same configuration and code path as the server (LINLI_SEED_DEMO=1 at start-up).
import { Bootstrap } from '@midwayjs/bootstrap';
import { join } from 'path';

process.env.LINLI_SEED_DEMO = '1';
Bootstrap.configure({ baseDir: join(__dirname, '..'), globalConfig: { koa: { port: null } } })
  .run()
  .then(() => Bootstrap.stop())
  .then(() => process.exit(0))
  .catch((err: Error) => {
    console.error(err);
    process.exit(1);
  });
