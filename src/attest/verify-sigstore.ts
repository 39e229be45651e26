/**
 * Offline verification of a Sigstore bundle (@sigstore/verify) against a pinned trusted root,
 * with identity constraints: the certificate's identity (exact, or an anchored regular
 * expression) and its OIDC issuer. Thresholds are Sigstore's production ones.
 */
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial, type VerificationPolicy } from '@sigstore/verify'
import { UsageError } from '../core/errors.js'
import { ASN1Obj, X509Certificate } from '@sigstore/core'
import type { Bundle } from '@sigstore/bundle'
import { checkStatement, type Rejection, type Verification, type VerifyOptions } from './verify.js'
import { PAYLOAD_TYPE } from './statement.js'

export const SIGSTORE_BUNDLE_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(\.v0\.3\+json|\+json;version=0\.[123])$/

export interface SigstoreTrust {
  /** trusted_root.json (Sigstore's TrustedRoot), as JSON. */
  trustedRoot: unknown
  identity?: string
  identityRegexp?: string
  issuer: string
}

export function isSigstoreBundle(value: unknown): boolean {
  return Boolean(
    value &&
    typeof value === 'object' &&
    typeof (value as { mediaType?: unknown }).mediaType === 'string' &&
    (value as { mediaType: string }).mediaType.startsWith('application/vnd.dev.sigstore.bundle'),
  )
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function makeVerifier(trust: SigstoreTrust): { verifier: Verifier; policy: VerificationPolicy } {
  if (!trust.identity && !trust.identityRegexp)
    throw new UsageError('give --certificate-identity or --certificate-identity-regexp with --trusted-root')
  if (!trust.issuer) throw new UsageError('give --certificate-oidc-issuer with --trusted-root')
  let material
  try {
    material = toTrustMaterial(TrustedRoot.fromJSON(trust.trustedRoot))
  } catch (error) {
    throw new UsageError(`the trusted root is not a Sigstore trusted_root.json: ${(error as Error).message}`)
  }
  let san: RegExp
  try {
    // @sigstore/verify matches the identity as an unanchored regular expression: anchor it.
    san = trust.identity ? new RegExp(`^${escapeRegExp(trust.identity)}$`) : new RegExp(`^(?:${trust.identityRegexp})$`)
  } catch {
    throw new UsageError(`--certificate-identity-regexp ${trust.identityRegexp} is not a valid regular expression`)
  }
  return {
    verifier: new Verifier(material, { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }),
    policy: { subjectAlternativeName: san, extensions: { issuer: trust.issuer } },
  }
}

export function verifySigstoreBundle(
  value: unknown,
  trust: SigstoreTrust,
  options: VerifyOptions,
  prepared = makeVerifier(trust),
): Verification {
  const verifiedAt = (options.at ?? new Date()).toISOString()
  const reject = (code: Rejection['code'], message: string): Verification => ({ valid: false, rejections: [{ code, message }], verifiedAt })
  const mediaType = (value as { mediaType?: unknown } | null)?.mediaType
  if (typeof mediaType !== 'string' || !SIGSTORE_BUNDLE_MEDIA_TYPE.test(mediaType)) {
    return reject('malformed', `unsupported Sigstore bundle media type ${JSON.stringify(mediaType)?.slice(0, 120)}`)
  }
  let bundle
  try {
    bundle = bundleFromJSON(value)
  } catch (error) {
    return reject('malformed', `not a valid Sigstore bundle: ${messageOf(error)}`)
  }
  if (bundle.content.$case !== 'dsseEnvelope') return reject('malformed', 'the bundle holds a message signature, not a DSSE envelope')
  const envelope = bundle.content.dsseEnvelope
  if (envelope.payloadType !== PAYLOAD_TYPE)
    return reject('payload-type', `payload type is "${envelope.payloadType.slice(0, 80)}", expected "${PAYLOAD_TYPE}"`)
  const inconsistent = inclusionProofInconsistency(value)
  if (inconsistent) return reject('bad-signature', inconsistent)
  let signer
  try {
    signer = prepared.verifier.verify(toSignedEntity(bundle), prepared.policy)
  } catch (error) {
    const thrown = (error as { code?: unknown } | null)?.code
    const code = typeof thrown === 'string' ? thrown : ''
    const message = messageOf(error)
    if (code === 'UNTRUSTED_SIGNER_ERROR')
      return reject('wrong-identity', `the certificate's identity or issuer is not the one expected: ${message}`)
    return reject('bad-signature', `the bundle does not verify against the trusted root (${code || 'error'}): ${message}`)
  }
  const payload = Buffer.from(envelope.payload)
  if (payload.length === 0) return reject('malformed', 'the envelope has an empty payload')
  const { statement, rejections } = checkStatement(payload, options)
  // The predicate is the signer's own claim: the repository and commit must be the ones Fulcio
  // certified from the workflow's token, or any workflow could attest any repository.
  const source = certificateSource(bundle)
  if (statement) {
    const p = statement.predicate
    if (!source.repository) {
      rejections.push({
        code: 'repo-mismatch',
        message: 'the certificate does not name the source repository (Fulcio extension 1.3.6.1.4.1.57264.1.12)',
      })
    } else if (source.repository.toLowerCase() !== (p.repository.url ?? '').toLowerCase()) {
      rejections.push({
        code: 'repo-mismatch',
        message: `the attestation claims ${p.repository.url ?? 'no repository'}, but the certificate was issued for ${source.repository}`,
      })
    }
    if (p.repository.commit && source.digest !== p.repository.commit) {
      rejections.push({
        code: 'commit-mismatch',
        message: `the attestation claims commit ${p.repository.commit}, but the certificate was issued for ${source.digest ?? 'no commit'}`,
      })
    }
  }
  const identity = signer.identity?.subjectAlternativeName ?? ''
  const issuer = signer.identity?.extensions?.issuer ?? ''
  return {
    valid: rejections.length === 0,
    rejections,
    signer: { type: 'sigstore', identity, issuer, ...(source.repository ? { sourceRepository: source.repository } : {}) },
    ...(statement ? { statement } : {}),
    verifiedAt,
  }
}

/** What a library threw, as text, whatever it threw, shortened: its message may quote the bundle (a field of megabytes). */
function messageOf(error: unknown): string {
  const message = error instanceof Error ? String(error.message) : typeof error === 'string' ? error : 'an error without a message'
  return message.length > 300 ? `${message.slice(0, 300)}…` : message
}

/**
 * The verifier recomputes the Merkle root from the checkpoint, so the inclusion proof's own
 * rootHash and treeSize fields are not otherwise checked: require them to agree with the signed
 * checkpoint, so that no altered byte of a bundle is accepted.
 */
function inclusionProofInconsistency(value: unknown): string | undefined {
  // the JSON as written, so that another base64 spelling of the same root hash does not pass; bundleFromJSON
  // has accepted it, but turns fields of another type into defaults, so each may still be anything
  const entries: unknown = (value as { verificationMaterial?: { tlogEntries?: unknown } }).verificationMaterial?.tlogEntries
  if (!Array.isArray(entries)) return undefined
  for (const entry of entries as { inclusionProof?: unknown }[]) {
    const proof = (entry && typeof entry === 'object' ? entry.inclusionProof : undefined) as
      { rootHash?: unknown; treeSize?: unknown; checkpoint?: { envelope?: unknown } } | undefined
    const checkpoint =
      proof && typeof proof === 'object' && proof.checkpoint && typeof proof.checkpoint === 'object' ? proof.checkpoint.envelope : undefined
    // no checkpoint text: the verifier judges the proof as bundleFromJSON read it
    if (typeof checkpoint !== 'string' || !checkpoint) continue
    const [, size, root] = checkpoint.split('\n')
    // int64 is a string in protobuf JSON, a number is read too; any other type (an object whose toString is not a function) is no size
    const treeSize = typeof proof!.treeSize === 'string' || typeof proof!.treeSize === 'number' ? String(proof!.treeSize) : undefined
    if (size !== treeSize || root !== proof!.rootHash) {
      return 'the inclusion proof does not agree with its signed checkpoint (root hash or tree size differ)'
    }
  }
  return undefined
}

const SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12'
const SOURCE_REPOSITORY_DIGEST = '1.3.6.1.4.1.57264.1.13'

/** The source repository and commit that Fulcio wrote into the signing certificate. */
function certificateSource(bundle: Bundle): { repository?: string; digest?: string } {
  const material = bundle.verificationMaterial.content
  const der =
    material.$case === 'certificate'
      ? material.certificate.rawBytes
      : material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates[0]?.rawBytes
        : undefined
  if (!der) return {}
  try {
    const cert = X509Certificate.parse(Buffer.from(der))
    const text = (oid: string) => {
      const ext = cert.extension(oid)
      // the extension's value is a DER UTF8String (Fulcio's v2 extensions)
      return ext ? ASN1Obj.parseBuffer(Buffer.from(ext.value)).value.toString('utf8') : undefined
    }
    const repository = text(SOURCE_REPOSITORY_URI)
    const digest = text(SOURCE_REPOSITORY_DIGEST)
    return { ...(repository ? { repository } : {}), ...(digest ? { digest } : {}) }
  } catch {
    return {}
  }
}
