/** A catalogue record: what a catalogue keeps of one repository's newest valid attestation. */
import type { Verification } from '../attest/verify.js'
import { sha256Hex, type Predicate } from '../attest/statement.js'

/** 1.1.0: project, activity and each check's reason, when the attestation carries them. */
export const CATALOGUE_SCHEMA_VERSION = '1.1.0'

export interface CatalogueRecord {
  schemaVersion: string
  repository: string
  commit?: string
  ref?: string
  level: number
  licence?: string
  project?: Predicate['project']
  activity?: Predicate['activity']
  /** reason: the attestation's one line on the result (attestations before report schema 1.5.0 have none). */
  checks: { id: string; level: number; status: string; satisfied: boolean; reason?: string }[]
  passed: string[]
  exemptions: { check: string; reason: string; expires: string; status: string }[]
  issuedAt: string
  validUntil: string
  expired: boolean
  signer: { type: 'key'; keyid: string } | { type: 'sigstore'; identity: string; issuer: string }
  tool: { name: string; version: string }
  policyDigest: string
  source: string
  attestationSha256: string
}

/** Builds the record from a verification whose signature verified (its statement is present). */
export function toRecord(verification: Verification, source: string, raw: string, expired: boolean): CatalogueRecord {
  const p = verification.statement!.predicate
  const signer = verification.signer!
  const record: CatalogueRecord = {
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    repository: p.repository.url!,
    level: p.level,
    checks: p.checks.map((c) => ({
      id: c.id,
      level: c.level,
      status: c.status,
      satisfied: c.satisfied,
      ...(c.reason ? { reason: c.reason } : {}),
    })),
    passed: p.checks.filter((c) => c.satisfied && c.status === 'pass').map((c) => c.id),
    exemptions: p.exemptions.map((e) => ({ check: e.check, reason: e.reason, expires: e.expires, status: e.status })),
    issuedAt: p.issuedAt,
    validUntil: p.validUntil,
    expired,
    signer:
      signer.type === 'key' ? { type: 'key', keyid: signer.keyid } : { type: 'sigstore', identity: signer.identity, issuer: signer.issuer },
    tool: p.tool,
    policyDigest: p.policy.digest,
    source,
    attestationSha256: sha256Hex(raw),
  }
  if (p.repository.commit) record.commit = p.repository.commit
  if (p.repository.ref) record.ref = p.repository.ref
  if (p.licence) record.licence = p.licence.expression
  if (p.project) record.project = p.project
  if (p.activity) record.activity = p.activity
  return record
}

/**
 * Shares what records repeat (the check results, passed checks, exemptions, signer, tool and
 * policy digest are the same for many projects), so that a catalogue of 100,000 records holds
 * each distinct value once. Records keep their shape: only identical values become one object.
 */
export class RecordPool {
  private readonly values = new Map<string, unknown>()

  /** At most this many distinct values are remembered (a catalogue whose records share nothing gains nothing). */
  constructor(private readonly limit = 100_000) {}

  share(record: CatalogueRecord): CatalogueRecord {
    record.checks = this.one(record.checks)
    record.passed = this.one(record.passed)
    record.exemptions = this.one(record.exemptions)
    record.signer = this.one(record.signer)
    record.tool = this.one(record.tool)
    record.policyDigest = this.one(record.policyDigest)
    return record
  }

  private one<T>(value: T): T {
    const key = JSON.stringify(value)
    const known = this.values.get(key)
    if (known !== undefined) return known as T
    if (this.values.size < this.limit) this.values.set(key, value)
    return value
  }
}
