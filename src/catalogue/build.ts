/**
 * `ois-ready catalogue build`: gathers attestations (files, folders, lists of URLs), verifies
 * each with the verifier's code against the trust file, keeps the newest valid attestation per
 * repository (expired ones kept but marked), and lists every rejection with its reason.
 */
import { closeSync, constants, lstatSync, openSync, readdirSync, readSync } from 'node:fs'
import { join } from 'node:path'
import { AttestationReader, MAX_ATTESTATION_BYTES } from '../attest/attestation-file.js'
import { canonicalJson } from '../attest/canonical-json.js'
import { isSigstoreBundle, verifySigstoreBundle } from '../attest/verify-sigstore.js'
import { verifyEnvelope, verifyEnvelopeAsync, type Rejection, type Verification } from '../attest/verify.js'
import { partsDocument, type PartsDocument } from '../core/document.js'
import { streamAll, type FetchOptions } from '../core/guarded-fetch.js'
import { CATALOGUE_SCHEMA_VERSION, RecordPool, toRecord, type CatalogueRecord } from './record.js'
import { patternWarning, type TrustEntry, type TrustFile } from './trust-file.js'

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
  /** Trust-file patterns that cannot match a repository, and entries that matched no attestation, with why. */
  warnings: string[]
}

export interface BuildResult {
  records: CatalogueRecord[]
  summary: CatalogueSummary
}

/** Per trust entry: how many attestations it covered, and the repositories of those signed by it that it did not. */
export class TrustUsage {
  private readonly covered = new Map<TrustEntry, number>()
  private readonly missed = new Map<TrustEntry, { count: number; examples: string[] }>()

  cover(entry: TrustEntry): void {
    this.covered.set(entry, (this.covered.get(entry) ?? 0) + 1)
  }

  miss(entry: TrustEntry, repository: string): void {
    const m = this.missed.get(entry) ?? { count: 0, examples: [] }
    m.count++
    if (m.examples.length < 3 && !m.examples.includes(repository)) m.examples.push(repository.slice(0, 200))
    this.missed.set(entry, m)
  }

  /** One warning per entry that covered no attestation: none was signed by it, or its patterns missed their repositories. */
  warnings(trust: TrustFile): string[] {
    const out: string[] = []
    for (const entry of [...trust.keys.map((k) => k.entry), ...trust.identities.map((i) => i.entry)]) {
      if (this.covered.get(entry)) continue
      const missed = this.missed.get(entry)
      if (!missed) {
        out.push(`${entry.describe} matched nothing: no attestation was signed by it`)
        continue
      }
      const hints = (entry.patterns ?? []).map(patternWarning).filter((h): h is string => h !== undefined)
      out.push(
        `${entry.describe} matched nothing: ${missed.count} attestation(s) signed by it are for repositories its patterns ` +
          `(${(entry.patterns ?? []).join(', ')}) do not cover, e.g. ${missed.examples.join(', ')}${hints.length ? `. ${hints.join('. ')}` : ''}`,
      )
    }
    return out
  }
}

