// Console helpers shared by the browser tests of the console (run.mjs, surveys.mjs).
import { api, assert, BASE_URL, openBrowser } from '../../scripts/e2e-lib.mjs';

export const ADMIN = `${BASE_URL}/admin`;
export const PASSWORD = process.env.DEMO_PASSWORD || 'Linli@2026';
export const ROWS = '.ant-table-tbody tr.ant-table-row';
const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option';

export async function apiLogin(username) {
  const res = await api('POST', '/api/admin/auth/login', { body: { username, password: PASSWORD } });
  assert(res.status === 200 && res.success, `API login ${username}: ${res.status} ${res.errorMessage ?? ''}`);
  return res.data;
}

/** Each test gets its own browser profile, so tokens never leak between accounts. */
export async function withPage(fn) {
  const browser = await openBrowser();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(20000);
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  try {
    await fn(page);
    assert(browser.offsite.length === 0, `requests left the machine: ${browser.offsite.join(', ')}`);
    assert(consoleErrors.length === 0, `uncaught page errors: ${consoleErrors.join(' | ')}`);
  } finally {
    await browser.close();
  }
}

export async function uiLogin(page, username, password = PASSWORD) {
  await page.goto(`${ADMIN}/user/login`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

export async function loginAs(page, username) {
  await uiLogin(page, username);
  await page.waitForURL(/\/admin\/welcome/);
  await page.locator('[data-testid=scope]').waitFor();
}

export async function tableTexts(page) {
  await page.locator(ROWS).first().waitFor();
  return page.locator(ROWS).allInnerTexts();
}

/** Opens an antd Select (by a locator of the .ant-select) and picks the option containing `text`. */
export async function pick(page, select, text, search) {
  await select.click();
  if (search) await page.keyboard.type(search);
  await page.locator(OPEN_DROPDOWN, { hasText: text }).first().click();
}
