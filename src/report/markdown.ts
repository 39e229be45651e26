/**
 * summary.md: the job summary a maintainer reads first. It opens with the verdict and the few
 * checks that stand between the repository and the next level, then the checks that need
 * attention, failing first; the checks that pass are folded away. Every value that comes from the
 * repository goes through the escaper of its place (markdown-escape.ts).
 */
import { checkHeadline, type CheckResult, type Report } from '../core/report.js'
import type { ConfigProblem } from '../core/errors.js'
import type { Finding } from '../core/types.js'
import { SYMBOLS, statusLabel } from './status-symbols.js'
import { bestPracticesBaselineUrls, bestPracticesProposalUrl } from '../core/crosswalk.js'
import { htmlText, mdCell, mdCode, mdLink, mdText } from './markdown-escape.js'
import { levelPhrase } from './severity.js'
import { DOCS_BASE } from '../core/version.js'

const MAX_FINDINGS_PER_CHECK = 20
/** Checks named with their first finding and its fix at the top; the rest are listed below. */
const MAX_NEXT_STEPS = 5

/** The order checks are shown in: what fails first, then what could not be checked, what is waived, turned off, passes, does not apply. */
const STATUS_ORDER: Record<string, number> = { error: 0, fail: 0, unknown: 1, exempted: 2, skipped: 3, pass: 4, 'not-applicable': 5 }

export function renderMarkdown(report: Report): string {
  const out: string[] = []
  out.push(`# OIS-ready: ${levelPhrase(report)}`, '')
  out.push(verdict(report), '')
  out.push(...nextSteps(report))

  const ordered = [...report.checks].sort(
    (a, b) => STATUS_ORDER[statusLabel(a)]! - STATUS_ORDER[statusLabel(b)]! || a.level - b.level || compare(a.id, b.id),
  )
  const attention = ordered.filter((c) => !c.satisfied || c.exemption)
  const rest = ordered.filter((c) => c.satisfied && !c.exemption)
  if (attention.length > 0) out.push(...checkTable(attention), '')
  if (rest.length > 0) {
    const warned = rest.filter((c) => warnings(c).length > 0).length
    out.push(
      `<details><summary>${rest.length} check${rest.length === 1 ? '' : 's'} passed or did not apply${warned ? ` (${warned} with warnings)` : ''}</summary>`,
      '',
      ...checkTable(rest),
      '',
      '</details>',
      '',
    )
  }
  out.push(...facts(report))
  out.push(...vulnerabilities(report))

  const failing = ordered.filter((c) => c.status === 'fail' || c.status === 'error')
  if (failing.length > 0) {
    out.push('## What to fix', '')
    for (const check of failing) {
      out.push(`### ${SYMBOLS[statusLabel(check)]} ${mdCode(check.id)}: ${mdText(check.title)}${check.exemption ? ' (exempted)' : ''}`, '')
      if (check.exemption) out.push(`Exempted until ${mdText(check.exemption.expires)}: ${mdText(check.exemption.reason)}`, '')
      out.push(...findingList(check.findings.filter((f) => f.status === 'fail' || f.status === 'error')), '')
    }
  }
  const unknown = ordered.filter((c) => c.status === 'unknown')
  if (unknown.length > 0) {
    out.push('## What could not be checked', '')
    out.push('These checks could not see what they need; they do not count towards a level until they can:', '')
    for (const check of unknown) {
      out.push(`### ${SYMBOLS[statusLabel(check)]} ${mdCode(check.id)}: ${mdText(check.title)}${check.exemption ? ' (exempted)' : ''}`, '')
      out.push(...findingList(check.findings.filter((f) => f.status === 'unknown')), '')
    }
  }
  const warnedChecks = ordered.filter((c) => warnings(c).length > 0)
  if (warnedChecks.length > 0) {
    const count = warnedChecks.reduce((n, c) => n + warnings(c).length, 0)
    out.push('## Warnings', '')
    out.push(`<details><summary>${count} warning${count === 1 ? '' : 's'}: they fail nothing, a reviewer may still ask</summary>`, '')
    for (const check of warnedChecks) out.push(`**${mdCode(check.id)}**`, '', ...findingList(warnings(check)), '')
    out.push('</details>', '')
  }
  out.push(...crosswalk(report))
  if (report.policy.exemptions.length > 0) {
    out.push('## Exemptions', '')
    out.push('| Check | Until | Status | Reason |')
    out.push('|---|---|---|---|')
    for (const e of report.policy.exemptions)
      out.push(`| ${mdCell(mdCode(e.check))} | ${mdCell(mdText(e.expires))} | ${e.status} | ${mdCell(mdText(e.reason))} |`)
    out.push('')
  }
  if (report.snapshot.excluded.length > 0 || report.snapshot.problems.length > 0) {
    out.push('## Files not checked', '')
    const reasons = new Map<string, number>()
    for (const e of report.snapshot.excluded) reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1)
    for (const [reason, count] of [...reasons].sort()) out.push(`- ${count} file(s) excluded by ${mdText(reason)}`)
    for (const p of report.snapshot.problems.slice(0, MAX_FINDINGS_PER_CHECK)) out.push(`- ${mdCode(p.path)}: ${mdText(p.message)}`)
    if (report.snapshot.problems.length > MAX_FINDINGS_PER_CHECK)
      out.push(`- … and ${report.snapshot.problems.length - MAX_FINDINGS_PER_CHECK} more in report.json`)
    out.push('')
  }
  out.push(
    `<sub>${htmlText(`${report.tool.name} ${report.tool.version} · report schema ${report.schemaVersion} · policy ${report.policy.digest.slice(0, 19)}…`)}</sub>`,
  )
  return `${out.join('\n')}\n`
}

