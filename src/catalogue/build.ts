/**
 * `ois-ready catalogue build`: gathers attestations (files, folders, lists of URLs), verifies
 * each with the verifier's code against the trust file, keeps the newest valid attestation per
 * repository (expired ones kept but marked), and lists every rejection with its reason.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import canonicalize from 'canonicalize'
import { MAX_FILE_BYTES, parseAttestations, type AttestationLine } from '../attest/attestation-file.js'
import { isSigstoreBundle, verifySigstoreBundle } from '../attest/verify-sigstore.js'
import { verifyEnvelope, type Rejection, type Verification } from '../attest/verify.js'
import { fetchAll, type FetchOptions } from '../core/guarded-fetch.js'
import { CATALOGUE_SCHEMA_VERSION, toRecord, type CatalogueRecord } from './record.js'
import type { TrustFile } from './trust-file.js'

export interface RejectedAttestation {
  source: string
  reasons: Rejection[] | { code: string; message: string }[]
}

export interface CatalogueSummary {
  schemaVersion: string
  verifiedAt: string
  /** attestations: those read (parsed); rejected also counts sources that could not be read or fetched. */
  counts: { attestations: number; accepted: number; superseded: number; expired: number; rejected: number; repositories: number }
  levels: Record<string, number>
  rejected: RejectedAttestation[]
}

export interface BuildResult {
  records: CatalogueRecord[]
  summary: CatalogueSummary
}

interface Candidate {
  source: string
  raw: string
  value: unknown
}

/** Verifies one attestation against the trust file: a trusted signer that covers the attested repository. */
export function verifyWithTrust(value: unknown, trust: TrustFile, at: Date): Verification {
  if (isSigstoreBundle(value)) {
    let last: Verification | undefined
    for (const identity of trust.identities) {
      const v = verifySigstoreBundle(value, identity.trust, { at }, identity.prepared)
      if (v.statement) return coverage(v, identity.covers, identity.describe)
      last = v
    }
    return (
      last ?? {
        valid: false,
        rejections: [{ code: 'unknown-key', message: 'a Sigstore bundle, but the trust file names no Sigstore identities' }],
        verifiedAt: at.toISOString(),
      }
    )
  }
  const v = verifyEnvelope(value, { keys: trust.keys.map((k) => k.key), at })
  if (!v.statement || v.signer?.type !== 'key') return v
  const keyid = v.signer.keyid
  // a key listed several times covers what any of its entries covers
  const entries = trust.keys.filter((k) => k.key.keyid === keyid)
  return coverage(v, (repo) => entries.some((k) => k.covers(repo)), `key ${keyid.slice(0, 16)}… (${entries[0]!.key.source})`)
}

function coverage(v: Verification, covers: (repo: string) => boolean, signer: string): Verification {
  const repo = v.statement?.predicate.repository.url
  if (!repo)
    return {
      ...v,
      valid: false,
      rejections: [...v.rejections, { code: 'repo-mismatch', message: 'the attestation names no repository URL' }],
    }
  if (!covers(repo)) {
    return {
      ...v,
      valid: false,
      rejections: [
        ...v.rejections,
        { code: 'repo-mismatch', message: `${signer} is not trusted for ${repo} (not covered by its repositories in the trust file)` },
      ],
    }
  }
  return v
}

