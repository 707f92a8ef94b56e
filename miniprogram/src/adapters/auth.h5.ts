import type { AuthAdapter } from './contracts'
import { getDemoOpenid } from './demo-identity'

// The browser has no wx.login. The server's WeChat sandbox accepts `demo:<openid>` and logs in as that
// openid, so the H5 build (browser tests, demos) picks an identity on the login page.
export const auth: AuthAdapter = {
  async getLoginCode() {
    return `demo:${getDemoOpenid()}`
  }
}
