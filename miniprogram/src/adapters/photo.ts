import { PhotoAdapter, UnsupportedError } from './contracts'

/** Fallback for platforms without their own photo.<platform>.ts. */
export const photo: PhotoAdapter = {
  load: () => Promise.reject(new UnsupportedError('查看图片'))
}
