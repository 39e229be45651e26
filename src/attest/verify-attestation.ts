/** One entry point for verifiers: a key-signed DSSE envelope or a Sigstore bundle, each checked with what the verifier trusts. */
import { makeVerifier, isSigstoreBundle, verifySigstoreBundle, type SigstoreTrust } from './verify-sigstore.js'
import { verifyEnvelope, type Verification, type VerifyOptions } from './verify.js'

export interface Trust extends VerifyOptions {
  sigstore?: SigstoreTrust
}

/** A verifier prepared once (trusted root parsed once) for many attestations, as catalogues need. */
export function prepareVerifier(trust: Trust): (value: unknown) => Verification {
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
    return verifyEnvelope(value, trust)
  }
}
