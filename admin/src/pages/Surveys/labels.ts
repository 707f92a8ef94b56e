import { SURVEY_STATUS_LABELS, type SurveyState } from '@linli/config';
import { fmtTime } from '@/utils/eventLabels';

/** Tag colours of a survey's state (labels come from @linli/config). */
export const STATE_COLOURS: Record<SurveyState, string> = {
  draft: 'default',
  scheduled: 'gold',
  open: 'processing',
  ended: 'orange',
  closed: 'success',
};

export const statusEnum = Object.fromEntries(Object.entries(SURVEY_STATUS_LABELS).map(([k, text]) => [k, { text }]));

/** "2026-05-01 08:00 至 2026-05-31 18:00", open ends said in words. */
export function windowText(startsAt: string | null, endsAt: string | null) {
  if (!startsAt && !endsAt) return '发布后即开始，手动结束';
  return `${startsAt ? fmtTime(startsAt) : '发布后'} 至 ${endsAt ? fmtTime(endsAt) : '手动结束'}`;
}
