/** The verify sub-action (verify/action.yml): verifies an attestation offline in a workflow, e.g. before deploying or listing a project. */
import { basename, dirname } from 'node:path'
import { writeOutputFiles } from '../core/output-folder.js'
import * as core from '@actions/core'
import { verifyFile, verificationRecord, verifyOptionsFrom, type VerifyCommandOptions } from '../attest/verify-file.js'
import { loadPublicKey } from '../attest/keys.js'
import { UsageError } from '../core/errors.js'
import { printable } from '../core/printable.js'
import type { PublicVerificationKey } from '../attest/keys.js'
import { renderVerifySummary } from './verify-summary.js'

interface VerifyInputs {
  attestation: string
  options: VerifyCommandOptions
  /** Public keys given as PEM text in the input (paths go through options.key). */
  inlineKeys: PublicVerificationKey[]
  failOnInvalid: boolean
}

function readVerifyInputs(): VerifyInputs {
  const attestation = core.getInput('attestation', { required: true })
  const keyText = core.getInput('key')
  const inlineKeys: PublicVerificationKey[] = []
  const keyPaths: string[] = []
  // PEM blocks given inline, or one file path per line
  for (const pem of keyText.match(/-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/g) ?? [])
    inlineKeys.push(loadPublicKey(pem, 'the key input'))
  if (inlineKeys.length === 0)
    keyPaths.push(
      ...keyText
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    )
  const minLevel = core.getInput('min-level')
  if (minLevel && !['0', '1', '2', '3'].includes(minLevel)) throw new UsageError(`input min-level is "${minLevel}"; use 0, 1, 2 or 3`)
  const optional = (name: string) => core.getInput(name) || undefined
  const options: VerifyCommandOptions = { format: 'json', key: keyPaths }
  for (const [input, field] of [
    ['trusted-root', 'trustedRoot'],
    ['certificate-identity', 'certificateIdentity'],
    ['certificate-identity-regexp', 'certificateIdentityRegexp'],
    ['certificate-oidc-issuer', 'certificateOidcIssuer'],
    ['repo', 'repo'],
    ['commit', 'commit'],
    ['report', 'report'],
    ['at', 'at'],
  ] as const) {
    const value = optional(input)
    if (value) options[field] = value
  }
  if (minLevel) options.minLevel = Number(minLevel)
  return { attestation, options, inlineKeys, failOnInvalid: (core.getInput('fail') || 'true') !== 'false' }
}

export async function runVerifyAction(): Promise<void> {
  try {
    const inputs = readVerifyInputs()
    const trust = verifyOptionsFrom(inputs.options, inputs.inlineKeys)
    const results = verifyFile(inputs.attestation, trust)
    const record = verificationRecord(inputs.attestation, results) as { valid: boolean }
    if (process.env.GITHUB_STEP_SUMMARY) {
      try {
        await core.summary.addRaw(renderVerifySummary(inputs.attestation, results)).write()
      } catch (error) {
        core.warning(`The job summary could not be written: ${(error as Error).message}`)
      }
    }
    const recordPath = `${inputs.attestation}.verification.json`
    writeOutputFiles(dirname(recordPath), { [basename(recordPath)]: `${JSON.stringify(record, null, 2)}\n` })
    const first = results[0]?.verification
    core.setOutput('valid', String(record.valid))
    core.setOutput('level', String(first?.statement?.predicate.level ?? ''))
    core.setOutput('record-path', recordPath)
    if (record.valid)
      core.info(`valid: level ${first?.statement?.predicate.level} for ${first?.statement?.predicate.repository.url ?? 'a repository'}`)
    else {
      const reasons = results.flatMap((r) => r.verification.rejections.map((x) => `${x.code}: ${printable(x.message)}`)).join('; ')
      if (inputs.failOnInvalid) core.setFailed(`The attestation did not verify: ${reasons}`)
      else core.warning(`The attestation did not verify: ${reasons}`)
    }
  } catch (error) {
    core.setFailed(
      error instanceof UsageError
        ? error.message
        : `ois-ready verify failed with an internal error (a bug, please report it): ${(error as Error)?.stack ?? String(error)}`,
    )
  }
}
