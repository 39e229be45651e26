/**
 * Offline verification of an OIS-ready attestation: signature, payload type, statement and
 * predicate type, predicate schema, subjects, validity window, level, and report digest.
 * Every rejection has a code and says why. No network access happens here.
 */
import predicateSchema from '../../schema/predicate.schema.json' with { type: 'json' }
import { lazySchema } from '../core/schema-validator.js'
import { computeLevels } from '../core/levels.js'
import { MAX_ATTESTATION_DEPTH, parseAttestationJson } from './attestation-json.js'
import { canonicalJson, isCanonicalJsonText, parseCanonicalJson } from './canonical-json.js'
import { asEnvelope, decodeBase64, pae, type Envelope } from './dsse.js'
import { verifyBytes, verifyBytesAsync, type PublicVerificationKey } from './keys.js'
import { MAX_VALID_DAYS } from './validity.js'
import { PAYLOAD_TYPE, PREDICATE_TYPE, STATEMENT_TYPE, type Predicate, type Statement } from './statement.js'

export type RejectionCode =
  | 'malformed'
  | 'bad-signature'
  | 'unknown-key'
  | 'wrong-identity'
  | 'payload-type'
  | 'statement-type'
  | 'predicate-type'
  | 'schema'
  | 'subject-mismatch'
  | 'repo-mismatch'
  | 'commit-mismatch'
  | 'expired'
  | 'not-yet-valid'
  | 'level-too-low'
  | 'report-digest-mismatch'

export interface Rejection {
  code: RejectionCode
  message: string
}

export type SignerInfo =
  { type: 'key'; keyid: string; algorithm: string; source: string } | { type: 'sigstore'; identity: string; issuer: string }

export interface VerifyOptions {
  keys?: PublicVerificationKey[]
  /** Expected repository URL (https://host/owner/repo). */
  repo?: string
  commit?: string
  minLevel?: number
  /** sha256 hex of the report.json the attestation should describe. */
  reportDigest?: string
  /** Time at which validity is judged (default: now). */
  at?: Date
}

export interface Verification {
  valid: boolean
  rejections: Rejection[]
  signer?: SignerInfo
  /** Present only when the signature verified: never report unverified claims as facts. */
  statement?: Statement
  verifiedAt: string
}

// the first error is all a rejection reports; a signer's payload may hold millions of wrong items
export { MAX_VALID_DAYS }

const validatePredicate = lazySchema<Predicate>(predicateSchema, { allErrors: false })
/** Clock skew tolerated before issuedAt. */
const SKEW_MS = 5 * 60_000

/** Signature checking of one envelope, shared by key and Sigstore verification. */
export interface SignatureOutcome {
  ok: boolean
  rejections: Rejection[]
  signer?: SignerInfo
}

export function verifyKeySignatures(envelope: Envelope, payload: Buffer, keys: readonly PublicVerificationKey[]): SignatureOutcome {
  const steps = signatureSteps(envelope, payload, keys)
  for (let step = steps.next(); ;) {
    if (step.done) return step.value
    step = steps.next(verifyBytes(step.value.key, step.value.message, step.value.sig))
  }
}

/** verifyKeySignatures with each signature checked on Node's thread pool: the same steps, so the same verdicts. */
export async function verifyKeySignaturesAsync(
  envelope: Envelope,
  payload: Buffer,
  keys: readonly PublicVerificationKey[],
): Promise<SignatureOutcome> {
  const steps = signatureSteps(envelope, payload, keys)
  for (let step = steps.next(); ;) {
    if (step.done) return step.value
    step = steps.next(await verifyBytesAsync(step.value.key, step.value.message, step.value.sig))
  }
}

/** One signature to check with one key; the caller sends back whether it verified. */
interface SignatureAttempt {
  key: PublicVerificationKey
  message: Buffer
  sig: Buffer
}

