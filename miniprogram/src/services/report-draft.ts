import Taro from '@tarojs/taro'
import type { PhotoRef, ReportBody } from './events'

// The report being written, kept in storage until the server confirms it: a closed page, a killed app or a
// failed network call loses nothing. `key` is the Idempotency-Key, made once per draft and sent with every
// attempt, so a retry after a lost response is recognised by the server instead of creating a duplicate.
const DRAFT_KEY = 'linli.reportDraft'

export interface ReportDraft {
  key: string
  categoryCode: string
  description: string
  photos: PhotoRef[]
  /** As typed / located, GCJ-02. */
  lng: string
  lat: string
  address: string
  anonymous: boolean
  isPublic: boolean
  /** Bodies sent with `key` whose outcome is unknown (network failure), newest last. */
  attempts: ReportBody[]
}

export function newIdempotencyKey(): string {
  const r = () => Math.random().toString(36).slice(2, 10)
  return `r-${Date.now().toString(36)}-${r()}${r()}`
}

export function emptyDraft(): ReportDraft {
  return { key: newIdempotencyKey(), categoryCode: '', description: '', photos: [], lng: '', lat: '', address: '', anonymous: false, isPublic: true, attempts: [] }
}

export function loadDraft(): ReportDraft {
  const saved = Taro.getStorageSync(DRAFT_KEY)
  if (saved && typeof saved === 'object' && saved.key) return { ...emptyDraft(), ...saved }
  return emptyDraft()
}

export function saveDraft(d: ReportDraft) {
  Taro.setStorageSync(DRAFT_KEY, d)
}

export function clearDraft() {
  Taro.removeStorageSync(DRAFT_KEY)
}

export const sameBody = (a: ReportBody, b: ReportBody) => JSON.stringify(a) === JSON.stringify(b)
