import Taro from '@tarojs/taro'

const CONSENT_KEY = 'linli.consent'

/** Remembers which version of 用户协议/隐私政策 the user agreed to, and when. */
export function recordConsent() {
  Taro.setStorageSync(CONSENT_KEY, { version: process.env.TARO_APP_AGREEMENT_VERSION, at: new Date().toISOString() })
}
