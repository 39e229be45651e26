/**
 * codeclimate.json: GitLab's Code Quality report (`artifacts: reports: codequality:`), the subset
 * of the Code Climate issue format that GitLab reads: description, check_name, fingerprint,
 * severity and location.path with location.lines.begin. GitLab shows the issues in the merge
 * request's Code Quality widget and, where the line is in the diff, beside it.
 *
 * One issue per reported finding, as loud as in SARIF (what blocks the required level `major`,
 * what only blocks a higher level `minor`, notes `info`); exempted checks are left out (they are
 * waived, with their reason, in report.json and the summary), and so are findings that name no
 * file: GitLab requires a path, and an unrelated file would mislead.
 */
import { createHash } from 'node:crypto'
import type { Report } from '../core/report.js'
import type { Check } from '../core/types.js'
import { findingSeverity, type Severity } from './severity.js'

export const CODE_QUALITY_FILE = 'codeclimate.json'

/** GitLab's severities: info, minor, major, critical, blocker. */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker'

export interface CodeQualityIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: CodeQualitySeverity
  location: { path: string; lines: { begin: number; end?: number } }
}

const SEVERITY: Record<Severity, CodeQualitySeverity> = { error: 'major', warning: 'minor', note: 'info' }

export interface CodeQualityOptions {
  /** The repository's folder relative to the project's top folder (e.g. 'app/'), when a run checks a folder of it. */
  pathPrefix?: string
}

export function codeQualityIssues(report: Report, checks: readonly Check[], options: CodeQualityOptions = {}): CodeQualityIssue[] {
  const prefix = options.pathPrefix ? `${options.pathPrefix.replace(/\/+$/, '')}/` : ''
  const subjectFile = new Map(checks.map((c) => [c.meta.id, c.meta.subjectFile]))
  const issues: CodeQualityIssue[] = []
  const seen = new Map<string, number>()
  for (const check of report.checks) {
    if (check.exemption) continue
    for (const finding of check.findings) {
      const severity = findingSeverity(report, check, finding)
      if (!severity) continue
      const path = finding.location?.path ?? subjectFile.get(check.id)
      if (!path) continue
      const unknown = finding.status === 'unknown'
      const remediation = finding.remediation ? ` ${unknown ? 'To check it' : 'Fix'}: ${finding.remediation}` : ''
      const begin = finding.location?.startLine ?? 1
      const end = finding.location?.startLine && finding.location.endLine ? finding.location.endLine : undefined
      // the check, the file and the text (numbers and spacing normalised), so that lines moving keep it;
      // GitLab keeps one issue per fingerprint, so repeats in one run are told apart by their order
      const normalised = finding.message.toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim()
      const base = createHash('sha256').update(`${check.id}\0${prefix}${path}\0${normalised}`).digest('hex').slice(0, 32)
      const n = (seen.get(base) ?? 0) + 1
      seen.set(base, n)
      const fingerprint = n === 1 ? base : createHash('sha256').update(`${base}\0${n}`).digest('hex').slice(0, 32)
      issues.push({
        description: `${check.id} (level ${check.level}): ${finding.message}${remediation}`,
        check_name: `ois-ready/${check.id}`,
        fingerprint,
        severity: SEVERITY[severity],
        location: { path: `${prefix}${path}`, lines: { begin, ...(end && end > begin ? { end } : {}) } },
      })
    }
  }
  return issues
}

export function renderCodeQuality(report: Report, checks: readonly Check[], options: CodeQualityOptions = {}): string {
  return `${JSON.stringify(codeQualityIssues(report, checks, options), null, 2)}\n`
}
