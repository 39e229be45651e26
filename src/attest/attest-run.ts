/**
 * Attesting one run: build the statement from the report, sign it, verify what was signed
 * (with the signer's own public key, as a verifier would), and draw the badge from that verification.
 */
import type { Report } from '../core/report.js'
import type { OutputContent } from '../core/document.js'
import { renderBadgeEndpoint, renderBadgeSvg, badgeState } from './badge.js'
import { ATTESTATION_FILE } from './attestation-file.js'
import type { PrivateSigningKey } from './keys.js'
import { signEnvelope } from './sign-key.js'
import { buildStatement } from './statement.js'
import { verifyEnvelope, type Verification } from './verify.js'

export interface AttestInputs {
  report: Report
  reportJson: string
  key: PrivateSigningKey
  validDays?: number
  sbom?: { bytes: OutputContent; name: string; format: string }
}

export interface Attested {
  files: Record<string, string>
  verification: Verification
}

export function attestWithKey(inputs: AttestInputs): Attested {
  const statement = buildStatement({
    report: inputs.report,
    reportJson: inputs.reportJson,
    ...(inputs.validDays !== undefined ? { validDays: inputs.validDays } : {}),
    ...(inputs.sbom ? { sbom: inputs.sbom } : {}),
  })
  const envelope = signEnvelope(statement, inputs.key)
  const line = JSON.stringify(envelope)
  const verification = verifyEnvelope(JSON.parse(line), {
    keys: [{ algorithm: inputs.key.algorithm, keyid: inputs.key.keyid, publicKey: inputs.key.publicKey, source: 'the signing key' }],
    at: new Date(inputs.report.generatedAt),
  })
  if (!verification.valid) {
    throw new Error(
      `the attestation just signed does not verify (a bug, please report it): ${verification.rejections.map((r) => r.message).join('; ')}`,
    )
  }
  const state = badgeState(verification)
  return {
    files: { [ATTESTATION_FILE]: `${line}\n`, 'badge.svg': renderBadgeSvg(state), 'badge.json': renderBadgeEndpoint(state) },
    verification,
  }
}
