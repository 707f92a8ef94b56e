import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'
import type { ResidentProfile } from '@linli/config'

const TOKEN_KEY = 'linli.token'
const PROFILE_KEY = 'linli.profile'

export interface Session {
  token: string
  /** Last profile the server returned; refreshed on the 我的 page. */
  profile: ResidentProfile | null
}

let session: Session = {
  token: Taro.getStorageSync(TOKEN_KEY) || '',
  profile: Taro.getStorageSync(PROFILE_KEY) || null
}
const listeners = new Set<() => void>()

function publish(next: Session) {
  session = next
  listeners.forEach(l => l())
}

export const getSession = (): Session => session
export const getToken = (): string => session.token

export function setSession(token: string, profile: ResidentProfile) {
  Taro.setStorageSync(TOKEN_KEY, token)
  Taro.setStorageSync(PROFILE_KEY, profile)
  publish({ token, profile })
}

export function setProfile(profile: ResidentProfile) {
  Taro.setStorageSync(PROFILE_KEY, profile)
  publish({ ...session, profile })
}

export function clearSession() {
  Taro.removeStorageSync(TOKEN_KEY)
  Taro.removeStorageSync(PROFILE_KEY)
  publish({ token: '', profile: null })
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => { listeners.delete(listener) }
}

/** The current session; components re-render on login, logout and profile changes. */
export function useSession(): Session {
  return useSyncExternalStore(subscribe, getSession, getSession)
}
