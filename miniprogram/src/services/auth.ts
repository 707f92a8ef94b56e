import type { ResidentProfile } from '@linli/config'
import { request } from './request'
import { setProfile, setSession } from '@/store/session'

/** Exchanges a WeChat login code for a session (POST /api/auth/wechat-login). */
export async function loginWithCode(code: string): Promise<ResidentProfile> {
  const r = await request<{ token: string; user: ResidentProfile }>('/api/auth/wechat-login', {
    method: 'POST',
    data: { code, agreementVersion: process.env.TARO_APP_AGREEMENT_VERSION }
  })
  setSession(r.token, r.user)
  return r.user
}

/** Binds the phone number behind a getPhoneNumber code (POST /api/auth/phone). */
export async function bindPhone(code: string): Promise<ResidentProfile> {
  const profile = await request<ResidentProfile>('/api/auth/phone', { method: 'POST', data: { code } })
  setProfile(profile)
  return profile
}
