import type { EventAction, EventLevel, EventStatus, WarningColour } from '@linli/config';
import { get, post, tableRequest } from './http';

export interface PhotoRef {
  id: number;
  url: string;
}

export interface NamedRef {
  id: number;
  name: string;
}

export type EventChannel = 'resident' | 'patrol' | 'hotline' | 'console' | 'external';
export type TargetType = 'grid' | 'community' | 'street' | 'department' | 'district';

/** The staff view of an event (list rows and detail). */
export interface StaffEvent {
  id: number;
  no: string;
  status: EventStatus;
  statusLabel: string;
  category: { code: string; name: string };
  description: string;
  address: string;
  lng: number;
  lat: number;
  photos: PhotoRef[];
  grid: NamedRef | null;
  community: NamedRef | null;
  street: NamedRef | null;
  warning: WarningColour | null;
  rating: number | null;
  createdAt: string;
  closedAt: string | null;
  version: number;
  channel: EventChannel;
  level: EventLevel;
  levelLabel: string;
  target: { type: TargetType | null; name: string; assignee: string | null };
  routeRuleId: number | null;
  routeReason: string | null;
  anonymous: boolean;
  reporter: { nickname: string; phoneMasked: string | null } | null;
  signDeadline: string | null;
  handleDeadline: string | null;
  overdue: boolean;
  mainEventId: number | null;
  actions: EventAction[];
}

export interface TimelineStep {
  seq: number;
  action: string;
  actionLabel: string;
  fromStatus: EventStatus | null;
  toStatus: EventStatus | null;
  actor: string;
  note: string;
  visibility: 'public' | 'internal';
  photos: PhotoRef[];
  at: string;
}

export type StaffEventDetail = StaffEvent & { timeline: TimelineStep[] };

export interface ActionBody {
  action: EventAction;
  version: number;
  note?: string;
  photos?: number[];
  target?: { type: TargetType; id: number };
  mainEventId?: number;
}

export interface HotlineBody {
  channel: 'hotline' | 'console';
  categoryCode: string;
  description: string;
  lng: number;
  lat: number;
  address?: string;
  callerName?: string;
  callerPhone?: string;
}

export interface CannedReply {
  id: number;
  text: string;
  regionPath: string | null;
}

/** Errors are shown by the caller (inside its modal), not by the global handler. */
const QUIET = { skipErrorHandler: true };

/** 事件列表（分页，管辖范围内） GET /api/admin/events */
export function queryEvents(params: Record<string, any>) {
  const { mine, ...rest } = params;
  return tableRequest<StaffEvent>('/api/admin/events', { ...rest, mine: mine ? true : undefined });
}

/** 事件详情（含时间线、可办理动作） GET /api/admin/events/:id */
export function fetchEvent(id: number, options?: Record<string, any>) {
  return get<StaffEventDetail>(`/api/admin/events/${id}`, undefined, options);
}

/** 热线/后台录入 POST /api/admin/events */
export function createEvent(body: HotlineBody) {
  return post<StaffEventDetail>('/api/admin/events', body, QUIET);
}

/** 办理动作（分派、签收、退回……） POST /api/admin/events/:id/actions */
export function actOnEvent(id: number, body: ActionBody) {
  return post<StaffEventDetail>(`/api/admin/events/${id}/actions`, body, QUIET);
}

/** 回复 / 内部备注 / 督办 POST /api/admin/events/:id/comments */
export function commentOnEvent(id: number, body: { kind: 'reply' | 'note' | 'supervise'; note: string }) {
  return post<StaffEventDetail>(`/api/admin/events/${id}/comments`, body, QUIET);
}

/** 留痕核验 GET /api/admin/events/:id/trail/verify */
export function verifyTrail(id: number) {
  return get<{ eventId: number; no: string; ok: boolean; length: number; brokenAt?: number; reason?: string }>(
    `/api/admin/events/${id}/trail/verify`,
  );
}

/** 常用回复 GET /api/admin/canned-replies */
export function fetchCannedReplies() {
  return get<CannedReply[]>('/api/admin/canned-replies');
}

/** The server's Chinese message from a failed request (envelope errorMessage), or a generic one. */
export function errorText(error: any): string {
  const env = error?.info ?? error?.response?.data;
  if (env?.errorMessage) return env.errorMessage;
  if (error?.response?.status) return `请求失败（${error.response.status}）`;
  return '网络异常，请检查网络后重试';
}
