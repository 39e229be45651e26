/** The in-toto Statement v1 that an OIS-ready attestation signs, and its predicate (schema/predicate.schema.json). */
import { createHash } from 'node:crypto'
import type { CheckStatus, Level } from '../core/types.js'
import { checkHeadline, type FailOn, type Report } from '../core/report.js'
import { CROSSWALK_VERSION } from '../core/crosswalk.js'
import { DEFAULT_VALID_DAYS } from './validity.js'
import { sha256Of, type OutputContent } from '../core/document.js'

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
export const PREDICATE_TYPE = 'https://ois-ready.eu/attestation/v1'
export const PAYLOAD_TYPE = 'application/vnd.in-toto+json'
/** Version of the mapping from checks to external criteria (OSPS, Best Practices, Public Code, CRA). */
export { CROSSWALK_VERSION }
export { DEFAULT_VALID_DAYS }

export interface Subject {
  name: string
  digest: Record<string, string>
}

export interface Predicate {
  tool: { name: string; version: string }
  repository: { url?: string; commit?: string; ref?: string }
  policy: { digest: string; file?: string; failOn: FailOn }
  level: 0 | Level
  /** reason: the one line that sums up the check's result (since tool 0.1.0, report schema 1.5.0; older attestations have none). */
  checks: { id: string; version: string; level: Level; status: CheckStatus; satisfied: boolean; reason?: string }[]
  exemptions: { check: string; reason: string; expires: string; status: 'applied' | 'not-needed' | 'expired' }[]
  licence?: { expression: string }
  /** What a catalogue shows of the project, as publiccode.yml or the manifests state it (report schema 1.5.0). */
  project?: { name?: string; description?: string; organisation?: string; languages?: string[] }
  /** The git history's activity: the last commit, commits and authors in the 365 days before issuedAt (not in a shallow clone), the latest version tag. */
  activity?: {
    lastCommitDate?: string
    commitsLastYear?: number
    authorsLastYear?: number
    latestVersionTag?: { name: string; version: string; date?: string }
  }
  sbom?: { digest: string; format: string }
  /** The known-vulnerabilities check's data (API or database, date, digest) and open vulnerabilities by severity. */
  vulnerabilities?: {
    source?: { kind: 'database' | 'api'; date: string; digest: string }
    unknown?: string
    counts: { malicious: number; critical: number; high: number; medium: number; low: number; unknown: number }
    suppressed: number
    ignored: number
  }
  report: { digest: string; schemaVersion: string }
  crosswalkVersion: string
  issuedAt: string
  validUntil: string
}

export interface Statement {
  _type: typeof STATEMENT_TYPE
  subject: Subject[]
  predicateType: typeof PREDICATE_TYPE
  predicate: Predicate
}

export function sha256Hex(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export interface StatementInputs {
  report: Report
  /** The exact bytes of report.json as written. */
  reportJson: string
  sbom?: { bytes: OutputContent; name: string; format: string }
  licenceExpression?: string
  validDays?: number
}

/** A check's reason in the predicate is one line of at most this many characters. */
export const MAX_REASON = 300

/** Control characters, line breaks and runs of spaces: one space in a one-line reason. */
// eslint-disable-next-line no-control-regex
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g

function reasonOf(check: Report['checks'][number]): string | undefined {
  const text = checkHeadline(check).replace(NOT_ONE_LINE, ' ').trim()
  if (!text) return undefined
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1).trimEnd()}…` : text
}

function projectOf(report: Report): Predicate['project'] {
  const p = report.project
  if (!p) return undefined
  const project: NonNullable<Predicate['project']> = {
    ...(p.name ? { name: p.name } : {}),
    ...(p.description ? { description: p.description } : {}),
    ...(p.organisation ? { organisation: p.organisation } : {}),
    ...(p.languages?.length ? { languages: p.languages } : {}),
  }
  return Object.keys(project).length ? project : undefined
}

/** Activity from the git facts; the counts only from a full history (a shallow clone shows one commit). */
function activityOf(report: Report): Predicate['activity'] {
  const r = report.repository
  if (r.source !== 'git' || !r.commit) return undefined
  return {
    ...(r.lastCommitDate ? { lastCommitDate: r.lastCommitDate } : {}),
    ...(r.shallow ? {} : { commitsLastYear: r.activity.days365.commits, authorsLastYear: r.activity.days365.authors }),
    ...(r.tags.latestVersionTag && r.tags.latestVersion
      ? {
          latestVersionTag: {
            name: r.tags.latestVersionTag,
            version: r.tags.latestVersion,
            ...(r.tags.latestVersionDate ? { date: r.tags.latestVersionDate } : {}),
          },
        }
      : {}),
  }
}

export function buildStatement(inputs: StatementInputs): Statement {
  const { report } = inputs
  const issued = new Date(report.generatedAt)
  const validUntil = new Date(issued.getTime() + (inputs.validDays ?? DEFAULT_VALID_DAYS) * 86_400_000)
  const reportDigest = sha256Hex(inputs.reportJson)
  const subject: Subject[] = []
  if (report.repository.commit)
    subject.push({ name: report.repository.url ?? 'repository', digest: { gitCommit: report.repository.commit } })
  subject.push({ name: 'report.json', digest: { sha256: reportDigest } })
  const predicate: Predicate = {
    tool: report.tool,
    repository: {
      ...(report.repository.url ? { url: report.repository.url } : {}),
      ...(report.repository.commit ? { commit: report.repository.commit } : {}),
      ...(report.repository.ref ? { ref: report.repository.ref } : {}),
    },
    policy: { digest: report.policy.digest, failOn: report.policy.failOn, ...(report.policy.file ? { file: report.policy.file } : {}) },
    level: report.level,
    checks: report.checks.map((c) => ({
      id: c.id,
      version: c.version,
      level: c.level,
      status: c.status,
      satisfied: c.satisfied,
      ...(reasonOf(c) ? { reason: reasonOf(c)! } : {}),
    })),
    exemptions: report.policy.exemptions.map((e) => ({ check: e.check, reason: e.reason, expires: e.expires, status: e.status })),
    report: { digest: `sha256:${reportDigest}`, schemaVersion: report.schemaVersion },
    crosswalkVersion: CROSSWALK_VERSION,
    issuedAt: issued.toISOString(),
    validUntil: validUntil.toISOString(),
  }
  if (report.vulnerabilities) {
    const v = report.vulnerabilities
    predicate.vulnerabilities = {
      // the folder of a database is a path on the machine that ran the check: not signed
      ...(v.source ? { source: { kind: v.source.kind, date: v.source.date, digest: v.source.digest } } : {}),
      ...(v.unknown ? { unknown: v.unknown } : {}),
      counts: { ...v.counts },
      suppressed: v.findings.filter((f) => f.state === 'suppressed').length,
      ignored: v.findings.filter((f) => f.state === 'ignored').length,
    }
  }
  const licence = inputs.licenceExpression ?? report.licence?.expression
  if (licence) predicate.licence = { expression: licence }
  const project = projectOf(report)
  if (project) predicate.project = project
  const activity = activityOf(report)
  if (activity) predicate.activity = activity
  if (inputs.sbom) {
    const digest = sha256Of(inputs.sbom.bytes)
    subject.push({ name: inputs.sbom.name, digest: { sha256: digest } })
    predicate.sbom = { digest: `sha256:${digest}`, format: inputs.sbom.format }
  }
  return { _type: STATEMENT_TYPE, subject, predicateType: PREDICATE_TYPE, predicate }
}
