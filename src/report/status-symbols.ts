import type { CheckResult } from '../core/report.js'

/** How a check's outcome is shown to people, in Markdown and on the console. */
export function statusLabel(check: Pick<CheckResult, 'status' | 'exemption'>): string {
  if (check.exemption) return 'exempted'
  return check.status
}

export const SYMBOLS: Record<string, string> = {
  pass: '✅',
  fail: '❌',
  unknown: '❔',
  'not-applicable': '➖',
  error: '⚠️',
  skipped: '⏭️',
  exempted: '🟡',
}
