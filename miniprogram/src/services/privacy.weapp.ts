import Taro from '@tarojs/taro'
import type { PrivacyListener } from './privacy'

type Resolve = (option: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void

let pending: Resolve | null = null
const listeners: PrivacyListener[] = []

export function initPrivacy(): void {
  if (typeof wx === 'undefined' || typeof wx.onNeedPrivacyAuthorization !== 'function') return
  wx.onNeedPrivacyAuthorization((resolve: Resolve) => {
    pending = resolve
    if (listeners.length === 0) {
      // no popup on this page: refuse rather than leave the API call hanging
      answerPrivacy(false)
      Taro.showToast({ title: '请先阅读并同意隐私保护指引', icon: 'none' })
      return
    }
    // the newest popup belongs to the page on top of the stack
    listeners[listeners.length - 1]()
    resolve({ event: 'exposureAuthorization' })
  })
}

export function onPrivacyRequest(listener: PrivacyListener): () => void {
  listeners.push(listener)
  return () => {
    const i = listeners.indexOf(listener)
    if (i >= 0) listeners.splice(i, 1)
  }
}

export function answerPrivacy(agreed: boolean, buttonId?: string): void {
  const resolve = pending
  pending = null
  if (!resolve) return
  resolve(agreed ? { event: 'agree', buttonId } : { event: 'disagree' })
}

export function openPrivacyContract(): void {
  if (typeof wx !== 'undefined' && typeof wx.openPrivacyContract === 'function') wx.openPrivacyContract({})
}
