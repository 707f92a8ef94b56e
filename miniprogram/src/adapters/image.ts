import { ImageAdapter, UnsupportedError } from './contracts'

/** Fallback for platforms without their own image.<platform>.ts. */
export const image: ImageAdapter = {
  chooseImages: () => Promise.reject(new UnsupportedError('选择图片'))
}
