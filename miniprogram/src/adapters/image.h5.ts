import Taro from '@tarojs/taro'
import type { ImageAdapter } from './contracts'

export const image: ImageAdapter = {
  // opens an <input type=file>; resolves with blob: URLs
  async chooseImages(count) {
    const r = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    return r.tempFilePaths
  }
}
