import type { WarningColour } from '@linli/config';
import { Badge } from 'antd';
import { WARNING_COLOURS, WARNING_LABELS } from '@/utils/eventLabels';

/** 四色预警 as a coloured dot; no running deadline shows a dash. */
export default function WarningDot({ warning }: { warning: WarningColour | null }) {
  if (!warning) return <span>—</span>;
  return <Badge color={WARNING_COLOURS[warning]} text={WARNING_LABELS[warning]} data-warning={warning} />;
}
