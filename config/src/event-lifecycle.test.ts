import { availableEventActions, EVENT_ACTIONS, EVENT_STATUSES, EVENT_TRANSITIONS, nextEventStatus, warningColour } from './event-lifecycle';

describe('event lifecycle table', () => {
  it('refuses transitions that are not in the table', () => {
    expect(nextEventStatus('submitted', 'handle', 'assignee')).toBeNull();
    expect(nextEventStatus('closed', 'accept', 'assignee')).toBeNull();
    expect(nextEventStatus('assigned', 'accept', 'reporter')).toBeNull();
    expect(nextEventStatus('merged', 'assign', 'dispatcher')).toBeNull();
    expect(nextEventStatus('rejected', 'reopen', 'reporter')).toBeNull();
  });

  it('walks the main loop', () => {
    const steps: [Parameters<typeof nextEventStatus>[1], Parameters<typeof nextEventStatus>[2]][] = [
      ['assign', 'system'], ['accept', 'assignee'], ['handle', 'assignee'], ['close', 'dispatcher'], ['evaluate', 'reporter'],
    ];
    let s: ReturnType<typeof nextEventStatus> = 'submitted';
    for (const [action, by] of steps) s = nextEventStatus(s!, action, by);
    expect(s).toBe('evaluated');
  });

  it('every status but the final ones has a way forward, and every target is a known status', () => {
    for (const rule of Object.values(EVENT_TRANSITIONS)) expect(EVENT_STATUSES).toContain(rule.to);
    for (const s of EVENT_STATUSES) {
      const any = EVENT_ACTIONS.some((a) => EVENT_TRANSITIONS[a].from.includes(s));
      expect([s, any]).toEqual([s, !['rejected', 'merged'].includes(s)]);
    }
  });

  it('lists the buttons an assignee sees on an accepted event', () => {
    expect(availableEventActions('accepted', 'assignee').sort()).toEqual(['escalate', 'handle', 'return']);
  });
});

describe('four-colour warning', () => {
  const start = new Date('2026-01-01T00:00:00Z');
  const end = new Date('2026-01-01T10:00:00Z');
  const at = (h: number) => new Date(start.getTime() + h * 3600_000);
  it('is green before half, yellow from half, orange from 80%, red when overdue', () => {
    expect(warningColour(start, end, at(4.9))).toBe('green');
    expect(warningColour(start, end, at(5))).toBe('yellow');
    expect(warningColour(start, end, at(8))).toBe('orange');
    expect(warningColour(start, end, at(10))).toBe('red');
    expect(warningColour(start, end, at(30))).toBe('red');
  });
});
