import type { WarningColour } from '@linli/config'

// Labels copied from WARNING_LABELS in @linli/config: importing a value from that package pulls modules with
// ES2018 regexes (lookbehind) into the weapp bundle, which old WeChat clients cannot parse (check:weapp).
const WARNING_TEXT: Record<WarningColour, string> = { green: '正常', yellow: '过半', orange: '临期', red: '超时' }

/** Colour family of a status tag. */
export function statusTone(status: string): 'open' | 'done' | 'off' | 'again' {
  if (status === 'closed' || status === 'evaluated') return 'done'
  if (status === 'rejected' || status === 'merged') return 'off'
  if (status === 'reopened' || status === 'returned' || status === 'escalated') return 'again'
  return 'open'
}

export const warningText = (w: WarningColour) => WARNING_TEXT[w]
