/** The verify sub-action (verify/action.yml): verifies an attestation offline in a workflow, e.g. before deploying or listing a project. */
import { basename, dirname } from 'node:path'
import { writeOutputFiles } from '../core/output-folder.js'
import * as core from '@actions/core'
import { verifyOptionsFrom, verifyToRecordInParallel, type VerifyCommandOptions } from '../attest/verify-file.js'
import type { Verification } from '../attest/verify.js'
import { loadPublicKey } from '../attest/keys.js'
import { internalErrorLine, UsageError } from '../core/errors.js'
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
    let first: Verification | undefined
    const reasons: string[] = []
    // for the job summary: a workflow verifies a few attestations
    const results: { line: number; verification: Verification }[] = []
    const recorded = await verifyToRecordInParallel(inputs.attestation, trust, ({ line, verification }) => {
      first ??= verification
      results.push({ line, verification })
      for (const x of verification.rejections) reasons.push(`${x.code}: ${printable(x.message)}`)
    })
    if (process.env.GITHUB_STEP_SUMMARY) {
      try {
        await core.summary.addRaw(renderVerifySummary(inputs.attestation, results)).write()
      } catch (error) {
        core.warning(`The job summary could not be written: ${(error as Error).message}`)
      }
    }
    const recordPath = `${inputs.attestation}.verification.json`
    try {
      // a workflow verifies a few attestations: the record is joined, then written whole and not through a link
      const record = Buffer.concat([...recorded.text()].map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece)))
      writeOutputFiles(dirname(recordPath), { [basename(recordPath)]: record })
    } finally {
      recorded.dispose()
    }
    core.setOutput('valid', String(recorded.valid))
    core.setOutput('level', String(first?.statement?.predicate.level ?? ''))
    core.setOutput('record-path', recordPath)
    if (recorded.valid)
      core.info(`valid: level ${first?.statement?.predicate.level} for ${first?.statement?.predicate.repository.url ?? 'a repository'}`)
    else {
      const joined = reasons.join('; ')
      if (inputs.failOnInvalid) core.setFailed(`The attestation did not verify: ${joined}`)
      else core.warning(`The attestation did not verify: ${joined}`)
    }
  } catch (error) {
    if (error instanceof UsageError) core.setFailed(error.message)
    else {
      // the stack trace is in the debug log (re-run the job with debug logging to see it)
      core.debug((error instanceof Error && error.stack) || String(error))
      core.setFailed(`ois-ready verify: ${internalErrorLine(error, 're-run the job with debug logging for the stack trace')}`)
    }
  }
}
