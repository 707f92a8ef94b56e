import Taro from '@tarojs/taro'
import type { ApiEnvelope, ErrorCode } from '@linli/config'
import { clearSession, getToken } from '@/store/session'
import { ROUTES } from '@/routes'

/** A failed API call: the envelope's code and message (already shown to the user unless silent). */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK'
  readonly status: number
  readonly field?: string

  constructor(code: ErrorCode | 'NETWORK', message: string, status: number, field?: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.field = field
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface RequestOptions {
  method?: Method
  data?: unknown
  /** Don't toast the error; the caller shows it (e.g. next to a form field). */
  silent?: boolean
  /** Extra headers, e.g. Idempotency-Key. */
  header?: Record<string, string>
}

const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试'

let redirectingToLogin = false

function toLogin() {
  if (redirectingToLogin) return
  const pages = Taro.getCurrentPages()
  const current = pages.length ? `/${pages[pages.length - 1].route}` : ''
  if (current.indexOf(ROUTES.login) === 0) return
  redirectingToLogin = true
  const done = () => { redirectingToLogin = false }
  Taro.navigateTo({ url: ROUTES.login })
    .catch(() => Taro.reLaunch({ url: ROUTES.login }))
    .then(done, done)
}

function toast(message: string) {
  Taro.showToast({ title: message, icon: 'none', duration: 2500 })
}

/** Calls the Linli API and returns the envelope's data; throws ApiError otherwise. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', data, silent = false } = options
  const token = getToken()
  const header: Record<string, string> = { 'content-type': 'application/json', ...(options.header || {}) }
  if (token) header.Authorization = `Bearer ${token}`

  let res: Taro.request.SuccessCallbackResult<ApiEnvelope<T>>
  try {
    res = await Taro.request<ApiEnvelope<T>>({
      url: `${API_BASE}${path}`,
      method,
      data: data as any,
      header,
      timeout: 15000
    })
  } catch (e) {
    if (!silent) toast(NETWORK_MESSAGE)
    throw new ApiError('NETWORK', NETWORK_MESSAGE, 0)
  }

  const body = res.data
  if (res.statusCode === 401) {
    // the token is gone or expired: forget it and send the user to log in again
    if (token) clearSession()
    const message = (body && body.errorMessage) || '请先登录'
    if (!silent) toast(message)
    toLogin()
    throw new ApiError((body && body.errorCode) || 'UNAUTHENTICATED', message, 401)
  }
  if (body && typeof body === 'object' && body.success) {
    return body.data as T
  }
  const message = (body && body.errorMessage) || (res.statusCode >= 500 ? '服务器开小差了，请稍后再试' : `请求失败（${res.statusCode}）`)
  if (!silent) toast(message)
  throw new ApiError((body && body.errorCode) || 'INTERNAL', message, res.statusCode, body ? body.errorField : undefined)
}
