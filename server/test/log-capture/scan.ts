import { existsSync, lstatSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

/**
 * What must never reach a log line (ASVS 16.2.5, PIPL): personal data, WeChat session keys, tokens and the
 * deployment's secrets. The same boundaries as the server's own redaction (config/src/privacy.ts).
 */
export const LEAK_PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'mainland mobile number', re: /(?<!\d)1[3-9]\d{9}(?!\d)/ },
  { name: 'ID card number', re: /(?<![\dXx])\d{17}[\dXx](?![\dXx])/ },
  { name: 'JWT', re: /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/ },
  { name: 'WeChat session_key', re: /session_?key["'\s:=]+[A-Za-z0-9+/]{16,}/i },
  { name: 'access_token in a URL', re: /access_token=[\w-]{6,}/ },
  { name: 'app secret in a URL', re: /[?&]secret=[^&\s"']+/ },
];

/** The test run's own secrets: their values must not appear anywhere in the logs. */
export function secretsOfThisRun(env: NodeJS.ProcessEnv = process.env): string[] {
  return [env.LINLI_JWT_SECRET, env.LINLI_DATA_KEY, env.LINLI_APP_KEYS, env.WECHAT_SECRET || 'sandbox-secret']
    .filter((s): s is string => !!s && s.length >= 8);
}

/** Literal values a test saw at runtime (session keys from the sandbox) and wants kept out of the logs. */
export const FORBIDDEN_FILE_PREFIX = 'forbidden-';

export interface Leak { file: string; line: number; what: string; excerpt: string }

/** Scans one text; the excerpt shows where, with the leaked value itself cut short. */
export function scanText(text: string, literals: string[], file = '-'): Leak[] {
  const leaks: Leak[] = [];
  text.split('\n').forEach((line, i) => {
    const hit = (what: string, at: number, length: number) =>
      leaks.push({ file, line: i + 1, what, excerpt: `${line.slice(Math.max(0, at - 60), at)}‹${line.slice(at, at + Math.min(4, length))}…›` });
    for (const { name, re } of LEAK_PATTERNS) {
      const m = re.exec(line);
      if (m) hit(name, m.index, m[0].length);
    }
    for (const s of literals) {
      const at = line.indexOf(s);
      if (at >= 0) hit('a secret or session key of this run', at, s.length);
    }
  });
  return leaks;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (name === '.audit') return []; // the log rotator's bookkeeping (file names and md5 hashes), not log lines
    const p = join(dir, name);
    const s = lstatSync(p); // Midway's `midway-app.log` is a symlink to the dated file: read each file once
    return s.isDirectory() ? filesUnder(p) : s.isFile() ? [p] : [];
  });
}

/** Every log file written under the run's directory (Midway's files and the captured console), scanned. */
export function scanRunDir(dir: string, env: NodeJS.ProcessEnv = process.env): { files: string[]; lines: number; leaks: Leak[] } {
  const all = filesUnder(dir);
  const literals = [...secretsOfThisRun(env)];
  for (const f of all.filter((f) => f.split('/').pop()!.startsWith(FORBIDDEN_FILE_PREFIX))) {
    literals.push(...(JSON.parse(readFileSync(f, 'utf8')) as string[]).filter((s) => s.length >= 8));
  }
  const logs = all.filter((f) => !f.split('/').pop()!.startsWith(FORBIDDEN_FILE_PREFIX));
  let lines = 0;
  const leaks = logs.flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    lines += text.split('\n').length - 1;
    return scanText(text, literals, f);
  });
  return { files: logs, lines, leaks };
}
