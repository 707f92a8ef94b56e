// H5 only: which sandbox identity the browser logs in as. Either a seeded demo account chosen on the
// login page, or a random openid made once per browser and kept, so "this browser" stays one user.
const CHOSEN_KEY = 'linli.demoOpenid'
const OWN_KEY = 'linli.ownOpenid'

export interface DemoIdentity { openid: string; label: string }

export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  { openid: 'demo-resident-1', label: '演示居民 1' },
  { openid: 'demo-resident-2', label: '演示居民 2' },
  { openid: 'demo-worker-001', label: '演示网格员' }
]

function storage(): Storage | null {
  try { return window.localStorage } catch (e) { return null }
}

/** This browser's own openid, created on first use. */
export function ownOpenid(): string {
  const s = storage()
  let id = s ? s.getItem(OWN_KEY) : null
  if (!id) {
    id = `h5-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
    if (s) s.setItem(OWN_KEY, id)
  }
  return id
}

export function getDemoOpenid(): string {
  const s = storage()
  return (s && s.getItem(CHOSEN_KEY)) || ownOpenid()
}

export function setDemoOpenid(openid: string) {
  const s = storage()
  if (!s) return
  if (openid && openid !== ownOpenid()) s.setItem(CHOSEN_KEY, openid)
  else s.removeItem(CHOSEN_KEY)
}