/** The checks of an envelope's signatures, one key at a time, in order; whoever drives it checks each (here, or on the thread pool). */
function* signatureSteps(
  envelope: Envelope,
  payload: Buffer,
  keys: readonly PublicVerificationKey[],
): Generator<SignatureAttempt, SignatureOutcome, boolean> {
  if (keys.length === 0) return { ok: false, rejections: [{ code: 'unknown-key', message: 'no trusted key given (use --key PUB.pem)' }] }
  if (envelope.signatures.length === 0)
    return { ok: false, rejections: [{ code: 'bad-signature', message: 'the envelope has no signatures' }] }
  const message = pae(envelope.payloadType, payload)
  const rejections: Rejection[] = []
  for (const signature of envelope.signatures) {
    const sig = decodeCanonical(signature.sig)
    if (!sig) {
      rejections.push({ code: 'malformed', message: 'a signature is not canonical base64' })
      continue
    }
    const candidates = signature.keyid ? keys.filter((k) => k.keyid === signature.keyid) : keys
    if (candidates.length === 0) {
      rejections.push({
        code: 'unknown-key',
        message: `signed by key ${signature.keyid?.slice(0, 80)}, which is not among the trusted keys (${keys.map((k) => k.keyid.slice(0, 16)).join(', ')}…)`,
      })
      continue
    }
    for (const key of candidates) {
      if (yield { key, message, sig })
        return { ok: true, rejections: [], signer: { type: 'key', keyid: key.keyid, algorithm: key.algorithm, source: key.source } }
    }
    rejections.push({
      code: 'bad-signature',
      message: signature.keyid
        ? `the signature does not verify with key ${signature.keyid.slice(0, 16)}… (${candidates[0]!.source}): the envelope was altered or signed by another key`
        : 'no trusted key verifies the signature',
    })
  }
  return { ok: false, rejections }
}

/** Decodes base64 only in its canonical form (either alphabet), so that one signature has one encoding. */
export function decodeCanonical(text: string): Buffer | undefined {
  // decoded leniently (Node skips what is not base64), then accepted only when the bytes encode
  // back to the very text: that is canonical base64, so no pattern needs to run over the text first
  const bytes = Buffer.from(text, 'base64')
  if (bytes.length === 0) return undefined
  const std = bytes.toString('base64')
  const url = bytes.toString('base64url')
  return text === std || text === url || text === `${url}${'='.repeat((4 - (url.length % 4)) % 4)}` ? bytes : undefined
}

/** Parses the envelope's outer shape strictly: exactly the DSSE fields, no duplicates. */
export function parseEnvelope(value: unknown): { envelope?: Envelope; payload?: Buffer; rejections: Rejection[] } {
  const envelope = asEnvelope(value)
  if (!envelope) return { rejections: [{ code: 'malformed', message: 'not a DSSE envelope (needs payloadType, payload and signatures)' }] }
  const extra = Object.keys(value as object).filter((k) => !['payloadType', 'payload', 'signatures'].includes(k))
  if (extra.length) return { rejections: [{ code: 'malformed', message: `unexpected envelope field(s): ${names(extra)}` }] }
  for (const s of envelope.signatures) {
    const fields = Object.keys(s).filter((k) => k !== 'sig' && k !== 'keyid')
    if (fields.length) return { rejections: [{ code: 'malformed', message: `unexpected signature field(s): ${names(fields)}` }] }
  }
  const sigs = envelope.signatures.map((s) => decodeBase64(s.sig)?.toString('hex') ?? s.sig)
  if (new Set(sigs).size !== sigs.length)
    return { rejections: [{ code: 'malformed', message: 'the envelope holds the same signature twice' }] }
  if (envelope.payloadType !== PAYLOAD_TYPE) {
    return {
      envelope,
      rejections: [{ code: 'payload-type', message: `payload type is "${envelope.payloadType.slice(0, 80)}", expected "${PAYLOAD_TYPE}"` }],
    }
  }
  const payload = decodeCanonical(envelope.payload)
  if (!payload) return { envelope, rejections: [{ code: 'malformed', message: 'the payload is not canonical base64' }] }
  return { envelope, payload, rejections: [] }
}

