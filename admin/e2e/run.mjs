// Browser tests of the built console, served by the real server at BASE_URL/admin/.
// Run: node admin/e2e/run.mjs (BASE_URL defaults to http://127.0.0.1:7001).
import { api, assert, BASE_URL, openBrowser, run, shot } from '../../scripts/e2e-lib.mjs';

const ADMIN = `${BASE_URL}/admin`;
const PASSWORD = process.env.DEMO_PASSWORD || 'Linli@2026';
const ROWS = '.ant-table-tbody tr.ant-table-row';
const TREE_TITLES = '[data-testid=region-tree] .ant-tree-title';

async function apiLogin(username) {
  const res = await api('POST', '/api/admin/auth/login', { body: { username, password: PASSWORD } });
  assert(res.status === 200 && res.success, `API login ${username}: ${res.status} ${res.errorMessage ?? ''}`);
  return res.data;
}

/** Each test gets its own browser profile, so tokens never leak between accounts. */
async function withPage(fn) {
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

async function uiLogin(page, username, password = PASSWORD) {
  await page.goto(`${ADMIN}/user/login`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

async function loginAs(page, username) {
  await uiLogin(page, username);
  await page.waitForURL(/\/admin\/welcome/);
  await page.locator('[data-testid=scope]').waitFor();
}

async function treeTitles(page, expected) {
  await page.waitForFunction(
    ([sel, n]) => document.querySelectorAll(sel).length >= n,
    [TREE_TITLES, expected],
  );
  return page.locator(TREE_TITLES).allInnerTexts();
}

async function tableTexts(page) {
  await page.locator(ROWS).first().waitFor();
  return page.locator(ROWS).allInnerTexts();
}

const tests = [
  ['without a token, a console page redirects to the login page', () =>
    withPage(async (page) => {
      await page.goto(`${ADMIN}/regions`);
      await page.waitForURL(/\/admin\/user\/login\?redirect=/);
      await page.getByText('工作人员登录').waitFor();
      await shot(page, 'admin-login');
    })],

  ['a wrong password shows the server\'s Chinese error', () =>
    withPage(async (page) => {
      // an account the other tests do not use, so a lockout cannot spill over
      await uiLogin(page, 'community16', 'wrong-password');
      const alert = page.locator('[data-testid=login-error]');
      await alert.waitFor();
      const text = (await alert.innerText()).trim();
      assert(/密码错误|锁定/.test(text), `error text: ${text}`);
      assert(page.url().includes('/admin/user/login'), `stayed on login: ${page.url()}`);
      await shot(page, 'admin-login-error');
    })],

  ['community1 sees its community scope, its grids in the tree, and a paged grid table', () =>
    withPage(async (page) => {
      const { token, user } = await apiLogin('community1');
      const grids = await api('GET', '/api/admin/grids?page=1&pageSize=100', { token });
      assert(grids.status === 200 && grids.data.total > 10, `community1 has more than one page of grids: ${grids.data?.total}`);

      await loginAs(page, 'community1');
      const scope = await page.locator('[data-testid=scope]').innerText();
      assert(scope.includes(user.scope.regionName) && scope.includes(user.roleLabel), `header scope: ${scope}`);
      assert((await page.locator('[data-testid=scope-summary]').innerText()).includes(user.scope.regionName), 'home scope summary');
      await shot(page, 'admin-welcome-community1');

      await page.goto(`${ADMIN}/regions`);
      const titles = await treeTitles(page, 1 + grids.data.total);
      const gridNames = new Set(grids.data.items.map((g) => g.name));
      assert(titles[0] === user.scope.regionName, `tree root: ${titles[0]}`);
      const strays = titles.slice(1).filter((t) => !gridNames.has(t));
      assert(strays.length === 0 && titles.length === 1 + grids.data.total, `tree beyond scope: ${strays.join(', ')}`);

      const page1 = await tableTexts(page);
      assert(page1.length === 10, `page 1 rows: ${page1.length}`);
      const paged = page.waitForRequest((r) => /\/api\/admin\/grids\?.*page=2/.test(r.url()));
      await page.locator('.ant-pagination-item-2').click();
      await paged;
      await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length === n, [ROWS, grids.data.total - 10]);
      const page2 = await page.locator(ROWS).allInnerTexts();
      assert(!page2.some((r) => page1.includes(r)), 'page 2 differs from page 1');
      await shot(page, 'admin-regions-community1');

      await page.locator(`${ROWS} a`).first().click();
      const detail = page.locator('.ant-drawer-content');
      await detail.getByText('网格力量').waitFor();
      await detail.locator('.ant-table-row').first().waitFor();
      const staff = await detail.locator('.ant-table-tbody').innerText();
      assert(/1\d{2}\*{4}\d{4}/.test(staff), `masked phones in the drawer: ${staff}`);
      assert(!/1\d{10}/.test(staff), 'no full phone number in the drawer');
      await shot(page, 'admin-grid-detail');
    })],

  ['the grid map renders the scope\'s grids on a canvas', () =>
    withPage(async (page) => {
      await loginAs(page, 'community1');
      await page.goto(`${ADMIN}/grid-map`);
      await page.locator('canvas').first().waitFor();
      const legend = await page.locator('[data-testid=map-legend]').innerText();
      assert(/个网格/.test(legend), `legend: ${legend}`);
      const box = await page.locator('canvas').first().boundingBox();
      assert(box && box.width > 400 && box.height > 300, `canvas size ${JSON.stringify(box)}`);
      await page.waitForTimeout(800); // let the map's entry animation finish
      await shot(page, 'admin-grid-map');

      // hovering a polygon shows its grid name in the tooltip; clicking opens its detail
      const { token } = await apiLogin('community1');
      const names = (await api('GET', '/api/admin/grids/geojson', { token })).data.features.map((f) => f.properties.name);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const tip = page.locator('b', { hasText: /网格/ }).first();
      await tip.waitFor();
      assert(names.includes((await tip.innerText()).trim()), `tooltip names a grid: ${await tip.innerText()}`);
      await shot(page, 'admin-grid-map-tooltip');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.locator('.ant-drawer-content').getByText('网格力量').waitFor();
    })],

  ['district sees all 4 streets and the whole district map', () =>
    withPage(async (page) => {
      const { token, user } = await apiLogin('district');
      const tree = await api('GET', '/api/admin/regions/tree', { token });
      const streets = tree.data.children.map((s) => s.name);
      assert(streets.length === 4, `API streets: ${streets.join(', ')}`);

      await loginAs(page, 'district');
      const scope = await page.locator('[data-testid=scope]').innerText();
      assert(scope.includes(user.scope.regionName), `header scope: ${scope}`);
      await page.goto(`${ADMIN}/regions`);
      const titles = await treeTitles(page, 5);
      for (const s of streets) assert(titles.includes(s), `street ${s} in tree`);
      await tableTexts(page);
      // selecting a street filters the grid table to that street (server-side, by regionId)
      const street = tree.data.children[1];
      const byStreet = new RegExp(`/api/admin/grids\\?(.*&)?regionId=${street.id}(&|$)`);
      const filtered = page.waitForRequest((r) => byStreet.test(r.url()));
      await page.locator(TREE_TITLES, { hasText: street.name }).click();
      await filtered;
      await page.getByText(`${street.name} · 网格列表`).waitFor();
      await page.waitForFunction(([sel, name]) => {
        const rows = [...document.querySelectorAll(sel)];
        return rows.length > 0 && rows.every((r) => r.textContent.includes(name));
      }, [ROWS, street.name]);
      await shot(page, 'admin-regions-district');

      await page.goto(`${ADMIN}/grid-map`);
      await page.locator('canvas').first().waitFor();
      await page.waitForTimeout(800);
      await shot(page, 'admin-grid-map-district');
    })],

  ['community2 cannot see community1\'s grids (UI and API)', () =>
    withPage(async (page) => {
      const c1 = await apiLogin('community1');
      const c1Grids = (await api('GET', '/api/admin/grids?page=1&pageSize=100', { token: c1.token })).data.items;
      const c2 = await apiLogin('community2');
      const denied = await api('GET', `/api/admin/grids/${c1Grids[0].id}`, { token: c2.token });
      assert(denied.status === 404 && denied.success === false, `community2 reading community1's grid: ${denied.status}`);
      const c2Grids = (await api('GET', '/api/admin/grids?page=1&pageSize=100', { token: c2.token })).data.items;
      const c1Ids = new Set(c1Grids.map((g) => g.id));
      assert(!c2Grids.some((g) => c1Ids.has(g.id)), 'community2 list has none of community1 grids');

      await loginAs(page, 'community2');
      await page.goto(`${ADMIN}/regions`);
      const titles = await treeTitles(page, 1 + c2Grids.length);
      assert(!titles.includes(c1.user.scope.regionName), `community1 in community2's tree`);
      const c1Codes = c1Grids.map((g) => g.code);
      const c1Names = new Set(c1Grids.map((g) => g.name));
      assert(!titles.some((t) => c1Names.has(t) && !c2Grids.some((g) => g.name === t)), 'community1 grid names in tree');
      const rows = await tableTexts(page);
      const leaked = rows.filter((r) => c1Codes.some((c) => r.includes(c)) || r.includes(c1.user.scope.regionName));
      assert(leaked.length === 0, `community1 rows shown to community2: ${leaked.join(' | ')}`);
      await shot(page, 'admin-regions-community2');
    })],

  ['district opens the read-only directory pages (departments, categories, accounts with a role filter)', () =>
    withPage(async (page) => {
      await loginAs(page, 'district');
      for (const [path, name] of [['departments', '职能部门'], ['categories', '事件分类']]) {
        await page.goto(`${ADMIN}/${path}`);
        const rows = await tableTexts(page);
        assert(rows.length > 0, `${name} rows`);
        await shot(page, `admin-${path}`);
      }
      await page.goto(`${ADMIN}/accounts`);
      await tableTexts(page);
      await page.locator('.ant-pro-query-filter .ant-select').first().click();
      const filtered = page.waitForRequest((r) => /\/api\/admin\/accounts\?.*role=community_staff/.test(r.url()));
      await page.locator('.ant-select-dropdown .ant-select-item-option', { hasText: '社区工作人员' }).click();
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await filtered;
      await page.waitForFunction((sel) => {
        const rows = [...document.querySelectorAll(sel)];
        return rows.length > 0 && rows.every((r) => r.textContent.includes('社区工作人员'));
      }, ROWS);
      await shot(page, 'admin-accounts');
    })],

  ['a grid worker has no account menu, gets the 403 page on /accounts, and can log out', () =>
    withPage(async (page) => {
      await loginAs(page, 'grid001');
      await page.getByRole('menuitem', { name: /区划网格/ }).waitFor();
      assert((await page.getByRole('menuitem', { name: /账号管理/ }).count()) === 0, 'no 账号管理 menu item');
      await page.goto(`${ADMIN}/accounts`);
      await page.getByText('抱歉，你无权访问该页面').waitFor();
      await shot(page, 'admin-403');

      await page.locator('[data-testid=current-user]').hover();
      await page.getByRole('menuitem', { name: /退出登录/ }).click();
      await page.waitForURL(/\/admin\/user\/login/);
      assert((await page.evaluate(() => localStorage.getItem('linli_token'))) === null, 'token removed');
      await page.goto(`${ADMIN}/welcome`);
      await page.waitForURL(/\/admin\/user\/login\?redirect=/);
    })],
];

await run('admin', tests);
