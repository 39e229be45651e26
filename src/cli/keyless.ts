/**
 * `check --sign sigstore` outside GitHub Actions: the CI job's OIDC token (GitLab's `id_tokens:`
 * with audience sigstore) to Fulcio and Rekor, then the new bundle checked against the trusted
 * root, with the identity the token names. GitLab's is `https://` and the token's
 * ci_config_ref_uri (the pipeline file at its ref), which Fulcio writes as the certificate's identity.
 */
import type { OutputContent } from '../core/document.js'
import type { Report } from '../core/report.js'
import { ATTESTATION_FILE } from '../attest/attestation-file.js'
import { attestWithSigstore, tokenClaims } from '../attest/attest-sigstore.js'
import { UsageError } from '../core/errors.js'

export interface KeylessInputs {
  report: Report
  reportJson: string
  identityToken: string
  validDays: number
  sbom?: { bytes: OutputContent; name: string; format: string }
  fulcioURL?: string
  rekorURL?: string
  trustedRoot?: unknown
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The identity Fulcio certifies for this token: exact for GitLab's ci_config_ref_uri, otherwise any (the repository and commit are still bound). */
export function expectedIdentity(claims: Record<string, unknown>): string {
  const uri = claims.ci_config_ref_uri
  return typeof uri === 'string' && uri ? escapeRegExp(`https://${uri}`) : 'https?://.+'
}

export async function attestKeyless(inputs: KeylessInputs): Promise<{ files: Record<string, string>; howToVerify: string }> {
  const claims = tokenClaims(inputs.identityToken)
  const issuer = typeof claims.iss === 'string' ? claims.iss : ''
  if (!issuer) throw new UsageError('SIGSTORE_ID_TOKEN is not an OIDC token (a JWT whose claims name its issuer, iss)')
  const { files, verification } = await attestWithSigstore({
    report: inputs.report,
    reportJson: inputs.reportJson,
    validDays: inputs.validDays,
    ...(inputs.sbom ? { sbom: inputs.sbom } : {}),
    identityToken: inputs.identityToken,
    ...(inputs.fulcioURL ? { fulcioURL: inputs.fulcioURL } : {}),
    ...(inputs.rekorURL ? { rekorURL: inputs.rekorURL } : {}),
    ...(inputs.trustedRoot ? { trustedRoot: inputs.trustedRoot } : {}),
    identityRegexp: expectedIdentity(claims),
    issuer,
  })
  const identity = verification.signer?.type === 'sigstore' ? verification.signer.identity : ''
  return {
    files,
    howToVerify: `Signed keylessly as ${identity} (${issuer}); verify with: ois-ready verify ${ATTESTATION_FILE} --trusted-root trusted_root.json --certificate-identity '${identity}' --certificate-oidc-issuer ${issuer}`,
  }
}