/** Checks the statement inside a verified payload against the options. */
export function checkStatement(payload: Buffer, options: VerifyOptions): { statement?: Statement; rejections: Rejection[] } {
  let text: string
  try {
    // ignoreBOM: a byte order mark stays in the text, where strict JSON refuses it by name
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(payload)
  } catch {
    return { rejections: [{ code: 'malformed', message: 'the payload is not UTF-8' }] }
  }
  // the common case at once: canonical text (which has no key twice: its keys are strictly sorted)
  const fast = parseCanonicalJson(text, MAX_ATTESTATION_DEPTH)
  if (fast) return statementChecks(fast.value, options)
  // strict JSON first: canonicalize recurses, and throws on numbers beyond a double and on lone surrogates
  const read = parseAttestationJson(text)
  if ('error' in read) return { rejections: [{ code: 'malformed', message: `the payload ${read.error}` }] }
  const parsed = read.value
  // ois-ready signs RFC 8785 canonical JSON: other bytes (other spacing, order or escapes) are not ours
  // (checked without writing the canonical form again: JSON.stringify, and the keys' order)
  if (!isCanonicalJsonText(parsed, text)) {
    return {
      rejections: [{ code: 'malformed', message: 'the payload is not canonical JSON (RFC 8785), as ois-ready signs it' }],
    }
  }
  return statementChecks(parsed, options)
}

/** The checks of a statement read from canonical JSON. */
function statementChecks(parsed: unknown, options: VerifyOptions): { statement?: Statement; rejections: Rejection[] } {
  const statement = parsed as Statement
  const rejections: Rejection[] = []
  if (!statement || typeof statement !== 'object' || statement._type !== STATEMENT_TYPE) {
    return {
      rejections: [{ code: 'statement-type', message: `statement _type is ${shown(statement?._type)}, expected "${STATEMENT_TYPE}"` }],
    }
  }
  if (statement.predicateType !== PREDICATE_TYPE) {
    return {
      rejections: [
        { code: 'predicate-type', message: `predicate type is ${shown(statement.predicateType)}, expected "${PREDICATE_TYPE}"` },
      ],
    }
  }
  const extra = Object.keys(statement).filter((k) => !['_type', 'subject', 'predicateType', 'predicate'].includes(k))
  if (extra.length) return { rejections: [{ code: 'schema', message: `unexpected statement field(s): ${names(extra)}` }] }
  const validate = validatePredicate()
  if (!validate(statement.predicate)) {
    const e = validate.errors?.[0]
    return {
      rejections: [
        { code: 'schema', message: `the predicate does not match its schema: ${e?.instancePath || '/'} ${e?.message ?? ''}`.trim() },
      ],
    }
  }
  const p = statement.predicate
  const consistency = predicateInconsistency(p)
  if (consistency) return { rejections: [{ code: 'schema', message: consistency }] }
  const subjectProblem = subjectMismatch(statement)
  if (subjectProblem) rejections.push({ code: 'subject-mismatch', message: subjectProblem })
  if (options.repo && normaliseUrl(options.repo) !== normaliseUrl(p.repository.url ?? '')) {
    rejections.push({ code: 'repo-mismatch', message: `attests ${p.repository.url ?? 'no repository URL'}, expected ${options.repo}` })
  }
  if (options.commit && !(p.repository.commit ?? '').startsWith(options.commit.toLowerCase())) {
    rejections.push({ code: 'commit-mismatch', message: `attests commit ${p.repository.commit ?? '(none)'}, expected ${options.commit}` })
  }
  const at = (options.at ?? new Date()).getTime()
  if (at > Date.parse(p.validUntil)) rejections.push({ code: 'expired', message: `expired at ${p.validUntil}` })

  if (at < Date.parse(p.issuedAt) - SKEW_MS)
    rejections.push({ code: 'not-yet-valid', message: `issued at ${p.issuedAt}, after the verification time` })
  if (options.minLevel !== undefined && p.level < options.minLevel) {
    rejections.push({ code: 'level-too-low', message: `attests level ${p.level}, at least ${options.minLevel} required` })
  }
  if (options.reportDigest && `sha256:${options.reportDigest}` !== p.report.digest) {
    rejections.push({
      code: 'report-digest-mismatch',
      message: `the report given has sha256 ${options.reportDigest}, the attestation covers ${p.report.digest}`,
    })
  }
  return { statement, rejections }
}

