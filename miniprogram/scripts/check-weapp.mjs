// Static checks of the WeChat build (there is no WeChat devtools on Linux):
//   node scripts/check-weapp.mjs [dist/weapp]
// app.json pages and subpackages with their files, tabBar, privacy declarations, ES5-only syntax
// (old iOS WeChat cannot parse ?. or classes), package sizes. Prints "N passed, N failed".
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

const root = path.resolve(process.argv[2] || 'dist/weapp')
const KB = 1024
const MAIN_LIMIT = 1024 * KB // our budget; WeChat's hard limit is 2 MB
const SUB_LIMIT = 2048 * KB
const TOTAL_LIMIT = 20 * 1024 * KB

let passed = 0
let failed = 0
const check = (ok, msg, detail) => {
  if (ok) passed++
  else failed++
  console.log(`${ok ? 'ok' : 'not ok'} - ${msg}${!ok && detail ? `\n    ${detail}` : ''}`)
}

if (!fs.existsSync(path.join(root, 'app.json'))) {
  check(false, `${path.relative(process.cwd(), root)}/app.json exists`, 'run npm run build:weapp first')
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(1)
}

const walk = dir => fs.readdirSync(dir, { withFileTypes: true }).flatMap(d =>
  d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)])
// WeChat does not upload these, and project.config.json is not part of the package
const counted = f => !/\.(map|LICENSE\.txt)$/.test(f) && path.basename(f) !== 'project.config.json'
const size = files => files.filter(counted).reduce((s, f) => s + fs.statSync(f).size, 0)
const kb = n => `${(n / KB).toFixed(1)} KB`

const app = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8'))
const subs = app.subPackages || app.subpackages || []
const allFiles = walk(root)
const under = (dir, f) => !path.relative(path.join(root, dir), f).startsWith('..')
const inSub = f => subs.some(s => under(s.root, f))
const mainFiles = allFiles.filter(f => !inSub(f))

// --- pages and subpackages
const MAIN_PAGES = ['pages/home/index', 'pages/report/index', 'pages/mine/index']
check(MAIN_PAGES.every(p => app.pages.includes(p)), `main package pages ${MAIN_PAGES.join(', ')}`, `got ${app.pages.join(', ')}`)
check(app.pages[0] === 'pages/home/index', 'home is the first (launch) page')
const account = subs.find(s => s.root === 'packages/account')
const ACCOUNT_PAGES = ['login/index', 'agreement/index', 'phone/index', 'profile/index', 'delete/index']
check(!!account && ACCOUNT_PAGES.every(p => account.pages.includes(p)), `subpackage packages/account has ${ACCOUNT_PAGES.join(', ')}`)
const pages = [...app.pages, ...subs.flatMap(s => s.pages.map(p => `${s.root}/${p}`))]
for (const p of pages) {
  const missing = ['.js', '.json', '.wxml'].filter(ext => !fs.existsSync(path.join(root, p + ext)))
  check(missing.length === 0, `page ${p} has .js/.json/.wxml`, missing.length ? `missing ${missing.join(', ')}` : '')
}
check(!subs.some(s => app.pages.some(p => p.startsWith(`${s.root}/`))), 'no main-package page inside a subpackage root')

// --- tabBar
const tabs = (app.tabBar && app.tabBar.list) || []
check(tabs.map(t => t.text).join('/') === '首页/报事/我的', 'tabBar is 首页/报事/我的', `got ${tabs.map(t => t.text).join('/')}`)
for (const t of tabs) {
  check(app.pages.includes(t.pagePath), `tabBar page ${t.pagePath} is in the main package`)
  for (const icon of [t.iconPath, t.selectedIconPath]) {
    const file = icon && path.join(root, icon)
    const ok = !!file && fs.existsSync(file) && fs.statSync(file).size <= 40 * KB &&
      fs.readFileSync(file).subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    check(ok, `tabBar icon ${icon} is a PNG ≤ 40 KB`)
  }
}

