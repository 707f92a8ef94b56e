import Taro from '@tarojs/taro'
import type { ImageAdapter } from './contracts'

export const image: ImageAdapter = {
  // chooseMedia replaces the deprecated chooseImage on WeChat
  async chooseImages(count) {
    const r = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    return r.tempFiles.map(f => f.tempFilePath)
  }
}
