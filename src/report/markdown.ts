/** summary.md: the job summary a maintainer reads first. */
import type { CheckResult, Report } from '../core/report.js'
import type { Finding } from '../core/types.js'
import { SYMBOLS, statusLabel } from './status-symbols.js'
import { bestPracticesProposalUrl } from '../core/crosswalk.js'

const MAX_FINDINGS_PER_CHECK = 20

export function renderMarkdown(report: Report): string {
  const out: string[] = []
  const target = report.policy.failOn === 'none' ? 'no required level' : `required level ${report.policy.failOn}`
  out.push(`# OIS-ready: level ${report.level} of 3`)
  out.push('')
  out.push(
    `${report.passed ? '✅' : '❌'} **${report.level === 0 ? 'No level reached' : `Level ${report.level} reached`}** (${target}: ${report.passed ? 'met' : 'not met'}).` +
      ` ${report.summary.pass} passed, ${report.summary.fail} failed${report.summary.unknown ? `, ${report.summary.unknown} could not be checked` : ''}, ${report.summary['not-applicable']} not applicable` +
      `${report.summary.error ? `, ${report.summary.error} errors` : ''}${report.summary.skipped ? `, ${report.summary.skipped} turned off` : ''}` +
      `${report.summary.exempted ? `, ${report.summary.exempted} exempted` : ''}.`,
  )
  out.push('')
  const repo = report.repository
  const facts = [
    repo.url ? `Repository: ${repo.url}` : undefined,
    repo.commit ? `Commit: \`${repo.commit.slice(0, 12)}\`` : undefined,
    repo.ref ? `Ref: \`${repo.ref}\`` : undefined,
    `Files checked: ${report.snapshot.files}${report.snapshot.excluded.length ? ` (${report.snapshot.excluded.length} excluded)` : ''}`,
    // a parsed SPDX expression: ids, operators and parentheses only
    report.licence?.expression ? `Licence: \`${report.licence.expression}\`` : undefined,
    `Policy: ${report.policy.file ? `\`${report.policy.file}\`` : 'built-in defaults'}`,
  ].filter(Boolean)
  const coverage = coverageLine(report)
  out.push(facts.join(' · '))
  out.push('')
  if (coverage) {
    out.push(coverage)
    out.push('')
  }
  for (const level of report.levels) {
    if (level.checks === 0)
      out.push(`- Level ${level.level} has no checks in this version of ${report.tool.name}, so it cannot be reached yet`)
    else if (!level.reached) out.push(`- Level ${level.level} is blocked by: ${level.blocking.map((id) => `\`${id}\``).join(', ')}`)
  }
  if (report.levels.some((l) => !l.reached)) out.push('')
  out.push('| | Check | Level | Family | Result |')
  out.push('|---|---|---|---|---|')
  for (const check of report.checks) {
    const label = statusLabel(check)
    out.push(
      `| ${SYMBOLS[label]} | \`${check.id}\` ${escape(check.title)} | ${check.level} | ${check.family} | ${escape(headline(check))} |`,
    )
  }
  out.push('')
  const failing = report.checks.filter(
    (c) => c.status === 'fail' || c.status === 'error' || c.findings.some((f) => f.severity === 'warning'),
  )
  if (failing.length > 0) {
    out.push('## What to fix')
    out.push('')
    for (const check of failing) {
      out.push(`### ${SYMBOLS[statusLabel(check)]} \`${check.id}\`: ${escape(check.title)}${check.exemption ? ' (exempted)' : ''}`)
      out.push('')
      if (check.exemption) out.push(`Exempted until ${check.exemption.expires}: ${escape(check.exemption.reason)}`, '')
      const shown = check.findings.filter((f) => f.status === 'fail' || f.status === 'error' || f.severity === 'warning')
      for (const f of shown.slice(0, MAX_FINDINGS_PER_CHECK)) out.push(`- ${findingLine(f)}`)
      if (shown.length > MAX_FINDINGS_PER_CHECK) out.push(`- … and ${shown.length - MAX_FINDINGS_PER_CHECK} more in report.json`)
      out.push('')
    }
  }
  const unknown = report.checks.filter((c) => c.status === 'unknown')
  if (unknown.length > 0) {
    out.push('## What could not be checked')
    out.push('')
    out.push('These checks could not see what they need; they do not count towards a level until they can:')
    out.push('')
    for (const check of unknown) {
      out.push(`### ${SYMBOLS[statusLabel(check)]} \`${check.id}\`: ${escape(check.title)}${check.exemption ? ' (exempted)' : ''}`)
      out.push('')
      const shown = check.findings.filter((f) => f.status === 'unknown')
      for (const f of shown.slice(0, MAX_FINDINGS_PER_CHECK)) out.push(`- ${findingLine(f)}`)
      if (shown.length > MAX_FINDINGS_PER_CHECK) out.push(`- … and ${shown.length - MAX_FINDINGS_PER_CHECK} more in report.json`)
      out.push('')
    }
  }
  out.push('## Evidence for assurance schemes')
  out.push('')
  out.push(
    `Crosswalk ${report.crosswalk.version}. Criteria this run shows as met, shows as failing, and leaves to be shown by other means:`,
  )
  out.push('')
  out.push('| Scheme | Criteria | Shown met | Failing | Other means |')
  out.push('|---|---|---|---|---|')
  for (const s of report.crosswalk.schemes) {
    out.push(`| ${escape(s.name)} (${escape(s.version)}) | ${s.criteria} | ${s.evidenced.length} | ${s.failing.length} | ${s.remaining} |`)
  }
  out.push('')
  for (const s of report.crosswalk.schemes) {
    if (s.evidenced.length === 0 && s.failing.length === 0) continue
    // criterion and check ids come from ois-ready's own data, never from the repository
    const list = (items: { id: string; checks: string[] }[]) => items.map((e) => `\`${e.id}\` (${e.checks.join(', ')})`).join(', ')
    out.push(`<details><summary>${escape(s.name)}</summary>`, '')
    if (s.evidenced.length) out.push(`Met: ${list(s.evidenced)}`, '')
    if (s.failing.length) out.push(`Failing: ${list(s.failing)}`, '')
    out.push('</details>', '')
  }
  const bp = report.crosswalk.schemes.find((s) => s.scheme === 'bestPractices')
  const link = bp && report.repository.url ? bestPracticesProposalUrl(report.repository.url, bp, report.checks) : undefined
  if (link) {
    out.push(
      `[Open the OpenSSF Best Practices Badge form with the ${bp!.evidenced.length} criteria this run shows as met](${link}) (the project must be registered there; nothing is saved until you submit).`,
      '',
    )
  }
  if (report.policy.exemptions.length > 0) {
    out.push('## Exemptions')
    out.push('')
    out.push('| Check | Until | Status | Reason |')
    out.push('|---|---|---|---|')
    for (const e of report.policy.exemptions) out.push(`| \`${e.check}\` | ${e.expires} | ${e.status} | ${escape(e.reason)} |`)
    out.push('')
  }
  if (report.snapshot.excluded.length > 0 || report.snapshot.problems.length > 0) {
    out.push('## Files not checked')
    out.push('')
    const reasons = new Map<string, number>()
    for (const e of report.snapshot.excluded) reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1)
    for (const [reason, count] of [...reasons].sort()) out.push(`- ${count} file(s) excluded by ${escape(reason)}`)
    for (const p of report.snapshot.problems.slice(0, MAX_FINDINGS_PER_CHECK)) out.push(`- \`${escape(p.path)}\`: ${escape(p.message)}`)
    if (report.snapshot.problems.length > MAX_FINDINGS_PER_CHECK)
      out.push(`- … and ${report.snapshot.problems.length - MAX_FINDINGS_PER_CHECK} more in report.json`)
    out.push('')
  }
  out.push(
    `<sub>${report.tool.name} ${report.tool.version} · report schema ${report.schemaVersion} · policy ${report.policy.digest.slice(0, 19)}…</sub>`,
  )
  return `${out.join('\n')}\n`
}