/** Verifies one attestation against the trust file: a trusted signer that covers the attested repository. */
export function verifyWithTrust(value: unknown, trust: TrustFile, at: Date, usage?: TrustUsage): Verification {
  if (isSigstoreBundle(value)) {
    let last: Verification | undefined
    for (const identity of trust.identities) {
      const v = verifySigstoreBundle(value, identity.trust, { at }, identity.prepared)
      if (v.statement) return coverage(v, [identity.entry], identity.covers, identity.describe, usage)
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
  return keyCoverage(verifyEnvelope(value, { keys: trust.keys.map((k) => k.key), at }), trust, usage)
}

/**
 * verifyWithTrust with a key envelope's signature checked on Node's thread pool: the promise
 * gives the step that applies the trust file (and counts its usage), which the caller runs in
 * the order of the input, so that the result does not depend on which signature came first.
 */
export async function verifyWithTrustDeferred(value: unknown, trust: TrustFile, at: Date): Promise<(usage?: TrustUsage) => Verification> {
  if (isSigstoreBundle(value)) return (usage) => verifyWithTrust(value, trust, at, usage)
  const v = await verifyEnvelopeAsync(value, { keys: trust.keys.map((k) => k.key), at })
  return (usage) => keyCoverage(v, trust, usage)
}

/** A key envelope's verification, with the key's entries in the trust file applied. */
function keyCoverage(v: Verification, trust: TrustFile, usage?: TrustUsage): Verification {
  if (!v.statement || v.signer?.type !== 'key') return v
  const keyid = v.signer.keyid
  // a key listed several times covers what any of its entries covers
  const entries = trust.keys.filter((k) => k.key.keyid === keyid)
  return coverage(
    v,
    entries.map((k) => k.entry),
    (repo) => {
      // each entry of the key: covered, or signed by it but outside its patterns
      let covered = false
      for (const k of entries) {
        if (k.covers(repo)) {
          usage?.cover(k.entry)
          covered = true
        } else usage?.miss(k.entry, repo)
      }
      return covered
    },
    `key ${keyid.slice(0, 16)}… (${entries[0]!.key.source})`,
    usage,
    true,
  )
}

function coverage(
  v: Verification,
  entries: TrustEntry[],
  covers: (repo: string) => boolean,
  signer: string,
  usage?: TrustUsage,
  /** the covers function has recorded the usage itself (a key listed several times) */
  counted = false,
): Verification {
  const repo = v.statement?.predicate.repository.url
  if (!repo)
    return {
      ...v,
      valid: false,
      rejections: [...v.rejections, { code: 'repo-mismatch', message: 'the attestation names no repository URL' }],
    }
  if (!covers(repo)) {
    if (!counted) for (const e of entries) usage?.miss(e, repo)
    const hints = [...new Set(entries.flatMap((e) => e.patterns ?? []))].map(patternWarning).filter((h) => h !== undefined)
    return {
      ...v,
      valid: false,
      rejections: [
        ...v.rejections,
        {
          code: 'repo-mismatch',
          message: `${signer} is not trusted for ${repo} (not covered by its repositories in the trust file${hints.length ? `; ${hints.join('; ')}` : ''})`,
        },
      ],
    }
  }
  if (!counted) for (const e of entries) usage?.cover(e)
  return v
}

/** Per source, at most this many rejected attestations are listed one by one; the others are counted in one entry. */
export const MAX_LISTED_REJECTIONS = 1000
/** A file of URLs is read up to this size (a file of attestations has no limit but that of one attestation). */
const MAX_URL_LIST_BYTES = MAX_ATTESTATION_BYTES
const CHUNK_BYTES = 1 << 20
const BINARY_PROBE_BYTES = 8000

/** What the index keeps: the winning record per repository, the rejections, and the counts. */
class IndexPart {
  readonly newest = new Map<string, CatalogueRecord>()
  readonly rejected: RejectedAttestation[] = []
  unlisted = 0
  rejectedCount = 0
  attestations = 0
  accepted = 0

  keep(record: CatalogueRecord): void {
    const key = repositoryKey(record.repository)
    const current = this.newest.get(key)
    // the newest attestation wins; on equal times the higher level, then the source name, so the result does not depend on input order
    if (!current || newer(record, current)) this.newest.set(key, record)
  }

  reject(entry: RejectedAttestation, listAll = false): void {
    this.rejectedCount++
    if (listAll || this.rejected.length < MAX_LISTED_REJECTIONS) this.rejected.push(entry)
    else this.unlisted++
  }

  /** Adds a source's part, once the source has been read whole. */
  merge(part: IndexPart, source: string): void {
    for (const record of part.newest.values()) this.keep(record)
    for (const entry of part.rejected) this.rejected.push(entry)
    if (part.unlisted)
      this.rejected.push({
        source,
        reasons: [
          {
            code: 'not-listed',
            message: `${part.unlisted} more rejected attestations of ${source} are not listed (at most ${MAX_LISTED_REJECTIONS} are listed per source)`,
          },
        ],
      })
    this.rejectedCount += part.rejectedCount
    this.attestations += part.attestations
    this.accepted += part.accepted
  }
}

/**
 * Verifies and indexes a source's attestations as its bytes arrive; its part is merged only when
 * the source was read whole. Signatures are checked on Node's thread pool, VERIFY_WINDOW and more
 * at once, while this thread parses the next ones; each result is applied in the input's order.
 */
function sourceReader(
  source: string,
  trust: TrustFile,
  at: Date,
  pool: RecordPool,
  usage: TrustUsage,
): { part: IndexPart; reader: AttestationReader; settle: (window: number) => Promise<void> } {
  const part = new IndexPart()
  const pending: Promise<void>[] = []
  let last: Promise<void> = Promise.resolve()
  const reader = new AttestationReader((a) => {
    const name = a.many ? `${source}:${a.line}` : source
    if (a.error !== undefined) {
      const error = a.error
      last = last.then(() => part.reject({ source: name, reasons: [{ code: 'malformed', message: error }] }))
    } else {
      const verified = verifyWithTrustDeferred(a.value, trust, at)
      last = last
        .then(() => verified)
        .then((finish) => {
          part.attestations++
          const v = finish(usage)
          const onlyExpired = !v.valid && v.statement !== undefined && v.rejections.every((r) => r.code === 'expired')
          if (!v.valid && !onlyExpired) return part.reject({ source: name, reasons: v.rejections })
          part.accepted++
          part.keep(pool.share(toRecord(v, name, a.text ?? '', onlyExpired)))
        })
    }
    pending.push(last)
  })
  /** Waits until at most `window` attestations are still being verified. */
  const settle = async (window: number): Promise<void> => {
    try {
      while (pending.length > window) await pending.shift()
    } catch (error) {
      // the later steps fail with the same error: this one is thrown
      for (const p of pending.splice(0)) p.catch(() => {})
      throw error
    }
  }
  return { part, reader, settle }
}

/** Attestations of one source whose signatures are being checked at once, at most (each holds its envelope). */
const VERIFY_WINDOW = 64

export async function buildCatalogue(inputs: string[], trust: TrustFile, at: Date, fetchOptions: FetchOptions): Promise<BuildResult> {
  const index = new IndexPart()
  const pool = new RecordPool()
  const usage = new TrustUsage()
  const urls: string[] = []
  const unreadable = (source: string, code: string, message: string) => index.reject({ source, reasons: [{ code, message }] }, true)
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      urls.push(input)
      continue
    }
    for (const file of listFiles(input, unreadable)) {
      const listed = await readFileSource(file, unreadable, async (fd) => {
        const { part, reader, settle } = sourceReader(file, trust, at, pool, usage)
        for (const chunk of chunksOf(fd)) {
          reader.push(chunk)
          await settle(VERIFY_WINDOW)
        }
        reader.end()
        await settle(0)
        index.merge(part, file)
      })
      if (listed) urls.push(...listed)
    }
  }
  await streamAll([...new Set(urls)], fetchOptions, (url) => {
    const { part, reader, settle } = sourceReader(url, trust, at, pool, usage)
    return {
      sink: (chunk) => reader.push(chunk),
      end: async (result) => {
        // what was verified of a download that failed is dropped with it
        if (!result.ok) {
          await settle(0).catch(() => {})
          return unreadable(url, 'unreachable', result.reason)
        }
        reader.end()
        await settle(0)
        index.merge(part, url)
      },
    }
  })

  const records = [...index.newest.values()].sort((a, b) => (a.repository < b.repository ? -1 : 1))
  const rejected = index.rejected.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
  const levels: Record<string, number> = { '0': 0, '1': 0, '2': 0, '3': 0 }
  for (const r of records) levels[String(r.level)]!++
  return {
    records,
    summary: {
      schemaVersion: CATALOGUE_SCHEMA_VERSION,
      verifiedAt: at.toISOString(),
      counts: {
        attestations: index.attestations,
        accepted: index.accepted,
        superseded: index.accepted - records.length,
        expired: records.filter((r) => r.expired).length,
        rejected: index.rejectedCount,
        repositories: records.length,
      },
      levels,
      rejected,
      warnings: [...trust.warnings, ...usage.warnings(trust)],
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

type Unreadable = (source: string, code: string, message: string) => void

function listFiles(input: string, unreadable: Unreadable): string[] {
  let st
  try {
    st = lstatSync(input)
  } catch {
    unreadable(input, 'unreadable', `${input} does not exist`)
    return []
  }
  if (st.isSymbolicLink()) {
    unreadable(input, 'unreadable', `${input} is a symlink; not followed`)
    return []
  }
  if (st.isFile()) return [input]
  if (!st.isDirectory()) return []
  let names: string[]
  try {
    names = readdirSync(input).sort()
  } catch (error) {
    unreadable(input, 'unreadable', `${input} could not be read (${(error as NodeJS.ErrnoException).code})`)
    return []
  }
  const files: string[] = []
  for (const name of names) {
    const path = join(input, name)
    const s = lstatSync(path)
    if (s.isDirectory()) files.push(...listFiles(path, unreadable))
    else if (s.isFile() && /\.(jsonl|json)$/.test(name)) files.push(path)
  }
  return files
}

/**
 * Opens a file given to the build and tells what it is: a binary file is rejected; a file whose
 * lines are all URLs (or # comments) gives its URLs; otherwise `attestations` reads it from its
 * start. Nothing but a chunk and one line is held at a time.
 */
async function readFileSource(
  file: string,
  unreadable: Unreadable,
  attestations: (fd: number) => Promise<void>,
): Promise<string[] | undefined> {
  let fd: number
  try {
    // listFiles has refused links; O_NOFOLLOW keeps it so if the file is swapped for one meanwhile
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW)
  } catch (error) {
    unreadable(file, 'unreadable', `${file} could not be read (${(error as NodeJS.ErrnoException).code})`)
    return undefined
  }
  try {
    const kind = classify(fd)
    if (kind === 'binary') return void unreadable(file, 'malformed', `${file} is binary, not JSON`)
    if (kind === 'too-large')
      return void unreadable(
        file,
        'too-large',
        `${file} lists URLs over more than ${MAX_URL_LIST_BYTES} bytes; a list of URLs may be at most that`,
      )
    if (kind !== 'attestations') return kind
    await attestations(fd)
    return undefined
  } catch (error) {
    if (!(error instanceof ReadError)) throw error
    unreadable(file, 'unreadable', `${file} could not be read (${error.code})`)
    return undefined
  } finally {
    closeSync(fd)
  }
}

class ReadError extends Error {
  constructor(readonly code: string | undefined) {
    super(`read failed (${code})`)
  }
}

/** The file's chunks from its start. */
function* chunksOf(fd: number): Generator<Buffer> {
  for (let position = 0; ;) {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
    let read: number
    try {
      read = readSync(fd, chunk, 0, CHUNK_BYTES, position)
    } catch (error) {
      throw new ReadError((error as NodeJS.ErrnoException).code)
    }
    if (read === 0) return
    position += read
    yield chunk.subarray(0, read)
  }
}

/** Binary (a NUL in the first 8,000 bytes, git's rule), a list of URLs, or attestations; read only as far as it takes to tell. */
function classify(fd: number): 'binary' | 'too-large' | 'attestations' | string[] {
  const urls: string[] = []
  let probe = Buffer.alloc(0)
  let partial: Buffer[] = []
  let seen = 0
  let any = false
  // false when the line is neither blank, a comment nor a URL
  const line = (bytes: Buffer): boolean => {
    const text = bytes.toString('utf8').trim()
    if (!text) return true
    any = true
    if (text.startsWith('#')) return true
    if (!/^https?:\/\/\S+$/i.test(text)) return false
    urls.push(text)
    return true
  }
  for (const chunk of chunksOf(fd)) {
    if (probe.length < BINARY_PROBE_BYTES) {
      probe = Buffer.concat([probe, chunk.subarray(0, BINARY_PROBE_BYTES - probe.length)])
      if (probe.includes(0)) return 'binary'
    }
    seen += chunk.length
    let start = 0
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      partial.push(chunk.subarray(start, nl))
      if (!line(Buffer.concat(partial))) return 'attestations'
      partial = []
      start = nl + 1
    }
    if (start < chunk.length) partial.push(chunk.subarray(start))
    if (seen > MAX_URL_LIST_BYTES) {
      // still only URLs so far, or a first line longer than a list's: a long first line is an attestation's
      return partial.length && !line(Buffer.concat(partial).subarray(0, 4096)) ? 'attestations' : 'too-large'
    }
  }
  if (partial.length && !line(Buffer.concat(partial))) return 'attestations'
  return any ? urls : 'attestations'
}

/** index.jsonl: one canonical JSON record per line, sorted by repository. */
export function renderIndexJsonl(records: CatalogueRecord[]): PartsDocument {
  return partsDocument(function* () {
    for (const r of records) yield `${canonicalJson(r)}\n`
  })
}
