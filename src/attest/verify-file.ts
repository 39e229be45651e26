/**
 * Verifying an attestation file with trust given as options (key files, a trusted root and
 * identity, expectations): shared by `ois-ready verify`, `badge` and the verify Action.
 */
import { existsSync, readFileSync } from 'node:fs'
import { UsageError } from '../core/errors.js'
import { TextSpool } from '../core/text-spool.js'
import { readAttestationFile, type AttestationLine } from './attestation-file.js'
import type { PublicVerificationKey } from './keys.js'
import { publicKeyFromFile } from './signing-key-source.js'
import { sha256Hex } from './statement.js'
import type { Verification } from './verify.js'
import { prepareVerifier, prepareVerifierAsync, type Trust } from './verify-attestation.js'

export interface VerifyCommandOptions {
  key?: string[]
  trustedRoot?: string
  certificateIdentity?: string
  certificateIdentityRegexp?: string
  certificateOidcIssuer?: string
  repo?: string
  commit?: string
  minLevel?: number
  report?: string
  at?: string
  format: 'json' | 'text'
}

/** `extraKeys`: keys already loaded (the verify Action takes PEM text); `key` holds file paths. */
export function verifyOptionsFrom(opts: VerifyCommandOptions, extraKeys: PublicVerificationKey[] = []): Trust {
  if (!opts.key?.length && !extraKeys.length && !opts.trustedRoot) {
    throw new UsageError(
      'say what to trust: --key PUB.pem (one or more), or --trusted-root FILE with --certificate-identity and --certificate-oidc-issuer',
    )
  }
  const options: Trust = { keys: [...extraKeys, ...(opts.key ?? []).map(publicKeyFromFile)] }
  if (opts.trustedRoot) {
    if (!existsSync(opts.trustedRoot)) throw new UsageError(`trusted root ${opts.trustedRoot} does not exist`)
    let trustedRoot: unknown
    try {
      trustedRoot = JSON.parse(readFileSync(opts.trustedRoot, 'utf8'))
    } catch {
      throw new UsageError(`trusted root ${opts.trustedRoot} is not JSON`)
    }
    options.sigstore = {
      trustedRoot,
      issuer: opts.certificateOidcIssuer ?? '',
      ...(opts.certificateIdentity ? { identity: opts.certificateIdentity } : {}),
      ...(opts.certificateIdentityRegexp ? { identityRegexp: opts.certificateIdentityRegexp } : {}),
    }
  } else if (opts.certificateIdentity || opts.certificateIdentityRegexp || opts.certificateOidcIssuer) {
    throw new UsageError('--certificate-identity and --certificate-oidc-issuer need --trusted-root')
  }
  if (opts.repo) options.repo = opts.repo
  if (opts.commit) {
    if (!/^[0-9a-f]{7,64}$/i.test(opts.commit)) throw new UsageError(`--commit ${opts.commit} is not a commit hash`)
    options.commit = opts.commit
  }
  if (opts.minLevel !== undefined) options.minLevel = opts.minLevel
  if (opts.report) {
    if (!existsSync(opts.report)) throw new UsageError(`report ${opts.report} does not exist`)
    options.reportDigest = sha256Hex(readFileSync(opts.report))
  }
  if (opts.at) {
    const at = new Date(opts.at)
    if (Number.isNaN(at.getTime())) throw new UsageError(`--at ${opts.at} is not a date or time (use ISO 8601, e.g. 2026-12-01T00:00:00Z)`)
    options.at = at
  }
  return options
}

export interface VerifiedAttestation {
  line: number
  verification: Verification
}

/** A verifier of what readAttestationFile gives, prepared once (a trusted root is parsed once) for many attestations. */
export function attestationVerifier(options: Trust): (attestation: AttestationLine) => VerifiedAttestation {
  const verify = prepareVerifier(options)
  return ({ line, value, error }) =>
    error
      ? {
          line,
          verification: {
            valid: false,
            rejections: [{ code: 'malformed' as const, message: `line ${line}: ${error}` }],
            verifiedAt: (options.at ?? new Date()).toISOString(),
          },
        }
      : { line, verification: verify(value) }
}

/** Verifies the file's attestations one by one as they are read (a generator): nothing but the current one is held. */
export function* verifyEach(file: string, options: Trust): Generator<VerifiedAttestation> {
  const verify = attestationVerifier(options)
  for (const attestation of readAttestationFile(file)) yield verify(attestation)
}

/** Attestations whose signatures are being checked at once, at most (each holds its envelope: some kilobytes). */
export const VERIFY_WINDOW = 64

/**
 * verifyEach with the signatures of up to VERIFY_WINDOW attestations checked at once on Node's
 * thread pool (every core), while this thread reads and parses the next ones; the results come
 * in the file's order, and the same as verifyEach's.
 */
