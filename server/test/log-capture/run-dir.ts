import { mkdirSync } from 'fs';
import { join } from 'path';

/**
 * Gives this jest run a log directory of its own (server/logs/jest-<time>-<pid>/): Midway writes its log
 * files below it (MIDWAY_LOGGER_WRITEABLE_DIR), console-tee.ts copies console output into it, and
 * teardown.ts scans it. Workers are started after the global setup and inherit both variables.
 */
export function startLogCapture(): string {
  const dir = join(__dirname, '../../logs', `jest-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  process.env.LINLI_TEST_LOG_DIR = dir;
  process.env.MIDWAY_LOGGER_WRITEABLE_DIR = dir;
  return dir;
}
