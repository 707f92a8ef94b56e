import { appendFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { format } from 'util';
import { FORBIDDEN_FILE_PREFIX, secretsOfThisRun } from './scan';

// jest setupFiles: whatever the app prints through console (the TypeORM logger, libraries) is also written to
// the run's log directory, so the scan at the end sees it next to Midway's own log files.
const dir = process.env.LINLI_TEST_LOG_DIR;
if (dir) {
  const file = join(dir, `console-${process.pid}.log`);
  // the secrets as the app sees them (test/env.ts sets them in the worker; the teardown runs in the parent)
  writeFileSync(join(dir, `${FORBIDDEN_FILE_PREFIX}env-${process.pid}.json`), JSON.stringify(secretsOfThisRun()));
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const print = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      appendFileSync(file, `${format(...args)}\n`);
      print(...args);
    };
  }
}