export async function* verifyEachInParallel(file: string, options: Trust): AsyncGenerator<VerifiedAttestation> {
  const verify = prepareVerifierAsync(options)
  const verifiedAt = () => (options.at ?? new Date()).toISOString()
  const pending: Promise<VerifiedAttestation>[] = []
  for (const { line, value, error } of readAttestationFile(file)) {
    pending.push(
      error
        ? Promise.resolve({
            line,
            verification: {
              valid: false,
              rejections: [{ code: 'malformed' as const, message: `line ${line}: ${error}` }],
              verifiedAt: verifiedAt(),
            },
          })
        : Promise.resolve(verify(value)).then((verification) => ({ line, verification })),
    )
    if (pending.length >= VERIFY_WINDOW) yield await pending.shift()!
  }
  while (pending.length > 0) yield await pending.shift()!
}

/** One attestation in the JSON record: facts from the statement only when its signature verified. */
export function attestationEntry({ line, verification: v }: VerifiedAttestation): object {
  const p = v.statement?.predicate
  return {
    line,
    valid: v.valid,
    rejections: v.rejections,
    verifiedAt: v.verifiedAt,
    ...(v.signer ? { signer: v.signer } : {}),
    ...(p
      ? {
          predicateType: v.statement!.predicateType,
          subject: v.statement!.subject,
          repository: p.repository,
          level: p.level,
          issuedAt: p.issuedAt,
          validUntil: p.validUntil,
          policy: p.policy,
          report: p.report,
          ...(p.licence ? { licence: p.licence } : {}),
          ...(p.sbom ? { sbom: p.sbom } : {}),
          crosswalkVersion: p.crosswalkVersion,
          exemptions: p.exemptions,
          checks: p.checks,
          tool: p.tool,
        }
      : {}),
  }
}

/** The JSON record of what was verified, `{ file, valid, attestations }`, for results held in memory. */
export function verificationRecord(file: string, results: VerifiedAttestation[]): object {
  return { file, valid: results.length > 0 && results.every((r) => r.verification.valid), attestations: results.map(attestationEntry) }
}

const WRAPPER_HEAD = '{\n  "a": [\n'
const WRAPPER_TAIL = '\n  ]\n}'

export interface RecordedVerification {
  valid: boolean
  count: number
  /** The record's text, byte for byte `JSON.stringify(verificationRecord(…), null, 2)` and a newline, in pieces. */
  text(): Generator<string | Buffer>
  /** Removes the temporary file that a long record is kept in. */
  dispose(): void
}

/**
 * Verifies the file and writes the JSON record as it goes: "valid" comes first in the record but
 * is known only at the end, so the entries wait in a spool (memory, then a temporary file) rather
 * than as objects. `each` sees every result, in order.
 */
export function verifyToRecord(file: string, options: Trust, each?: (result: VerifiedAttestation) => void): RecordedVerification {
  return recordOf(file, verifyEach(file, options), each)
}

/** verifyToRecord with the signatures checked on every core (verifyEachInParallel): the same record. */
export async function verifyToRecordInParallel(
  file: string,
  options: Trust,
  each?: (result: VerifiedAttestation) => void,
): Promise<RecordedVerification> {
  const builder = recordBuilder(file)
  try {
    for await (const result of verifyEachInParallel(file, options)) {
      each?.(result)
      builder.add(result)
    }
  } catch (error) {
    builder.fail()
    throw error
  }
  return builder.done()
}

function recordOf(
  file: string,
  results: Iterable<VerifiedAttestation>,
  each?: (result: VerifiedAttestation) => void,
): RecordedVerification {
  const builder = recordBuilder(file)
  try {
    for (const result of results) {
      each?.(result)
      builder.add(result)
    }
  } catch (error) {
    builder.fail()
    throw error
  }
  return builder.done()
}

/** The record's entries, spooled as they come; done() gives the record. */
function recordBuilder(file: string): { add(result: VerifiedAttestation): void; fail(): void; done(): RecordedVerification } {
  const spool = new TextSpool()
  let count = 0
  let valid = true
  return {
    add(result) {
      // the entry as the record's array lists it (depth 2): stringified inside a wrapper of that depth, which is then cut off
      const wrapped = JSON.stringify({ a: [attestationEntry(result)] }, null, 2)
      spool.write(`${count ? ',\n' : ''}${wrapped.slice(WRAPPER_HEAD.length, -WRAPPER_TAIL.length)}`)
      count++
      valid &&= result.verification.valid
    },
    fail() {
      spool.dispose()
    },
    done() {
      valid &&= count > 0
      return {
        valid,
        count,
        *text() {
          const head = `{\n  "file": ${JSON.stringify(file)},\n  "valid": ${valid},\n  "attestations": `
          if (count === 0) {
            yield `${head}[]\n}\n`
            return
          }
          yield `${head}[\n`
          yield* spool.read()
          yield '\n  ]\n}\n'
        },
        dispose: () => spool.dispose(),
      }
    },
  }
}
