import type { PhotoAdapter } from './contracts'

// <img> cannot send headers: fetch the bytes with the token and show them as a blob: URL, once per url.
const cache = new Map<string, string>()

export const photo: PhotoAdapter = {
  async load(url, token) {
    const hit = cache.get(url)
    if (hit) return hit
    const res = await fetch(`${API_BASE}${url}`, { headers: { Authorization: `Bearer ${token}` } })
    if (!res.ok) throw new Error(`图片加载失败（${res.status}）`)
    const src = URL.createObjectURL(await res.blob())
    cache.set(url, src)
    return src
  }
}
