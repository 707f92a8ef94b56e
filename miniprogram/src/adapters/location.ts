import { LocationAdapter, UnsupportedError } from './contracts'

/** Fallback for platforms without their own location.<platform>.ts. */
export const geo: LocationAdapter = {
  getLocation: () => Promise.reject(new UnsupportedError('定位')),
  chooseLocation: () => Promise.reject(new UnsupportedError('选择位置'))
}
