/** The in-toto Statement v1 that an OIS-ready attestation signs, and its predicate (schema/predicate.schema.json). */
import { createHash } from 'node:crypto'
import type { CheckStatus, Level } from '../core/types.js'
import type { FailOn, Report } from '../core/report.js'
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
  checks: { id: string; version: string; level: Level; status: CheckStatus; satisfied: boolean }[]
  exemptions: { check: string; reason: string; expires: string; status: 'applied' | 'not-needed' | 'expired' }[]
  licence?: { expression: string }
  sbom?: { digest: string; format: string }
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
    checks: report.checks.map((c) => ({ id: c.id, version: c.version, level: c.level, status: c.status, satisfied: c.satisfied })),
    exemptions: report.policy.exemptions.map((e) => ({ check: e.check, reason: e.reason, expires: e.expires, status: e.status })),
    report: { digest: `sha256:${reportDigest}`, schemaVersion: report.schemaVersion },
    crosswalkVersion: CROSSWALK_VERSION,
    issuedAt: issued.toISOString(),
    validUntil: validUntil.toISOString(),
  }
  const licence = inputs.licenceExpression ?? report.licence?.expression
  if (licence) predicate.licence = { expression: licence }
  if (inputs.sbom) {
    const digest = sha256Of(inputs.sbom.bytes)
    subject.push({ name: inputs.sbom.name, digest: { sha256: digest } })
    predicate.sbom = { digest: `sha256:${digest}`, format: inputs.sbom.format }
  }
  return { _type: STATEMENT_TYPE, subject, predicateType: PREDICATE_TYPE, predicate }
}
