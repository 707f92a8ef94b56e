import { rmSync } from 'fs';
import { relative } from 'path';
import { scanRunDir } from './scan';

/**
 * jest globalTeardown: fails the run when any log line written during it carries a phone or ID number, a
 * session key, a token or one of the run's secrets. A clean run's directory is removed (kept with
 * LINLI_KEEP_TEST_LOGS=1); a dirty one is kept.
 */
export default async function globalTeardown() {
  const dir = process.env.LINLI_TEST_LOG_DIR;
  if (!dir) return;
  const { files, lines, leaks } = scanRunDir(dir);
  if (leaks.length) {
    const shown = leaks.slice(0, 40).map((l) => `  ${relative(dir, l.file)}:${l.line} ${l.what}: ${l.excerpt}`);
    throw new Error(`log scan: ${leaks.length} leak(s) in the logs of this run (kept in ${dir}):\n${shown.join('\n')}`);
  }
  process.stderr.write(`log scan: ${lines} log lines in ${files.length} files, no personal data, session keys, tokens or secrets\n`);
  if (!process.env.LINLI_KEEP_TEST_LOGS) rmSync(dir, { recursive: true, force: true });
}
