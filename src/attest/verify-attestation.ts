/** One entry point for verifiers: a key-signed DSSE envelope or a Sigstore bundle, each checked with what the verifier trusts. */
import { makeVerifier, isSigstoreBundle, verifySigstoreBundle, type SigstoreTrust } from './verify-sigstore.js'
import { verifyEnvelope, verifyEnvelopeAsync, type Verification, type VerifyOptions } from './verify.js'

export interface Trust extends VerifyOptions {
  sigstore?: SigstoreTrust
}

/** A verifier prepared once (trusted root parsed once) for many attestations, as catalogues need. */
export function prepareVerifier(trust: Trust): (value: unknown) => Verification {
  return prepare(trust, verifyEnvelope)
}

/**
 * prepareVerifier whose key-signed envelopes have their signatures checked on Node's thread pool,
 * so that several are checked at once (Sigstore bundles are verified as before).
 */
export function prepareVerifierAsync(trust: Trust): (value: unknown) => Verification | Promise<Verification> {
  return prepare(trust, verifyEnvelopeAsync)
}

function prepare<T>(trust: Trust, envelope: (value: unknown, options: VerifyOptions) => T): (value: unknown) => Verification | T {
  const sigstore = trust.sigstore ? { trust: trust.sigstore, prepared: makeVerifier(trust.sigstore) } : undefined
  return (value) => {
    if (isSigstoreBundle(value)) {
      if (!sigstore) {
        return {
          valid: false,
          rejections: [
            {
              code: 'unknown-key',
              message: 'a Sigstore bundle needs --trusted-root with --certificate-identity and --certificate-oidc-issuer',
            },
          ],
          verifiedAt: (trust.at ?? new Date()).toISOString(),
        }
      }
      return verifySigstoreBundle(value, sigstore.trust, trust, sigstore.prepared)
    }
    return envelope(value, trust)
  }
}
