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

/**
 * Builds the record from a verification whose signature verified (its statement is present).
 * Its keys, and those of the objects made here, are written in sorted order (what comes from
 * the statement is sorted already: it was read from canonical JSON), so that index.jsonl's
 * canonical form is JSON.stringify's (src/attest/canonical-json.ts).
 */
export function toRecord(verification: Verification, source: string, raw: string, expired: boolean): CatalogueRecord {
  const p = verification.statement!.predicate
  const signer = verification.signer!
  return {
    ...(p.activity ? { activity: p.activity } : {}),
    attestationSha256: sha256Hex(raw),
    checks: p.checks.map((c) => ({
      id: c.id,
      level: c.level,
      ...(c.reason ? { reason: c.reason } : {}),
      satisfied: c.satisfied,
      status: c.status,
    })),
    ...(p.repository.commit ? { commit: p.repository.commit } : {}),
    exemptions: p.exemptions.map((e) => ({ check: e.check, expires: e.expires, reason: e.reason, status: e.status })),
    expired,
    issuedAt: p.issuedAt,
    level: p.level,
    ...(p.licence ? { licence: p.licence.expression } : {}),
    passed: p.checks.filter((c) => c.satisfied && c.status === 'pass').map((c) => c.id),
    policyDigest: p.policy.digest,
    ...(p.project ? { project: p.project } : {}),
    ...(p.repository.ref ? { ref: p.repository.ref } : {}),
    repository: p.repository.url!,
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    signer:
      signer.type === 'key' ? { keyid: signer.keyid, type: 'key' } : { identity: signer.identity, issuer: signer.issuer, type: 'sigstore' },
    source,
    tool: p.tool,
    validUntil: p.validUntil,
  }
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