// --- privacy declarations
const infos = app.requiredPrivateInfos || []
check(['getLocation', 'chooseLocation'].every(i => infos.includes(i)), 'requiredPrivateInfos declares getLocation and chooseLocation', `got ${JSON.stringify(infos)}`)
const desc = app.permission && app.permission['scope.userLocation'] && app.permission['scope.userLocation'].desc
check(typeof desc === 'string' && /[\u4e00-\u9fa5]/.test(desc) && desc.length <= 30, 'permission.scope.userLocation.desc is Chinese, ≤ 30 characters', `got ${JSON.stringify(desc)}`)
check(app.__usePrivacyCheck__ === true, '__usePrivacyCheck__ is true')

// --- syntax: the WeChat build must be ES5 (no ?., ??, arrows, classes, async, let/const, templates,
// spread, regex lookbehind/named groups), otherwise old iOS WeChat fails to parse the whole file
const req = createRequire(createRequire(import.meta.url).resolve('webpack'))
const acorn = req('acorn')
const jsFiles = allFiles.filter(f => f.endsWith('.js'))
const problems = []
for (const file of jsFiles) {
  const code = fs.readFileSync(file, 'utf8')
  const rel = path.relative(root, file)
  const found = new Map()
  const note = (kind, pos) => { if (!found.has(kind)) found.set(kind, pos) }
  let prev = null
  try {
    for (const tok of acorn.tokenizer(code, { ecmaVersion: 'latest', allowHashBang: true })) {
      const label = tok.type.label
      // reserved words are fine as property names in ES5: a.class, {class: 1}
      const asKey = (prev && (prev.type.label === '.' || prev.type.label === '?.')) || /^\s*:/.test(code.slice(tok.end, tok.end + 8))
      if (label === '?.') note('optional chaining ?.', tok.start)
      else if (label === '??' || (label === '??=')) note('nullish ??', tok.start)
      else if (label === '=>') note('arrow function', tok.start)
      else if (label === 'class' && !asKey) note('class', tok.start)
      else if (label === 'name' && tok.value === 'async' && !asKey && /^\s*(\(|function\b|[A-Za-z_$][\w$]*\s*=>)/.test(code.slice(tok.end, tok.end + 40))) note('async function/arrow', tok.start)
      else if ((label === 'const' && !asKey) || (label === 'name' && tok.value === 'let' && code[tok.end] === ' ')) note('let/const', tok.start)
      else if (label === '`') note('template literal', tok.start)
      else if (label === '...') note('spread/rest ...', tok.start)
      else if (label === '**' ) note('exponent **', tok.start)
      else if (label === 'regexp' && /\(\?<[=!a-zA-Z]/.test(tok.value.pattern)) note('regex lookbehind/named group', tok.start)
      prev = tok
    }
    acorn.parse(code, { ecmaVersion: 5, allowReserved: true })
  } catch (e) {
    note(`not ES5 (${e.message})`, e.pos || 0)
  }
  for (const [kind, pos] of found) problems.push(`${rel}: ${kind} near "${code.slice(Math.max(0, pos - 30), pos + 30).replace(/\s+/g, ' ')}"`)
}
check(problems.length === 0, `ES5-only syntax in all ${jsFiles.length} JS files (no ?., async, arrows, classes)`, problems.slice(0, 12).join('\n    '))

// --- the sandbox-only H5 login must not reach WeChat
const bundle = jsFiles.map(f => fs.readFileSync(f, 'utf8')).join('\n')
check(!/demo-resident|demo:\$|"demo:"|'demo:'/.test(bundle), 'no H5 demo login code in the WeChat build')
check(!/\bAPI_BASE\b/.test(bundle) && /https:\/\/[a-z0-9.-]+/.test(bundle), 'API base URL is inlined as an https URL')

// --- sizes
const mainSize = size(mainFiles)
check(mainSize <= MAIN_LIMIT, `main package ${kb(mainSize)} ≤ 1024 KB`)
for (const s of subs) {
  const sz = size(allFiles.filter(f => under(s.root, f)))
  check(sz <= SUB_LIMIT, `subpackage ${s.root} ${kb(sz)} ≤ 2048 KB`)
}
const total = size(allFiles)
check(total <= TOTAL_LIMIT, `total ${kb(total)} ≤ 20 MB`)

console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed ? 1 : 0
