/**
 * Offline verification of a Sigstore bundle (@sigstore/verify) against a pinned trusted root,
 * with identity constraints: the certificate's identity (exact, or an anchored regular
 * expression) and its OIDC issuer. Thresholds are Sigstore's production ones.
 */
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial, type VerificationPolicy } from '@sigstore/verify'
import { UsageError } from '../core/errors.js'
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
  if (!SIGSTORE_BUNDLE_MEDIA_TYPE.test(String((value as { mediaType?: unknown }).mediaType))) {
    return reject('malformed', `unsupported Sigstore bundle media type ${JSON.stringify((value as { mediaType?: unknown }).mediaType)}`)
  }
  let bundle
  try {
    bundle = bundleFromJSON(value)
  } catch (error) {
    return reject('malformed', `not a valid Sigstore bundle: ${(error as Error).message}`)
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
    const code = (error as { code?: string }).code ?? ''
    const message = (error as Error).message
    if (code === 'UNTRUSTED_SIGNER_ERROR')
      return reject('wrong-identity', `the certificate's identity or issuer is not the one expected: ${message}`)
    return reject('bad-signature', `the bundle does not verify against the trusted root (${code || 'error'}): ${message}`)
  }
  const payload = Buffer.from(envelope.payload)
  if (payload.length === 0) return reject('malformed', 'the envelope has an empty payload')
  const { statement, rejections } = checkStatement(payload, options)
  const identity = signer.identity?.subjectAlternativeName ?? ''
  const issuer = signer.identity?.extensions?.issuer ?? ''
  return {
    valid: rejections.length === 0,
    rejections,
    signer: { type: 'sigstore', identity, issuer },
    ...(statement ? { statement } : {}),
    verifiedAt,
  }
}

/**
 * The verifier recomputes the Merkle root from the checkpoint, so the inclusion proof's own
 * rootHash and treeSize fields are not otherwise checked: require them to agree with the signed
 * checkpoint, so that no altered byte of a bundle is accepted.
 */
function inclusionProofInconsistency(value: unknown): string | undefined {
  const entries = (value as { verificationMaterial?: { tlogEntries?: unknown[] } }).verificationMaterial?.tlogEntries ?? []
  for (const entry of entries as { inclusionProof?: { rootHash?: string; treeSize?: string; checkpoint?: { envelope?: string } } }[]) {
    const proof = entry?.inclusionProof
    if (!proof?.checkpoint?.envelope) continue
    const [, size, root] = proof.checkpoint.envelope.split('\n')
    if (size !== String(proof.treeSize) || root !== proof.rootHash) {
      return 'the inclusion proof does not agree with its signed checkpoint (root hash or tree size differ)'
    }
  }
  return undefined
}