/** The one line that sums up a check: its first failure, or its first finding. */
export function headline(check: CheckResult): string {
  if (check.status === 'skipped') return 'turned off by the policy'
  const first = check.findings.find((f) => f.status === check.status) ?? check.findings[0]
  const more = check.findings.filter((f) => f.status === check.status).length - 1
  return `${first?.message ?? ''}${more > 0 ? ` (+${more} more)` : ''}`
}

function findingLine(f: Finding): string {
  const warning = f.severity === 'warning' ? 'warning: ' : ''
  const where = f.location ? `\`${escape(f.location.path)}${f.location.startLine ? `:${f.location.startLine}` : ''}\` ` : ''
  return `${where}${warning}${escape(f.message)}${f.remediation ? `<br>↳ ${escape(f.remediation)}` : ''}`
}

/** Repository content goes into the summary as text, never as markup. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ')
}

/**
 * The SBOM's coverage in one line: per ecosystem, the components read and the build manifests
 * nothing resolves ("SBOM: npm 586 components from 1 file; Gradle: 101 build files not covered").
 */
export function coverageLine(report: Report): string | undefined {
  const d = report.dependencies
  if (!d || (d.coverage.length === 0 && d.excluded.length === 0)) return undefined
  const parts = d.coverage.map((c) => {
    const said: string[] = []
    if (c.read.length > 0) said.push(`${c.components} component(s) from ${c.read.length} file(s)`)
    if (c.unresolved.length > 0) said.push(`${c.unresolved.length} build file(s) not covered`)
    if (c.notRead.length > 0) said.push(`${c.notRead.length} lockfile(s) not read`)
    return `${c.ecosystem} ${said.join(', ')}`
  })
  const excluded = d.excluded.reduce((n, e) => n + e.count, 0)
  if (excluded > 0) parts.push(`${excluded} test-data file(s) left out`)
  return `SBOM coverage: ${parts.join('; ')}`
}