/** One line: the level against what fail-on requires; a tick only beside a level reached. */
function verdict(report: Report): string {
  const reached = report.level === 0 ? 'No level reached' : `Level ${report.level} reached`
  const required = report.policy.failOn
  const requirement =
    required === 'none'
      ? 'no level is required (fail-on: none)'
      : `fail-on requires level ${required}: ${report.passed ? 'met' : 'not met'}`
  const mark = !report.passed ? '❌' : report.level === 0 ? '➖' : '✅'
  const s = report.summary
  const counts = [
    `${s.pass} passed`,
    `${s.fail} failed`,
    ...(s.unknown ? [`${s.unknown} could not be checked`] : []),
    `${s['not-applicable']} not applicable`,
    ...(s.error ? [`${s.error} errors`] : []),
    ...(s.skipped ? [`${s.skipped} turned off`] : []),
    ...(s.exempted ? [`${s.exempted} exempted`] : []),
  ]
  return `${mark} **${reached}**; ${requirement}. ${counts.join(', ')}.`
}

/** The checks that stand between the repository and the next level, each with its first finding and fix; then what the level after needs. */
function nextSteps(report: Report): string[] {
  const out: string[] = []
  const next = report.levels.find((l) => l.level === report.level + 1)
  if (!next || next.checks === 0 || next.awardable === false) {
    out.push(`Level ${report.level} is the highest level this version of ${report.tool.name} awards.`, '')
    if (next && next.checks > 0) out.push(notAwarded(next), '')
    return out
  }
  const byId = new Map(report.checks.map((c) => [c.id, c]))
  const blocking = next.blocking
    .map((id) => byId.get(id)!)
    .sort((a, b) => STATUS_ORDER[statusLabel(a)]! - STATUS_ORDER[statusLabel(b)]! || a.level - b.level || compare(a.id, b.id))
  out.push(`## To reach level ${next.level}`, '')
  out.push(`${blocking.length === 1 ? 'This check stands' : `These ${blocking.length} checks stand`} in the way:`, '')
  for (const check of blocking.slice(0, MAX_NEXT_STEPS)) {
    const first = check.findings.find((f) => f.status === check.status)
    const what =
      check.status === 'skipped'
        ? 'turned off by the policy; a level needs every check of that level or below'
        : check.status === 'unknown'
          ? `could not be checked: ${mdText(first?.message ?? '')}`
          : mdText(first?.message ?? '')
    const more = check.findings.filter((f) => f.status === check.status).length - 1
    const fix = first?.remediation ? `<br>${check.status === 'unknown' ? 'To check it' : 'Fix'}: ${mdText(first.remediation)}` : ''
    out.push(
      `- ${SYMBOLS[statusLabel(check)]} **${mdCode(check.id)}** (level ${check.level}): ${what}${more > 0 ? ` (+${more} more below)` : ''}${fix}`,
    )
  }
  if (blocking.length > MAX_NEXT_STEPS)
    out.push(
      `- and ${blocking.length - MAX_NEXT_STEPS} more: ${blocking
        .slice(MAX_NEXT_STEPS)
        .map((c) => mdCode(c.id))
        .join(', ')}`,
    )
  out.push('')
  const after = report.levels.find((l) => l.level === next.level + 1)
  if (after && after.checks > 0 && after.awardable !== false) {
    const also = after.blocking.filter((id) => !next.blocking.includes(id))
    out.push(
      also.length > 0
        ? `Level ${after.level} also needs: ${also.map((id) => mdCode(id)).join(', ')}.`
        : `Level ${after.level} needs nothing more.`,
      '',
    )
  } else if (after && after.checks > 0) {
    out.push(notAwarded(after), '')
  } else if (after) {
    out.push(`Level ${after.level} has no checks in this version of ${report.tool.name}, so it cannot be reached yet.`, '')
  }
  return out
}

