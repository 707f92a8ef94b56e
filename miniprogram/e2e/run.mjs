// Browser tests of the mini-program's H5 build against the real server (which serves dist/h5 at /h5/
// and the API at /api):  node miniprogram/e2e/run.mjs   (BASE_URL defaults to http://127.0.0.1:7001)
import { openBrowser, shot, run, assert, api, BASE_URL } from '../../scripts/e2e-lib.mjs'

const H5 = `${BASE_URL}/h5/`
const ROUTES = {
  home: '/pages/home/index',
  report: '/pages/report/index',
  mine: '/pages/mine/index',
  login: '/packages/account/login/index',
  phone: '/packages/account/phone/index',
  profile: '/packages/account/profile/index',
  deleteAccount: '/packages/account/delete/index'
}

const { context, offsite, close } = await openBrowser({ mobile: true })
const page = context.pages()[0] ?? await context.newPage()
const pageErrors = []
page.on('pageerror', e => pageErrors.push(e.message))

/** A full load of an H5 route (hash router). */
async function open(route) {
  await page.goto('about:blank')
  await page.goto(`${H5}#${route}`)
}

/** Reads a value written with Taro.setStorageSync (stored as {"data": value}). */
async function storage(key) {
  const raw = await page.evaluate(k => localStorage.getItem(k), key)
  if (!raw) return null
  try { return JSON.parse(raw).data } catch { return raw }
}

async function onRoute(route, timeout = 10000) {
  await page.waitForFunction(r => location.hash.indexOf(r) >= 0, route, { timeout })
}

async function toast(text) {
  await page.getByText(text).first().waitFor({ state: 'visible', timeout: 5000 })
}

/** Screenshot once the page's slide-in transition and any toast are over. */
async function snap(name) {
  await page.waitForTimeout(450)
  await page.locator('.taro__toast').first().waitFor({ state: 'hidden', timeout: 4000 }).catch(() => {})
  await shot(page, name)
}

async function fill(selector, value) {
  const input = page.locator(`${selector} input`)
  await input.fill('')
  await input.fill(value)
}

/** Logs in through the login page as the sandbox openid; lands on 我的. */
async function loginAs(openid) {
  await page.evaluate(() => { localStorage.removeItem('linli.token'); localStorage.removeItem('linli.profile') }).catch(() => {})
  await open(ROUTES.login)
  await page.locator('#login-btn').waitFor()
  await fill('#demo-openid', openid)
  await page.locator('#consent-check').click()
  await page.locator('#login-btn').click()
  await onRoute(ROUTES.mine)
  await page.locator('#mine-nickname').waitFor({ timeout: 10000 })
  const token = await storage('linli.token')
  assert(typeof token === 'string' && token.length > 10, 'token stored after login')
  return token
}

async function logoutViaUi() {
  await page.locator('#logout-btn').click()
  await page.locator('.nut-dialog-footer-ok').click()
  await page.locator('#mine-login-btn').waitFor({ timeout: 5000 })
}

let residentToken = ''

