import type { ResidentProfile } from '@linli/config'
import { request } from './request'
import { clearSession, setProfile } from '@/store/session'

export async function fetchMe(): Promise<ResidentProfile> {
  const profile = await request<ResidentProfile>('/api/me')
  setProfile(profile)
  return profile
}

export async function updateNickname(nickname: string): Promise<ResidentProfile> {
  const profile = await request<ResidentProfile>('/api/me', { method: 'PUT', data: { nickname } })
  setProfile(profile)
  return profile
}

/** Erases the account on the server (DELETE /api/me), then forgets the session here. */
export async function deleteAccount(): Promise<void> {
  await request<{ deleted: boolean }>('/api/me', { method: 'DELETE' })
  clearSession()
}

export function logout() {
  clearSession()
}
