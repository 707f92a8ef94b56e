import Taro from '@tarojs/taro'
import type { AuthAdapter } from './contracts'

export const auth: AuthAdapter = {
  async getLoginCode() {
    const r = await Taro.login({ timeout: 10000 })
    if (!r.code) throw new Error(r.errMsg || '微信登录失败')
    return r.code
  }
}
