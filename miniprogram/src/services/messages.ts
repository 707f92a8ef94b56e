import { request } from './request'

export interface InboxMessage {
  id: number
  title: string
  body: string
  eventId: number | null
  read: boolean
  createdAt: string
}

export interface Inbox { items: InboxMessage[]; total: number; page: number; pageSize: number; unread: number }

export const fetchMessages = (page: number, pageSize = 20, silent = false) =>
  request<Inbox>(`/api/messages?page=${page}&pageSize=${pageSize}`, { silent })
export const markRead = (id: number) => request<unknown>(`/api/messages/${id}/read`, { method: 'POST', silent: true })
export const markAllRead = () => request<unknown>('/api/messages/read-all', { method: 'POST' })