/** A level whose set of checks is not complete: its checks run and report, but it is not awarded. */
function notAwarded(level: Report['levels'][number]): string {
  return `Level ${level.level} is not awarded by this version: its set of checks is not complete yet. Its ${level.checks} check${level.checks === 1 ? '' : 's'} run and report below.`
}

function checkTable(checks: CheckResult[]): string[] {
  const out = ['| | Check | Level | Result |', '|---|---|---|---|']
  for (const check of checks)
    out.push(
      `| ${SYMBOLS[statusLabel(check)]} | ${mdCell(`${mdCode(check.id)} ${mdText(check.title)}`)} | ${check.level} | ${mdCell(mdText(headline(check)))} |`,
    )
  return out
}

function facts(report: Report): string[] {
  const repo = report.repository
  const items = [
    repo.url ? `Repository: ${mdLink(repo.url, repo.url)}` : undefined,
    repo.commit ? `Commit: ${mdCode(repo.commit.slice(0, 12))}` : undefined,
    repo.ref ? `Ref: ${mdCode(repo.ref)}` : undefined,
    `Files checked: ${report.snapshot.files}${report.snapshot.excluded.length ? ` (${report.snapshot.excluded.length} excluded)` : ''}`,
    report.licence?.expression ? `Licence: ${mdCode(report.licence.expression)}` : undefined,
    `Policy: ${report.policy.file ? mdCode(report.policy.file) : 'built-in defaults'}`,
  ].filter(Boolean)
  const out = [items.join(' · '), '']
  const coverage = coverageLine(report)
  if (coverage) out.push(mdText(coverage), '')
  return out
}

/** The most vulnerabilities listed in the summary; report.json and the SBOM hold them all. */
const MAX_VULNERABILITIES = 50

/** Known vulnerabilities by severity (the list is in that order already), with the data they come from. */
function vulnerabilities(report: Report): string[] {
  const v = report.vulnerabilities
  if (!v) return []
  const out = ['## Known vulnerabilities', '']
  if (!v.source) return [...out, mdText(`Not checked: ${v.unknown ?? 'no vulnerability data'}.`), '']
  const counts = Object.entries(v.counts)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
  const suppressed = v.findings.filter((f) => f.state === 'suppressed').length
  const ignored = v.findings.filter((f) => f.state === 'ignored').length
  out.push(
    mdText(
      `${counts.length > 0 ? counts.join(', ') : 'None'} open${suppressed ? `, ${suppressed} not affecting the project per VEX` : ''}${ignored ? `, ${ignored} ignored by the policy` : ''}; from the OSV ${v.source.kind === 'api' ? 'API' : 'database'} of ${v.source.date} (${v.source.digest}).`,
    ),
    '',
  )
  if (v.findings.length === 0) return out
  out.push('| Severity | Component | Advisories | Fixed in | State |', '|---|---|---|---|---|')
  for (const f of v.findings.slice(0, MAX_VULNERABILITIES))
    out.push(
      `| ${f.severity}${f.score !== undefined ? ` ${f.score}` : ''} | ${mdCell(mdCode(f.purl))} | ${mdCell(mdText(f.ids.join(', ')))} | ${mdCell(f.fixed.map(mdCode).join(', ') || 'none')} | ${mdCell(mdText(f.state + (f.why ? `: ${f.why}` : '')))} |`,
    )
  if (v.findings.length > MAX_VULNERABILITIES)
    out.push('', mdText(`And ${v.findings.length - MAX_VULNERABILITIES} more in report.json and the SBOM.`))
  out.push('')
  return out
}

