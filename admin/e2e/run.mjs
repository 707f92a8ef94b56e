// Browser tests of the built console, served by the real server at BASE_URL/admin/.
// Run: node admin/e2e/run.mjs (BASE_URL defaults to http://127.0.0.1:7001).
import { api, assert, run, shot } from '../../scripts/e2e-lib.mjs';
import { ADMIN, apiLogin, loginAs, pick, ROWS, tableTexts, uiLogin, withPage } from './lib.mjs';

const TREE_TITLES = '[data-testid=region-tree] .ant-tree-title';

async function treeTitles(page, expected) {
  await page.waitForFunction(
    ([sel, n]) => document.querySelectorAll(sel).length >= n,
    [TREE_TITLES, expected],
  );
  return page.locator(TREE_TITLES).allInnerTexts();
}

/** Waits until the event detail's timeline shows `text`. */
async function timelineHas(page, text) {
  await page.locator('[data-testid=event-timeline]').getByText(text, { exact: false }).first().waitFor();
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
  ['community1 enters a hotline event, finds it in the desk, replies, notes, accepts and escalates it; community2 sees none of it', () =>
    withPage(async (page) => {
      const c1 = await apiLogin('community1');
      const grid = (await api('GET', '/api/admin/grids?page=1&pageSize=5', { token: c1.token })).data.items[0];
      const centre = (await api('GET', `/api/admin/grids/${grid.id}`, { token: c1.token })).data.center;
      const text = `热线测试${Date.now().toString(36)}：小区门口车辆长期违停`;

      await loginAs(page, 'community1');
      await page.getByRole('menuitem', { name: /事件办理/ }).click();
      await page.waitForURL(/\/admin\/events$/);
      await page.getByRole('button', { name: /热线录入/ }).click();
      const modal = page.locator('.ant-modal-content', { hasText: '热线录入' });
      await modal.waitFor();
      await pick(page, modal.locator('.ant-select', { has: page.locator('#categoryCode') }), '违章停车', '违章');
      await modal.locator('#description').fill(text);
      await modal.locator('#callerName').fill('张先生');
      await modal.locator('#callerPhone').fill('13812345678');
      await pick(page, modal.locator('[data-testid=hotline-grid]'), grid.name, grid.name);
      await modal.getByRole('button', { name: /填入中心点/ }).click();
      await page.waitForFunction((lng) => document.querySelector('.ant-modal #lng')?.value?.startsWith(String(lng).slice(0, 7)), centre[0]);
      await modal.getByRole('button', { name: /提\s*交/ }).click();
      await page.waitForURL(/\/admin\/events\/\d+$/);
      const id = Number(page.url().match(/events\/(\d+)$/)[1]);

      const ev = (await api('GET', `/api/admin/events/${id}`, { token: c1.token })).data;
      assert(ev.channel === 'hotline' && ev.grid.id === grid.id && ev.target.type === 'community', `routed: ${JSON.stringify(ev.target)} grid ${ev.grid?.id}`);
      const info = page.locator('[data-testid=event-info]');
      await info.getByText(ev.no).waitFor();
      const infoText = await info.innerText();
      assert(infoText.includes('12345热线') && infoText.includes('社区处置') && infoText.includes(ev.routeReason), `detail info: ${infoText}`);

      // the list (server-side keyword filter) shows it with its status, warning dot and handling unit
      await page.goto(`${ADMIN}/events`);
      await tableTexts(page);
      const searched = page.waitForRequest((r) => /\/api\/admin\/events\?.*keyword=/.test(r.url()));
      await page.locator('.ant-pro-query-filter #keyword').fill(ev.no);
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await searched;
      await page.waitForFunction(([sel, no]) => {
        const rows = [...document.querySelectorAll(sel)];
        return rows.length === 1 && rows[0].textContent.includes(no);
      }, [ROWS, ev.no]);
      const row = await page.locator(ROWS).first().innerText();
      assert(row.includes('待签收') && row.includes('正常') && row.includes(ev.target.name) && row.includes('违章停车'), `row: ${row}`);
      await shot(page, 'admin-events-list');

      // 只看待我处理: the community's queue holds it
      const mine = await api('GET', '/api/admin/events?mine=true&page=1&pageSize=100', { token: c1.token });
      assert(mine.data.items.some((e) => e.id === id), 'mine=true lists the new event for community1');

      await page.locator(`${ROWS} a`, { hasText: ev.no }).click();
      await page.waitForURL(new RegExp(`/admin/events/${id}$`));
      const bar = page.locator('[data-testid=action-bar]');
      await bar.getByRole('button', { name: /^签\s*收$/ }).waitFor();

      // public reply from the canned replies
      await bar.getByRole('button', { name: /^回\s*复$/ }).click();
      const replyModal = page.locator('.ant-modal-content', { hasText: '常用回复' });
      await pick(page, replyModal.locator('[data-testid=canned-replies]'), '已收到');
      await page.waitForFunction(() => [...document.querySelectorAll('.ant-modal textarea')].some((t) => t.value.includes('已收到')));
      const canned = await replyModal.locator('textarea').inputValue();
      assert(canned.includes('已收到'), `canned reply filled: ${canned}`);
      await replyModal.getByRole('button', { name: /提\s*交/ }).click();
      await timelineHas(page, canned);

      // internal note, marked 内部 in the timeline
      await bar.getByRole('button', { name: '内部备注' }).click();
      const noteModal = page.locator('.ant-modal-content', { hasText: '仅工作人员可见' });
      await noteModal.locator('textarea').fill('来电人情绪激动，优先处理');
      await noteModal.getByRole('button', { name: /提\s*交/ }).click();
      await timelineHas(page, '来电人情绪激动');
      const noteStep = page.locator('[data-testid=event-timeline] .ant-timeline-item', { hasText: '来电人情绪激动' });
      assert((await noteStep.innerText()).includes('内部'), 'internal note is marked 内部');

      // 签收 (a stale version from another tab is refused with the server's Chinese error)
      const stale = await api('POST', `/api/admin/events/${id}/actions`, { token: c1.token, body: { action: 'accept', version: ev.version + 50 } });
      assert(stale.status === 409 && /刷新/.test(stale.errorMessage), `stale version: ${stale.status} ${stale.errorMessage}`);
      await bar.getByRole('button', { name: /^签\s*收$/ }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定/ }).click();
      await page.locator('.ant-page-header-heading-sub-title', { hasText: '处置中' }).waitFor();

      // 上报 needs a reason: the modal refuses an empty one, then escalates
      await bar.getByRole('button', { name: /^上\s*报$/ }).click();
      const escModal = page.locator('.ant-modal-content', { hasText: '办理意见' });
      await escModal.getByRole('button', { name: /确\s*定/ }).click();
      await escModal.getByText('请填写办理意见').waitFor();
      await escModal.locator('textarea').fill('涉及多个小区，需街道统筹');
      await escModal.getByRole('button', { name: /确\s*定/ }).click();
      await page.locator('.ant-page-header-heading-sub-title', { hasText: '已上报' }).waitFor();
      await timelineHas(page, '需街道统筹');

      await bar.getByRole('button', { name: /核验留痕/ }).click();
      const verdict = await page.locator('[data-testid=trail-result]').innerText();
      assert(verdict.includes('留痕完整'), `trail verify: ${verdict}`);
      await shot(page, 'admin-event-detail');

      // community2 (same street) sees none of it: API 404, not in its list, and the UI says so
      const c2 = await apiLogin('community2');
      const denied = await api('GET', `/api/admin/events/${id}`, { token: c2.token });
      assert(denied.status === 404 && denied.success === false, `community2 reading the event: ${denied.status}`);
      const c2List = await api('GET', `/api/admin/events?keyword=${encodeURIComponent(ev.no)}&page=1&pageSize=20`, { token: c2.token });
      assert(c2List.data.total === 0, `community2 list by number: ${c2List.data.total}`);
      const c2Act = await api('POST', `/api/admin/events/${id}/comments`, { token: c2.token, body: { kind: 'note', note: '越权备注' } });
      assert(c2Act.status === 404, `community2 commenting: ${c2Act.status}`);
    })],

  ['community2 does not find community1\'s event in the desk or by its address', () =>
    withPage(async (page) => {
      const c1 = await apiLogin('community1');
      const theirs = (await api('GET', '/api/admin/events?page=1&pageSize=100', { token: c1.token })).data.items;
      assert(theirs.length > 0, 'community1 has events (created by the previous test)');
      await loginAs(page, 'community2');
      await page.goto(`${ADMIN}/events`);
      await page.locator('.ant-table-tbody').waitFor();
      await page.waitForLoadState('networkidle');
      const body = await page.locator('.ant-table-tbody').innerText();
      const leaked = theirs.filter((e) => body.includes(e.no));
      assert(leaked.length === 0, `community1 events in community2's list: ${leaked.map((e) => e.no).join(', ')}`);
      await page.goto(`${ADMIN}/events/${theirs[0].id}`);
      await page.getByText('无法查看该事件').waitFor();
    })],
];

await run('admin', tests);
