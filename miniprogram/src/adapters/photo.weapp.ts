import Taro from '@tarojs/taro'
import type { PhotoAdapter } from './contracts'

// <Image> cannot send headers: download with the token into a temp file, once per url.
const cache = new Map<string, string>()

export const photo: PhotoAdapter = {
  async load(url, token) {
    const hit = cache.get(url)
    if (hit) return hit
    const r = await Taro.downloadFile({ url: `${API_BASE}${url}`, header: { Authorization: `Bearer ${token}` } })
    if (r.statusCode !== 200) throw new Error(`图片加载失败（${r.statusCode}）`)
    cache.set(url, r.tempFilePath)
    return r.tempFilePath
  }
}