export async function buildCatalogue(inputs: string[], trust: TrustFile, at: Date, fetchOptions: FetchOptions): Promise<BuildResult> {
  const rejected: RejectedAttestation[] = []
  const candidates: Candidate[] = []
  const urls: string[] = []
  const addLines = (source: string, text: string) => {
    const lines: AttestationLine[] = parseAttestations(text)
    const rawLines = text.split('\n')
    for (const l of lines) {
      const name = lines.length > 1 ? `${source}:${l.line}` : source
      if (l.error) rejected.push({ source: name, reasons: [{ code: 'malformed', message: l.error }] })
      else candidates.push({ source: name, raw: lines.length > 1 ? (rawLines[l.line - 1] ?? '') : text.trim(), value: l.value })
    }
  }
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      urls.push(input)
      continue
    }
    for (const file of listFiles(input, rejected)) {
      const text = readBounded(file, rejected)
      if (text === undefined) continue
      const nonEmpty = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
      if (nonEmpty.length > 0 && nonEmpty.every((l) => /^https?:\/\/\S+$/i.test(l) || l.startsWith('#')))
        urls.push(...nonEmpty.filter((l) => !l.startsWith('#')))
      else addLines(file, text)
    }
  }
  for (const fetched of await fetchAll([...new Set(urls)], fetchOptions)) {
    if (fetched.ok) addLines(fetched.url, fetched.text)
    else rejected.push({ source: fetched.url, reasons: [{ code: 'unreachable', message: fetched.reason }] })
  }

  const newest = new Map<string, CatalogueRecord>()
  let accepted = 0
  for (const c of candidates) {
    const v = verifyWithTrust(c.value, trust, at)
    const onlyExpired = !v.valid && v.statement !== undefined && v.rejections.every((r) => r.code === 'expired')
    if (!v.valid && !onlyExpired) {
      rejected.push({ source: c.source, reasons: v.rejections })
      continue
    }
    accepted++
    const record = toRecord(v, c.source, c.raw, onlyExpired)
    const key = repositoryKey(record.repository)
    const current = newest.get(key)
    // the newest attestation wins; on equal times the higher level, then the source name, so the result does not depend on input order
    if (!current || newer(record, current)) newest.set(key, record)
  }
  const records = [...newest.values()].sort((a, b) => (a.repository < b.repository ? -1 : 1))
  rejected.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
  const levels: Record<string, number> = { '0': 0, '1': 0, '2': 0, '3': 0 }
  for (const r of records) levels[String(r.level)]!++
  return {
    records,
    summary: {
      schemaVersion: CATALOGUE_SCHEMA_VERSION,
      verifiedAt: at.toISOString(),
      counts: {
        attestations: candidates.length,
        accepted,
        superseded: accepted - records.length,
        expired: records.filter((r) => r.expired).length,
        rejected: rejected.length,
        repositories: records.length,
      },
      levels,
      rejected,
    },
  }
}

/** One repository, however its URL is spelled (case, .git, trailing slash). */
export function repositoryKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
}

/** Which record to keep: a valid one over an expired one, then the newest, then the higher level, then by source. */
function newer(a: CatalogueRecord, b: CatalogueRecord): boolean {
  if (a.expired !== b.expired) return !a.expired
  const ta = Date.parse(a.issuedAt)
  const tb = Date.parse(b.issuedAt)
  if (ta !== tb) return ta > tb
  if (a.level !== b.level) return a.level > b.level
  return a.source < b.source
}

function listFiles(input: string, rejected: RejectedAttestation[]): string[] {
  let st
  try {
    st = lstatSync(input)
  } catch {
    rejected.push({ source: input, reasons: [{ code: 'unreadable', message: `${input} does not exist` }] })
    return []
  }
  if (st.isSymbolicLink()) {
    rejected.push({ source: input, reasons: [{ code: 'unreadable', message: `${input} is a symlink; not followed` }] })
    return []
  }
  if (st.isFile()) return [input]
  if (!st.isDirectory()) return []
  let names: string[]
  try {
    names = readdirSync(input).sort()
  } catch (error) {
    rejected.push({
      source: input,
      reasons: [{ code: 'unreadable', message: `${input} could not be read (${(error as NodeJS.ErrnoException).code})` }],
    })
    return []
  }
  const files: string[] = []
  for (const name of names) {
    const path = join(input, name)
    const s = lstatSync(path)
    if (s.isDirectory()) files.push(...listFiles(path, rejected))
    else if (s.isFile() && /\.(jsonl|json)$/.test(name)) files.push(path)
  }
  return files
}

function readBounded(file: string, rejected: RejectedAttestation[]): string | undefined {
  const size = lstatSync(file).size
  if (size > MAX_FILE_BYTES) {
    rejected.push({
      source: file,
      reasons: [{ code: 'too-large', message: `${file} is ${size} bytes; an attestation file may be at most ${MAX_FILE_BYTES} bytes` }],
    })
    return undefined
  }
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    rejected.push({
      source: file,
      reasons: [{ code: 'unreadable', message: `${file} could not be read (${(error as NodeJS.ErrnoException).code})` }],
    })
    return undefined
  }
  if (bytes.subarray(0, 8000).includes(0)) {
    rejected.push({ source: file, reasons: [{ code: 'malformed', message: `${file} is binary, not JSON` }] })
    return undefined
  }
  return bytes.toString('utf8')
}

/** index.jsonl: one canonical JSON record per line, sorted by repository. */
export function renderIndexJsonl(records: CatalogueRecord[]): string {
  return records.map((r) => canonicalize(r)).join('\n') + (records.length ? '\n' : '')
}
