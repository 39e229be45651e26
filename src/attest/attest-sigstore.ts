/**
 * Attesting one run keylessly: sign the statement with Sigstore, verify the bundle against a
 * trusted root (Sigstore's public-good root through TUF, or a pinned file), then draw the badge.
 */
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { getTrustedRoot } from '@sigstore/tuf'
import type { Report } from '../core/report.js'
import type { OutputContent } from '../core/document.js'
import { badgeState, renderBadgeEndpoint, renderBadgeSvg } from './badge.js'
import { ATTESTATION_FILE } from './attestation-file.js'
import { signWithSigstore } from './sign-sigstore.js'
import { buildStatement } from './statement.js'
import { verifySigstoreBundle } from './verify-sigstore.js'
import type { Verification } from './verify.js'
import type { SerializedBundle } from '@sigstore/bundle'

export interface SigstoreAttestInputs {
  report: Report
  reportJson: string
  validDays?: number
  sbom?: { bytes: OutputContent; name: string; format: string }
  identityToken: string
  fulcioURL?: string
  rekorURL?: string
  /** trusted_root.json to verify against; by default Sigstore's public-good root, fetched through TUF. */
  trustedRoot?: unknown
  /** What the certificate must say: the workflow identity (an anchored regular expression) and the OIDC issuer. */
  identityRegexp: string
  issuer: string
}

export async function attestWithSigstore(
  inputs: SigstoreAttestInputs,
): Promise<{ files: Record<string, string>; bundle: SerializedBundle; verification: Verification }> {
  const statement = buildStatement({
    report: inputs.report,
    reportJson: inputs.reportJson,
    ...(inputs.validDays ? { validDays: inputs.validDays } : {}),
  })
  const bundle = await signWithSigstore(statement, {
    identityToken: inputs.identityToken,
    ...(inputs.fulcioURL ? { fulcioURL: inputs.fulcioURL } : {}),
    ...(inputs.rekorURL ? { rekorURL: inputs.rekorURL } : {}),
  })
  const trustedRoot = inputs.trustedRoot ?? TrustedRoot.toJSON(await getTrustedRoot())
  const verification = verifySigstoreBundle(
    JSON.parse(JSON.stringify(bundle)),
    { trustedRoot, identityRegexp: inputs.identityRegexp, issuer: inputs.issuer },
    { at: new Date(inputs.report.generatedAt) },
  )
  if (!verification.valid) {
    throw new Error(
      `the Sigstore bundle just made does not verify: ${verification.rejections.map((r) => `${r.code}: ${r.message}`).join('; ')}`,
    )
  }
  const state = badgeState(verification)
  return {
    files: {
      [ATTESTATION_FILE]: `${JSON.stringify(bundle)}\n`,
      'badge.svg': renderBadgeSvg(state),
      'badge.json': renderBadgeEndpoint(state),
    },
    bundle,
    verification,
  }
}

/** The claims of a JWT, read without verifying it (Fulcio verifies the token; we only need its issuer). */
export function tokenClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1]
  try {
    return part ? (JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
