import Taro from '@tarojs/taro'
import type { ApiEnvelope, LocateResult, WarningColour } from '@linli/config'
import { ApiError, request } from './request'
import { getToken } from '@/store/session'

export interface Category { code: string; name: string; group: string }
export interface PhotoRef { id: number; url: string }

/** An event as its reporter (or a follower) sees it: GET /api/events/mine, /:id. */
export interface EventView {
  id: number
  no: string
  status: string
  statusLabel: string
  category: { code: string; name: string }
  description: string
  address: string | null
  lng: number
  lat: number
  photos: PhotoRef[]
  grid: { id: number; name: string } | null
  community: { id: number; name: string } | null
  street: { id: number; name: string } | null
  warning: WarningColour | null
  rating: number | null
  ratingComment?: string | null
  reopenCount?: number
  version?: number
  createdAt: string
  closedAt: string | null
  replayed?: boolean
}

export interface TimelineStep {
  seq: number
  action: string
  actionLabel: string
  toStatus: string | null
  actor: string
  note: string | null
  photos: PhotoRef[]
  at: string
  /** Staff view only: internal notes are never shown to residents. */
  visibility?: 'public' | 'internal'
}

export interface EventDetail extends EventView {
  timeline: TimelineStep[]
  /** Resident's view only: their own report, or one they follow. */
  relation?: 'reporter' | 'follower'
  /** Worker mode (staff view): what this account may do now, the owner and the deadlines. */
  actions?: string[]
  target?: { type: string; name: string; assignee: string | null }
  signDeadline?: string | null
  handleDeadline?: string | null
  levelLabel?: string
  reporter?: { nickname: string; phoneMasked: string | null } | null
}

/** What a grid worker does in the mini-program; the rest of the lifecycle is the console's. */
export type WorkerAction = 'accept' | 'handle' | 'return' | 'escalate'
export const WORKER_ACTIONS: readonly WorkerAction[] = ['accept', 'handle', 'return', 'escalate']

export interface ReportBody {
  categoryCode: string
  description: string
  lng: number
  lat: number
  address?: string
  anonymous: boolean
  isPublic: boolean
  photos: number[]
}

export const FINAL_STATUSES = ['closed', 'evaluated', 'rejected', 'merged']

export const fetchCategories = () => request<Category[]>('/api/categories', { silent: true })
export const locate = (lng: number, lat: number) =>
  request<LocateResult | null>(`/api/geo/locate?lng=${lng}&lat=${lat}`, { silent: true })
export const similarEvents = (categoryCode: string, lng: number, lat: number) =>
  request<EventView[]>(`/api/events/similar?categoryCode=${encodeURIComponent(categoryCode)}&lng=${lng}&lat=${lat}`, { silent: true })
/** A public report near a point, without personal data (GET /api/events/nearby). */
export type NearbyEvent = Pick<EventView, 'id' | 'no' | 'status' | 'statusLabel' | 'category' | 'description' | 'lng' | 'lat' | 'createdAt'> & { metres: number }

export const nearbyEvents = (lng: number, lat: number, radius: number) =>
  request<NearbyEvent[]>(`/api/events/nearby?lng=${lng}&lat=${lat}&radius=${radius}`)
export const followEvent = (id: number) => request<{ following: boolean; followers: number }>(`/api/events/${id}/follow`, { method: 'POST' })
export const submitReport = (body: ReportBody, idempotencyKey: string) =>
  request<EventView>('/api/events', { method: 'POST', data: body, header: { 'Idempotency-Key': idempotencyKey }, silent: true })
export const myEvents = (page: number, pageSize = 20) =>
  request<{ items: EventView[]; total: number; page: number; pageSize: number }>(`/api/events/mine?page=${page}&pageSize=${pageSize}`)
export const eventDetail = (id: number) => request<EventDetail>(`/api/events/${id}`)
export const remindEvent = (id: number) => request<EventDetail>(`/api/events/${id}/remind`, { method: 'POST' })
export const eventAction = (id: number, body: { action: 'evaluate' | 'reopen' | WorkerAction; rating?: number; note?: string; photos?: number[]; version?: number }) =>
  request<EventDetail>(`/api/events/${id}/actions`, { method: 'POST', data: body })
export const workerTasks = (tab: 'todo' | 'done', page: number, pageSize = 20) =>
  request<{ items: EventDetail[]; total: number; page: number; pageSize: number }>(`/api/events/tasks?tab=${tab}&page=${page}&pageSize=${pageSize}`)

/** Uploads one photo (multipart field `file`) → its media id. */
export async function uploadPhoto(filePath: string): Promise<PhotoRef> {
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    res = await Taro.uploadFile({
      url: `${API_BASE}/api/media/photos`,
      filePath,
      name: 'file',
      header: { Authorization: `Bearer ${getToken()}` }
    })
  } catch (e) {
    throw new ApiError('NETWORK', '图片上传失败，请检查网络后重试', 0)
  }
  let body: ApiEnvelope<PhotoRef> | null = null
  try { body = typeof res.data === 'string' ? JSON.parse(res.data) : (res.data as any) } catch (e) { body = null }
  if (body && body.success && body.data) return { id: body.data.id, url: body.data.url }
  throw new ApiError((body && body.errorCode) || 'INTERNAL', (body && body.errorMessage) || `图片上传失败（${res.statusCode}）`, res.statusCode)
}

/** `2026-11-22 14:05` in local time. */
export function formatTime(iso: string): string {
  const d = new Date(iso)
  const p = (n: number) => (n < 10 ? `0${n}` : `${n}`)
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}
