/** The one place that reads the Action's inputs; everything after this takes typed values. */
import * as core from '@actions/core'
import { parseFailOn } from '../core/levels.js'
import type { FailOn } from '../core/report.js'
import { UsageError } from '../core/errors.js'
import { MAX_VALID_DAYS } from '../attest/verify.js'
import { sarifCategoryProblem } from '../report/sarif-category.js'

export type SignMode = 'auto' | 'sigstore' | 'key' | 'none'

export interface ActionInputs {
  path: string
  config?: string
  outputDir: string
  /** The code-scanning category of results.sarif; by default from the folder checked. */
  category?: string
  failOn: FailOn
  maxAnnotations: number
  sign: SignMode
  /** PEM text of the private key; registered as a secret so the runner masks it in logs. */
  signingKey?: string
  validDays: number
  /** Keyless signing services and trust; defaults are Sigstore's public-good instance. */
  sigstore: { fulcioURL?: string; rekorURL?: string; trustedRootPath?: string }
  /** Whether the workflow can mint an OIDC token (it has `id-token: write`). */
  oidcAvailable: boolean
  storeAttestation: boolean
  githubToken?: string
  publish: { release: boolean; branch?: string }
  network: boolean
  /** Offline vulnerability database folder (input vulndb). */
  vulndb?: string
}

export function readInputs(): ActionInputs {
  const failOnText = core.getInput('fail-on') || '1'
  const failOn = parseFailOn(failOnText)
  if (failOn === undefined) throw new UsageError(`input fail-on is "${failOnText}"; use none, 1, 2 or 3`)
  const maxText = core.getInput('max-annotations') || '10'
  const maxAnnotations = Number(maxText)
  if (!Number.isInteger(maxAnnotations) || maxAnnotations < 0)
    throw new UsageError(`input max-annotations is "${maxText}"; use a whole number, 0 or more`)
  const config = core.getInput('config')
  const category = core.getInput('category').trim()
  const categoryProblem = category ? sarifCategoryProblem(category) : undefined
  if (categoryProblem) throw new UsageError(`input category: ${categoryProblem}`)
  const sign = (core.getInput('sign') || 'auto') as SignMode
  if (!['auto', 'sigstore', 'key', 'none'].includes(sign)) throw new UsageError(`input sign is "${sign}"; use auto, sigstore, key or none`)
  const signingKey = core.getInput('signing-key')
  // the key stays in this typed value only: not in the environment that git and other children inherit
  delete process.env['INPUT_SIGNING-KEY']
  if (signingKey) {
    core.setSecret(signingKey)
    for (const line of signingKey.split(/\r?\n/)) if (line.trim().length > 8) core.setSecret(line.trim())
  }
  if (sign === 'key' && !signingKey)
    throw new UsageError(
      'sign is "key" but the signing-key input is empty: pass a secret, e.g. signing-key: ${{ secrets.OIS_READY_SIGNING_KEY }}',
    )
  const oidcAvailable = Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
  if (sign === 'sigstore' && !oidcAvailable) {
    throw new UsageError(
      'sign is "sigstore" but the workflow has no OIDC token: missing id-token permission. Add `permissions: id-token: write` to the job.',
    )
  }
  const githubToken = core.getInput('github-token')
  const publishList = (core.getInput('publish') || 'none').split(/[\s,]+/).filter(Boolean)
  const unknownTarget = publishList.find((t) => !['none', 'release', 'branch'].includes(t))
  if (unknownTarget) throw new UsageError(`input publish has "${unknownTarget}"; use none, or release and/or branch (comma-separated)`)
  const publishBranch = core.getInput('publish-branch') || 'ois-ready'
  if (!/^[\w.-]+(\/[\w.-]+)*$/.test(publishBranch) || publishBranch.includes('..'))
    throw new UsageError(`input publish-branch "${publishBranch}" is not a branch name`)
  const validText = core.getInput('valid-days') || '90'
  const validDays = Number(validText)
  if (!Number.isInteger(validDays) || validDays < 1 || validDays > MAX_VALID_DAYS) {
    throw new UsageError(`input valid-days is "${validText}"; use a whole number of days from 1 to ${MAX_VALID_DAYS}`)
  }
  const sigstoreInput = (name: string) => core.getInput(name) || undefined
  const fulcioURL = sigstoreInput('sigstore-fulcio-url')
  const rekorURL = sigstoreInput('sigstore-rekor-url')
  const trustedRootPath = sigstoreInput('sigstore-trusted-root')
  return {
    sign,
    oidcAvailable,
    sigstore: { ...(fulcioURL ? { fulcioURL } : {}), ...(rekorURL ? { rekorURL } : {}), ...(trustedRootPath ? { trustedRootPath } : {}) },
    storeAttestation: (core.getInput('store-attestation') || 'true') !== 'false',
    network: (core.getInput('network') || 'true') !== 'false',
    ...(core.getInput('vulndb') ? { vulndb: core.getInput('vulndb') } : {}),
    publish: { release: publishList.includes('release'), ...(publishList.includes('branch') ? { branch: publishBranch } : {}) },
    ...(githubToken ? { githubToken } : {}),
    ...(signingKey ? { signingKey } : {}),
    validDays,
    path: core.getInput('path') || '.',
    ...(config ? { config } : {}),
    ...(category ? { category } : {}),
    outputDir: core.getInput('output-dir') || 'ois-ready',
    failOn,
    maxAnnotations,
  }
}
