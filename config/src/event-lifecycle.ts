/**
 * The event closed loop (发现 → 上报 → 分流 → 处置 → 核查 → 评价): statuses, the actions that move an
 * event between them, and who may take each action. The server accepts no other transition.
 */
export const EVENT_STATUSES = [
  'submitted', 'assigned', 'accepted', 'handled', 'closed', 'evaluated',
  'rejected', 'returned', 'escalated', 'merged', 'reopened',
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  submitted: '待分派',
  assigned: '待签收',
  accepted: '处置中',
  handled: '待核查',
  closed: '已办结',
  evaluated: '已评价',
  rejected: '不予受理',
  returned: '已退回',
  escalated: '已上报',
  merged: '已合并',
  reopened: '重新办理',
};

/** Who takes an action: the event's current assignee, a dispatcher of the owning unit, the reporter, or the system. */
export type EventActor = 'assignee' | 'dispatcher' | 'reporter' | 'system';

export const EVENT_ACTIONS = [
  'assign', 'accept', 'return', 'escalate', 'handle', 'close', 'reject_handling', 'reject', 'merge', 'evaluate', 'reopen',
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

export interface TransitionRule {
  from: readonly EventStatus[];
  to: EventStatus;
  by: readonly EventActor[];
  /** A note (reason) must be given. */
  needsNote?: boolean;
  /** At least one photo must be attached. */
  needsPhoto?: boolean;
  label: string;
}

const OPEN_FOR_DISPATCH: EventStatus[] = ['submitted', 'returned', 'escalated', 'reopened'];

/** The one transition table of the event lifecycle. */
export const EVENT_TRANSITIONS: Record<EventAction, TransitionRule> = {
  assign: { from: OPEN_FOR_DISPATCH, to: 'assigned', by: ['dispatcher', 'system'], label: '分派' },
  accept: { from: ['assigned'], to: 'accepted', by: ['assignee'], label: '签收' },
  return: { from: ['assigned', 'accepted'], to: 'returned', by: ['assignee'], needsNote: true, label: '退回' },
  escalate: { from: ['assigned', 'accepted'], to: 'escalated', by: ['assignee', 'dispatcher', 'system'], needsNote: true, label: '上报' },
  handle: { from: ['accepted'], to: 'handled', by: ['assignee'], needsNote: true, needsPhoto: true, label: '处置完成' },
  close: { from: ['handled'], to: 'closed', by: ['dispatcher'], label: '核查办结' },
  reject_handling: { from: ['handled'], to: 'accepted', by: ['dispatcher'], needsNote: true, label: '核查不通过' },
  reject: { from: ['submitted', 'returned', 'escalated', 'reopened'], to: 'rejected', by: ['dispatcher'], needsNote: true, label: '不予受理' },
  merge: { from: ['submitted', 'assigned', 'returned', 'escalated'], to: 'merged', by: ['dispatcher'], label: '合并' },
  evaluate: { from: ['closed'], to: 'evaluated', by: ['reporter', 'system'], label: '评价' },
  reopen: { from: ['closed', 'evaluated'], to: 'reopened', by: ['reporter'], needsNote: true, label: '重新办理' },
};

/** Statuses in which the event is finished for handlers (no deadline runs). */
export const EVENT_FINAL_STATUSES: readonly EventStatus[] = ['closed', 'evaluated', 'rejected', 'merged'];

/** The status an action leads to, or null when the action is not allowed from `from` for `by`. */
export function nextEventStatus(from: EventStatus, action: EventAction, by: EventActor): EventStatus | null {
  const rule = EVENT_TRANSITIONS[action];
  return rule.from.includes(from) && rule.by.includes(by) ? rule.to : null;
}

/** Actions an actor of that kind may take on an event in `status` (for buttons in the UI). */
export function availableEventActions(status: EventStatus, by: EventActor): EventAction[] {
  return EVENT_ACTIONS.filter((a) => nextEventStatus(status, a, by) !== null);
}

/** 四色预警: the share of the allowed time used decides the colour; red is overdue. */
export type WarningColour = 'green' | 'yellow' | 'orange' | 'red';

export const WARNING_LABELS: Record<WarningColour, string> = { green: '正常', yellow: '过半', orange: '临期', red: '超时' };

export function warningColour(startedAt: Date, deadline: Date, now: Date): WarningColour {
  const total = deadline.getTime() - startedAt.getTime();
  const used = now.getTime() - startedAt.getTime();
  if (total <= 0 || used >= total) return 'red';
  const share = used / total;
  if (share >= 0.8) return 'orange';
  if (share >= 0.5) return 'yellow';
  return 'green';
}