function crosswalk(report: Report): string[] {
  const out = ['## Evidence for assurance schemes', '']
  out.push(
    `Crosswalk ${report.crosswalk.version}. Criteria this run shows as met, shows as failing, and leaves to be shown by other means:`,
    '',
  )
  out.push('| Scheme | Criteria | Shown met | Failing | Other means |')
  out.push('|---|---|---|---|---|')
  for (const s of report.crosswalk.schemes)
    out.push(
      `| ${mdCell(mdText(`${s.name} (${s.version})`))} | ${s.criteria} | ${s.evidenced.length} | ${s.failing.length} | ${s.remaining} |`,
    )
  out.push('')
  for (const s of report.crosswalk.schemes) {
    if (s.evidenced.length === 0 && s.failing.length === 0) continue
    const list = (items: { id: string; checks: string[] }[]) => items.map((e) => `${mdCode(e.id)} (${e.checks.join(', ')})`).join(', ')
    out.push(`<details><summary>${htmlText(s.name)}</summary>`, '')
    if (s.evidenced.length) out.push(`Met: ${list(s.evidenced)}`, '')
    if (s.failing.length) out.push(`Failing: ${list(s.failing)}`, '')
    out.push('</details>', '')
  }
  const bp = report.crosswalk.schemes.find((s) => s.scheme === 'bestPractices')
  const link = bp && report.repository.url ? bestPracticesProposalUrl(report.repository.url, bp, report.checks) : undefined
  if (bp && link)
    out.push(
      `${mdLink(`Open the OpenSSF Best Practices Badge form with the ${bp.evidenced.length} criteria this run shows as met`, link)} (the project must be registered there; nothing is saved until you submit).`,
      '',
    )
  const osps = report.crosswalk.schemes.find((s) => s.scheme === 'osps')
  const baseline = osps && report.repository.url ? bestPracticesBaselineUrls(report.repository.url, osps, report.checks) : []
  if (baseline.length)
    out.push(
      `OpenSSF Best Practices Badge baseline forms with what this run shows: ${baseline
        .map((b) => mdLink(`baseline-${b.level} (${b.met} met, ${b.unmet} unmet)`, b.url))
        .join(', ')} (proposals fill only unanswered criteria; nothing is saved until you submit).`,
      '',
    )
  return out
}

function warnings(check: CheckResult): Finding[] {
  return check.findings.filter((f) => f.severity === 'warning' && f.status !== 'fail' && f.status !== 'error' && f.status !== 'unknown')
}

function findingList(findings: Finding[]): string[] {
  const out = findings.slice(0, MAX_FINDINGS_PER_CHECK).map((f) => `- ${findingLine(f)}`)
  if (findings.length > MAX_FINDINGS_PER_CHECK) out.push(`- … and ${findings.length - MAX_FINDINGS_PER_CHECK} more in report.json`)
  return out
}

/** `path:line` message, then the fix; the path once, though most messages start with it. */
function findingLine(f: Finding): string {
  const path = f.location?.path
  const where = path ? `${mdCode(`${path}${f.location?.startLine ? `:${f.location.startLine}` : ''}`)} ` : ''
  const message = path && f.message.startsWith(`${path}: `) ? f.message.slice(path.length + 2) : f.message
  const warning = f.severity === 'warning' && f.status === 'pass' ? 'warning: ' : ''
  const hint = f.status === 'unknown' ? 'To check it' : 'Fix'
  return `${where}${warning}${mdText(message)}${f.remediation ? `<br>${hint}: ${mdText(f.remediation)}` : ''}`
}

/** The one line that sums up a check (the attestation carries it too). */
export const headline = checkHeadline

/** The summary of a run stopped by an invalid configuration: what is wrong, where, and that nothing was checked or signed. */
export function renderConfigErrorMarkdown(problems: readonly ConfigProblem[], toolName = 'ois-ready'): string {
  const files = [...new Set(problems.map((p) => p.file))]
  const out = [
    '# OIS-ready: configuration error',
    '',
    `❌ **Nothing was checked or signed**: ${files.map((f) => mdCode(f)).join(', ')} ${files.length === 1 ? 'is' : 'are'} not a valid ${toolName} configuration.`,
    '',
    '| File | Line | Key | Problem |',
    '|---|---|---|---|',
    ...problems.map(
      (p) =>
        `| ${mdCell(mdCode(p.file))} | ${p.line ?? ''}${p.line && p.column ? `:${p.column}` : ''} | ${p.key ? mdCell(mdCode(p.key)) : ''} | ${mdCell(mdText(p.message))} |`,
    ),
    '',
    `Fix the file and run again. The keys it takes and their values are described in [the configuration schema](${DOCS_BASE}/schema/config.schema.json).`,
    '',
  ]
  return `${out.join('\n')}\n`
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
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
