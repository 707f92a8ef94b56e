// Shared harness for the browser tests: Debian chromium through playwright-core (no browser download),
// a tiny runner that prints "N passed, N failed", screenshots into screenshots/ for review.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BASE_URL = process.env.BASE_URL || 'http://127.0.0.1:7001';
export const SHOT_DIR = path.resolve(process.env.SHOT_DIR || path.join(import.meta.dirname, '..', 'screenshots'));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** A fresh browser context with its own profile; every request off this machine is refused. */
export async function openBrowser({ viewport = { width: 1440, height: 900 }, mobile = false } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: mobile ? { width: 390, height: 844 } : viewport,
    deviceScaleFactor: mobile ? 2 : 1,
    isMobile: mobile,
    hasTouch: mobile,
    locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const offsite = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (['127.0.0.1', 'localhost'].includes(u.hostname) || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
    offsite.push(u.href);
    return route.abort();
  });
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, offsite, close };
}

export async function shot(page, name) {
  fs.mkdirSync(SHOT_DIR, { recursive: true });
  const file = path.join(SHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Runs the tests in order; a failing test does not stop the rest. Exits non-zero on any failure. */
export async function run(suite, tests) {
  let passed = 0;
  let failed = 0;
  for (const [name, fn] of tests) {
    const t0 = Date.now();
    try {
      await fn();
      passed++;
      console.log(`  ✓ ${suite}: ${name} (${Date.now() - t0} ms)`);
    } catch (err) {
      failed++;
      console.log(`  ✗ ${suite}: ${name}\n    ${String(err && err.stack || err).split('\n').slice(0, 6).join('\n    ')}`);
    }
  }
  console.log(`${suite}: ${passed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
  return { passed, failed };
}

export function assert(cond, message) {
  if (!cond) throw new Error(`assertion failed: ${message}`);
}

/** Calls the real API directly (setup and cross-checks), unwrapping the envelope. */
export async function api(method, url, { token, body } = {}) {
  const res = await fetch(`${BASE_URL}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  return { status: res.status, ...json };
}
