import type { StaffProfile } from '@linli/config';
import { get, post } from './http';

/** 工作人员登录 POST /api/admin/auth/login (errors are shown by the login form itself). */
export function login(body: { username: string; password: string }) {
  return post<{ token: string; user: StaffProfile }>('/api/admin/auth/login', body, { skipErrorHandler: true });
}

/** 当前登录的工作人员 GET /api/admin/auth/me */
export function fetchMe(options?: Record<string, any>) {
  return get<StaffProfile>('/api/admin/auth/me', undefined, options);
}
