/**
 * Keyless signing with Sigstore (@sigstore/sign): a short-lived Fulcio certificate for the
 * workflow's OIDC identity signs the DSSE envelope, Rekor logs it, and the result is a
 * Sigstore bundle v0.3. The service URLs are options so tests can run local equivalents.
 */
import { DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL, DSSEBundleBuilder, FulcioSigner, RekorWitness } from '@sigstore/sign'
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle'
import { serialiseStatement } from './sign-key.js'
import { PAYLOAD_TYPE, type Statement } from './statement.js'

export const SIGSTORE_PUBLIC_GOOD = { fulcioURL: DEFAULT_FULCIO_URL, rekorURL: DEFAULT_REKOR_URL }

export interface SigstoreSigningOptions {
  identityToken: string
  fulcioURL?: string
  rekorURL?: string
  timeoutMs?: number
}

export function signWithSigstore(statement: Statement, options: SigstoreSigningOptions): Promise<SerializedBundle> {
  return signPayloadWithSigstore(serialiseStatement(statement), options)
}

/** Signs payload bytes as they are (the tests sign hostile payloads that no statement serialises to). */
export async function signPayloadWithSigstore(payload: Buffer, options: SigstoreSigningOptions): Promise<SerializedBundle> {
  const timeout = options.timeoutMs ?? 30_000
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      fulcioBaseURL: options.fulcioURL ?? SIGSTORE_PUBLIC_GOOD.fulcioURL,
      identityProvider: { getToken: async () => options.identityToken },
      timeout,
    }),
    witnesses: [
      new RekorWitness({
        rekorBaseURL: options.rekorURL ?? SIGSTORE_PUBLIC_GOOD.rekorURL,
        entryType: 'dsse',
        fetchOnConflict: true,
        timeout,
      }),
    ],
  })
  const bundle = await builder.create({ data: payload, type: PAYLOAD_TYPE })
  return bundleToJSON(bundle)
}
