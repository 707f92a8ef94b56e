import type { ApiEnvelope, Page } from '@linli/config';
import { request } from '@umijs/max';

type Options = Record<string, any>;

/** Drops empty filter values so the server sees only what the user actually set. */
export function cleanParams(params: Record<string, any> = {}) {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

export async function get<T>(url: string, params?: Record<string, any>, options?: Options): Promise<T> {
  const res = await request<ApiEnvelope<T>>(url, { method: 'GET', params: cleanParams(params), ...options });
  return res.data as T;
}

export async function post<T>(url: string, data?: unknown, options?: Options): Promise<T> {
  const res = await request<ApiEnvelope<T>>(url, { method: 'POST', data, ...options });
  return res.data as T;
}

/** Adapts a paged API (`page`, `pageSize` → `{ items, total }`) to ProTable's `request` prop. */
export async function tableRequest<T>(
  url: string,
  { current, pageSize, ...filters }: Record<string, any>,
) {
  const page = await get<Page<T>>(url, { ...filters, page: current ?? 1, pageSize: pageSize ?? 20 });
  return { data: page.items, total: page.total, success: true };
}
