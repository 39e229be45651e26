/** The console view: a compact table of checks and the level reached. */
import type { Report } from '../core/report.js'
import { coverageLine, headline } from './markdown.js'
import { statusLabel } from './status-symbols.js'
import { levelPhrase } from './severity.js'
import { printable } from '../core/printable.js'

const MARKS: Record<string, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  unknown: 'UNKN',
  'not-applicable': 'N/A ',
  error: 'ERR ',
  skipped: 'OFF ',
  exempted: 'EXMP',
}

export function renderConsole(report: Report, width = 100): string {
  const idWidth = Math.max(5, ...report.checks.map((c) => c.id.length))
  const lines: string[] = []
  lines.push(`${'     '}${'check'.padEnd(idWidth)}  L  result`)
  for (const check of report.checks) {
    const label = statusLabel(check)
    const text = printable(headline(check))
    const room = Math.max(20, width - idWidth - 11)
    lines.push(`${MARKS[label]} ${check.id.padEnd(idWidth)}  ${check.level}  ${text.length > room ? `${text.slice(0, room - 1)}…` : text}`)
  }
  lines.push('')
  const target = report.policy.failOn === 'none' ? '' : ` (required: level ${report.policy.failOn}, ${report.passed ? 'met' : 'NOT met'})`
  lines.push(`OIS-ready ${levelPhrase(report)}${target}`)
  for (const level of report.levels) {
    if (level.checks === 0) lines.push(`  level ${level.level}: no checks of this level yet`)
    else if (level.awardable === false)
      lines.push(
        `  level ${level.level}: not awarded by this version (its set of checks is not complete); its ${level.checks} checks run and report`,
      )
    else if (!level.reached) lines.push(`  level ${level.level} blocked by: ${level.blocking.join(', ')}`)
  }
  const coverage = coverageLine(report)
  if (coverage) lines.push(`  ${printable(coverage)}`)
  if (report.snapshot.problems.length > 0)
    lines.push(`  ${report.snapshot.problems.length} file(s) could not be checked; see report.json snapshot.problems`)
  return `${lines.join('\n')}\n`
}
