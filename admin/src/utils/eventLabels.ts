import { EVENT_STATUS_LABELS, type EventStatus, WARNING_LABELS, type WarningColour } from '@linli/config';
import type { EventChannel } from '@/services/events';

export const CHANNEL_LABELS: Record<EventChannel, string> = {
  resident: '居民上报',
  patrol: '网格巡查',
  hotline: '12345热线',
  console: '后台录入',
  external: '外部转入',
};

/** Tag colours of the statuses (labels come from @linli/config). */
export const STATUS_COLOURS: Record<EventStatus, string> = {
  submitted: 'gold',
  assigned: 'orange',
  accepted: 'processing',
  handled: 'cyan',
  closed: 'success',
  evaluated: 'green',
  rejected: 'default',
  returned: 'magenta',
  escalated: 'purple',
  merged: 'default',
  reopened: 'volcano',
};

export const WARNING_COLOURS: Record<WarningColour, string> = {
  green: '#52c41a',
  yellow: '#fadb14',
  orange: '#fa8c16',
  red: '#f5222d',
};

export const statusEnum = Object.fromEntries(
  (Object.keys(EVENT_STATUS_LABELS) as EventStatus[]).map((s) => [s, { text: EVENT_STATUS_LABELS[s] }]),
);

/** Only the channels a person picks in the filter (external is not offered). */
export const channelEnum = Object.fromEntries(
  (['resident', 'patrol', 'hotline', 'console'] as EventChannel[]).map((c) => [c, { text: CHANNEL_LABELS[c] }]),
);

export { WARNING_LABELS };

export function fmtTime(iso: string | null | undefined) {
  if (!iso) return '—';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