/** The subjects must be exactly: the commit (when there is one), report.json, and the SBOM when the predicate names one. */
function subjectMismatch(statement: Statement): string | undefined {
  const p = statement.predicate
  const subjects = Array.isArray(statement.subject) ? statement.subject : []
  const expected: { name: string; digest: Record<string, string> }[] = []
  if (p.repository.commit) expected.push({ name: p.repository.url ?? 'repository', digest: { gitCommit: p.repository.commit } })
  expected.push({ name: 'report.json', digest: { sha256: p.report.digest.slice('sha256:'.length) } })
  if (p.sbom) expected.push({ name: '*', digest: { sha256: p.sbom.digest.slice('sha256:'.length) } })
  if (subjects.length !== expected.length)
    return `the statement has ${subjects.length} subject(s), expected ${expected.length} (commit, report.json${p.sbom ? ', SBOM' : ''})`
  for (const [i, want] of expected.entries()) {
    const got = subjects[i]
    if (
      !got ||
      typeof got !== 'object' ||
      (want.name !== '*' && got.name !== want.name) ||
      canonicalJson(got.digest) !== canonicalJson(want.digest)
    ) {
      return `subject ${i + 1} (${typeof got?.name === 'string' ? got.name.slice(0, 80) : shown(got?.name)}) does not match the predicate`
    }
  }
  return undefined
}

/** What the schema cannot say: a sound validity window, and a level that the check results support. */
function predicateInconsistency(p: Predicate): string | undefined {
  const issued = Date.parse(p.issuedAt)
  const until = Date.parse(p.validUntil)
  if (!Number.isFinite(issued) || !Number.isFinite(until)) return `issuedAt ${p.issuedAt} or validUntil ${p.validUntil} is not a time`
  if (until <= issued) return 'validUntil is not after issuedAt'
  if (until - issued > MAX_VALID_DAYS * 86_400_000) return `the validity window is longer than ${MAX_VALID_DAYS} days`
  const computed = computeLevels(p.checks).level
  if (computed !== p.level) return `level ${p.level} is not the level the check results give (${computed})`
  const ids = new Set(p.checks.map((c) => c.id))
  const stray = p.exemptions.find((e) => !ids.has(e.check))
  if (stray) return `an exemption names "${stray.check.slice(0, 40)}", which is not among the checks`
  const lapsed = p.exemptions.find((e) => e.status === 'applied' && e.expires < p.issuedAt.slice(0, 10))
  if (lapsed)
    return `the exemption of ${lapsed.check} is marked applied, but it expired on ${lapsed.expires}, before the attestation was issued`
  return undefined
}

/** A value from a payload in a message: JSON, at most 80 characters (a value can be megabytes, or an object whose toString is a number). */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 80 ? `${text.slice(0, 80)}…` : text
}

/** Field names from a payload in a message: the first five, each shortened. */
function names(keys: string[]): string {
  const listed = keys.slice(0, 5).map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k))
  return keys.length > 5 ? `${listed.join(', ')} and ${keys.length - 5} more` : listed.join(', ')
}

function normaliseUrl(url: string): string {
  return url
    .trim()
    .replace(/\.git$/, '')
    .replace(/\/+$/, '')
    .toLowerCase()
}

/** Verifies one key-signed DSSE envelope (already parsed from JSON). */
export function verifyEnvelope(value: unknown, options: VerifyOptions): Verification {
  const verifiedAt = (options.at ?? new Date()).toISOString()
  const parsed = parseEnvelope(value)
  if (!parsed.envelope || !parsed.payload) return { valid: false, rejections: parsed.rejections, verifiedAt }
  return afterSignature(parsed.payload, verifyKeySignatures(parsed.envelope, parsed.payload, options.keys ?? []), options, verifiedAt)
}

/** verifyEnvelope with the signature checked on Node's thread pool (for files of many attestations): the same verdicts. */
export async function verifyEnvelopeAsync(value: unknown, options: VerifyOptions): Promise<Verification> {
  const verifiedAt = (options.at ?? new Date()).toISOString()
  const parsed = parseEnvelope(value)
  if (!parsed.envelope || !parsed.payload) return { valid: false, rejections: parsed.rejections, verifiedAt }
  const signature = await verifyKeySignaturesAsync(parsed.envelope, parsed.payload, options.keys ?? [])
  return afterSignature(parsed.payload, signature, options, verifiedAt)
}

/** The statement's checks, once the signature is known: nothing from an unverified payload is reported. */
function afterSignature(payload: Buffer, signature: SignatureOutcome, options: VerifyOptions, verifiedAt: string): Verification {
  if (!signature.ok) return { valid: false, rejections: signature.rejections, verifiedAt }
  const { statement, rejections } = checkStatement(payload, options)
  return {
    valid: rejections.length === 0,
    rejections,
    ...(signature.signer ? { signer: signature.signer } : {}),
    ...(statement ? { statement } : {}),
    verifiedAt,
  }
}
