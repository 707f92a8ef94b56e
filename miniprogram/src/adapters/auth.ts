import { AuthAdapter, UnsupportedError } from './contracts'

/** Fallback for platforms without their own auth.<platform>.ts. */
export const auth: AuthAdapter = {
  getLoginCode: () => Promise.reject(new UnsupportedError('微信登录'))
}