const result = await run('miniprogram', [
  ['H5 build is served at /h5/ and the API is up', async () => {
    const health = await api('GET', '/api/health')
    assert(health.success && health.data.status === 'ok', `health ok, got ${JSON.stringify(health)}`)
    await open(ROUTES.home)
    await page.locator('#home-greeting').waitFor({ timeout: 15000 })
    await page.getByText('便民服务').waitFor()
  }],

  ['login is refused until the privacy consent is ticked', async () => {
    await open(ROUTES.login)
    await page.locator('#demo-id-demo-resident-1').click()
    assert(await page.locator('#consent-check').getAttribute('aria-checked') === 'false', 'consent starts unticked')
    await snap('mp-login')
    await page.locator('#login-btn').click()
    await toast('请先阅读并同意用户协议和隐私政策')
    await page.waitForTimeout(500)
    assert(page.url().includes(ROUTES.login), 'still on the login page')
    assert(!(await storage('linli.token')), 'no token without consent')
  }],

  ['用户协议 and 隐私政策 open from the login page', async () => {
    await page.locator('#link-privacy-policy').click()
    await onRoute('/packages/account/agreement/index?type=privacy')
    await page.locator('#agreement-title').filter({ hasText: '邻里隐私政策' }).waitFor()
    await page.getByText('我们收集哪些信息').waitFor()
    await snap('mp-agreement-privacy')
    await page.goBack()
    await page.locator('#link-user-agreement').click()
    await page.locator('#agreement-title').filter({ hasText: '邻里用户协议' }).waitFor()
    await page.goBack()
    await page.locator('#login-btn').waitFor()
  }],

  ['a demo resident logs in after consenting; 我的 shows the nickname', async () => {
    residentToken = await loginAs('demo-resident-1')
    const me = await api('GET', '/api/me', { token: residentToken })
    assert(me.success, `GET /api/me ok: ${JSON.stringify(me)}`)
    const shown = (await page.locator('#mine-nickname').textContent()).trim()
    assert(shown === me.data.nickname, `nickname shown "${shown}" = API "${me.data.nickname}"`)
    assert((await page.locator('#mine-role').textContent()).includes(me.data.roleLabel), 'role label shown')
    assert(await page.locator('#worker-badge').count() === 0, 'a resident has no worker badge')
    const consent = await storage('linli.consent')
    assert(consent && consent.version, 'consent version recorded')
    await snap('mp-mine')
  }],

  ['home greets the resident; unfinished features say 即将上线', async () => {
    await page.locator('.taro-tabbar__tabbar').getByText('首页').click()
    await onRoute(ROUTES.home)
    const me = await api('GET', '/api/me', { token: residentToken })
    await page.locator('#home-greeting').filter({ hasText: me.data.nickname }).waitFor()
    for (const t of ['我要报事', '我的报事', '问卷调查', '邻里互助']) await page.getByText(t, { exact: true }).waitFor()
    assert(await page.locator('.tiles__soon').count() >= 4, 'tiles marked 即将上线')
    await snap('mp-home')
    await page.locator('#tile-surveys').click()
    await toast('问卷调查即将上线')
    await page.locator('#tile-report').click()
    await onRoute(ROUTES.report)
    await page.getByText('报事功能即将上线').waitFor()
    await snap('mp-report')
  }],

  ['bind phone 13800001111: 我的 shows 138****1111 and /api/me agrees', async () => {
    await page.locator('.taro-tabbar__tabbar').getByText('我的').click()
    await onRoute(ROUTES.mine)
    await page.locator('.cell-phone').click()
    await onRoute(ROUTES.phone)
    await fill('#phone-input', '1380000111')
    await page.locator('#phone-submit-btn').click()
    await toast('请输入正确的手机号')
    await page.getByText('请输入正确的手机号').waitFor({ state: 'hidden', timeout: 5000 })
    await fill('#phone-input', '13800001111')
    await snap('mp-phone')
    await page.locator('#phone-submit-btn').click()
    await onRoute(ROUTES.mine)
    await page.locator('#mine-phone').filter({ hasText: '138****1111' }).waitFor({ timeout: 10000 })
    const me = await api('GET', '/api/me', { token: residentToken })
    assert(me.data.phoneBound === true && me.data.phoneMasked === '138****1111', `API phone ${JSON.stringify(me.data)}`)
    assert(!JSON.stringify(me.data).includes('13800001111'), 'API never returns the full number')
  }],

  ['edit nickname (empty is refused); the new name shows and /api/me agrees', async () => {
    const name = `邻居${Math.floor(Math.random() * 9000 + 1000)}`
    const originalNickname = (await api('GET', '/api/me', { token: residentToken })).data.nickname
    await page.locator('.cell-nickname').click()
    await onRoute(ROUTES.profile)
    await fill('#nickname-input', '   ')
    await page.locator('#nickname-save-btn').click()
    await page.locator('#nickname-error').filter({ hasText: '昵称不能为空' }).waitFor()
    await fill('#nickname-input', name)
    await snap('mp-profile')
    await page.locator('#nickname-save-btn').click()
    await onRoute(ROUTES.mine)
    await page.locator('#mine-nickname').filter({ hasText: name }).waitFor({ timeout: 10000 })
    const me = await api('GET', '/api/me', { token: residentToken })
    assert(me.data.nickname === name, `API nickname "${me.data.nickname}" = "${name}"`)
    // leave the shared demo resident as the seed made it
    if (originalNickname) await api('PUT', '/api/me', { token: residentToken, body: { nickname: originalNickname } })
  }],

  ['an expired token is cleared and the user is sent to log in', async () => {
    await page.evaluate(() => localStorage.setItem('linli.token', JSON.stringify({ data: 'not-a-valid-token' })))
    await open(ROUTES.mine)
    await onRoute(ROUTES.login)
    await page.waitForFunction(() => !localStorage.getItem('linli.token'), null, { timeout: 5000 })
  }],

  ['a grid worker logs in: worker badge 网格员 on 我的 and 首页', async () => {
    const token = await loginAs('demo-worker-001')
    const me = await api('GET', '/api/me', { token })
    assert(me.data.staff, `demo-worker-001 has staff set: ${JSON.stringify(me.data)}`)
    await page.locator('#worker-badge').filter({ hasText: '网格员' }).waitFor()
    await snap('mp-mine-worker')
    await page.locator('.taro-tabbar__tabbar').getByText('首页').click()
    await page.locator('#home-worker-badge').filter({ hasText: '网格员' }).waitFor()
    await page.getByText('巡查上报').waitFor()
    await snap('mp-home-worker')
    await page.locator('.taro-tabbar__tabbar').getByText('我的').click()
    await logoutViaUi()
    assert(!(await storage('linli.token')), 'logout clears the token')
    await snap('mp-mine-guest')
  }],

  ['deleting a fresh resident erases the account; logging in again gives a new empty profile', async () => {
    const openid = `e2e-${Date.now().toString(36)}`
    const token = await loginAs(openid)
    const before = (await api('GET', '/api/me', { token })).data
    await api('POST', '/api/auth/phone', { token, body: { code: 'phone:13900002222' } })
    await api('PUT', '/api/me', { token, body: { nickname: '将被注销' } })
    await open(ROUTES.mine)
    await page.locator('#mine-nickname').filter({ hasText: '将被注销' }).waitFor({ timeout: 10000 })
    await page.locator('.cell-delete').click()
    await onRoute(ROUTES.deleteAccount)
    await page.locator('#delete-btn').click()
    await toast('请先确认已了解注销后果')
    await page.locator('#delete-ack').click()
    await page.locator('#delete-btn').click()
    await page.locator('.nut-dialog').getByText('确认注销账号？').waitFor()
    await snap('mp-delete-confirm')
    await page.locator('.nut-dialog-footer-ok').click()
    await page.locator('#mine-login-btn').waitFor({ timeout: 10000 })
    assert(!(await storage('linli.token')), 'token forgotten after deletion')
    const old = await api('GET', '/api/me', { token })
    assert(old.status === 401, `the old token is refused (got ${old.status})`)

    const again = await loginAs(openid)
    const after = (await api('GET', '/api/me', { token: again })).data
    assert(after.id !== before.id, `new account id (${before.id} → ${after.id})`)
    assert(after.phoneBound === false && !after.phoneMasked, 'no phone on the new account')
    assert(after.nickname !== '将被注销', 'old nickname gone')
    await page.locator('#mine-phone').filter({ hasText: '未绑定手机号' }).waitFor()
  }],

  ['no page errors and nothing fetched off this machine', async () => {
    assert(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`)
    assert(offsite.length === 0, `offsite requests: ${offsite.join(', ')}`)
  }]
])

await close()
process.exitCode = result.failed ? 1 : 0
