/**
 * The Action on a Forgejo runner: the environment it sets (GitHub-compatible GITHUB_* variables
 * naming its own instance and API, FORGEJO_ACTIONS and GITEA_ACTIONS), never github.com by assumption.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateKeyPair } from '../../src/attest/keys.js'
import { cleanup, fixtureRepo, git, tempDir } from '../helpers/repo.js'
import { parseOutputs, runAction, runCli } from '../helpers/process.js'

afterAll(cleanup)

test('a Forgejo runner: the repository is on its instance, signed with the key, not published through the GitHub API', () => {
  const root = fixtureRepo('exemplary', { commits: [{ tags: ['v1.2.0'] }] })
  const commit = git(root, ['rev-parse', 'HEAD']).trim()
  const files = tempDir()
  const outputFile = join(files, 'output')
  writeFileSync(outputFile, '')
  const pair = generateKeyPair('ed25519')
  writeFileSync(join(files, 'ci.pub'), pair.publicPem)
  const r = runAction(
    {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITEA_ACTIONS: 'true',
      GITEA_ACTIONS_RUNNER_VERSION: 'v11.1.2',
      FORGEJO_ACTIONS: 'true',
      FORGEJO_ACTIONS_RUNNER_VERSION: 'v11.1.2',
      GITHUB_SERVER_URL: 'https://codeberg.org',
      GITHUB_API_URL: 'https://codeberg.org/api/v1',
      GITHUB_GRAPHQL_URL: '',
      GITHUB_REPOSITORY: 'kommune/forms',
      GITHUB_REF: 'refs/tags/v1.2.0',
      GITHUB_SHA: commit,
      GITHUB_WORKSPACE: root,
      GITHUB_OUTPUT: outputFile,
      // Forgejo's automatic token: for Forgejo's API only, never sent to GitHub's
      INPUT_GITHUB_TOKEN: 'forgejo-token-for-forgejo-only',
      'INPUT_SIGNING-KEY': pair.privatePem,
      INPUT_PUBLISH: 'release',
      'INPUT_FAIL-ON': '2',
      INPUT_NETWORK: 'false',
    },
    root,
  )
  expect(r.status).toBe(0)
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'))
  expect(outputs.signer).toBe('key')
  const report = JSON.parse(readFileSync(outputs['report-path']!, 'utf8'))
  expect(report.repository).toMatchObject({ url: 'https://codeberg.org/kommune/forms', ref: 'refs/tags/v1.2.0', commit })
  expect(r.stdout).toContain(
    "::warning::Not published: publish uses GitHub's API, and this runner is Forgejo's; the attestation and badge are in",
  )
  expect(r.stdout + r.stderr).not.toContain('forgejo-token-for-forgejo-only')
  const verify = runCli([
    'verify',
    outputs['attestation-path']!,
    '--key',
    join(files, 'ci.pub'),
    '--repo',
    'https://codeberg.org/kommune/forms',
    '--commit',
    commit,
  ])
  expect(verify.status).toBe(0)
})

describe('auto signing on Forgejo', () => {
  test("an OIDC token alone does not send Forgejo's token to Sigstore's public-good Fulcio: without a key the run is unsigned", () => {
    const root = fixtureRepo('exemplary')
    const files = tempDir()
    const outputFile = join(files, 'output')
    writeFileSync(outputFile, '')
    const r = runAction(
      {
        GITHUB_ACTIONS: 'true',
        GITEA_ACTIONS: 'true',
        FORGEJO_ACTIONS: 'true',
        GITHUB_SERVER_URL: 'https://codeberg.org',
        GITHUB_REPOSITORY: 'kommune/forms',
        GITHUB_WORKSPACE: root,
        GITHUB_OUTPUT: outputFile,
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
        INPUT_NETWORK: 'false',
      },
      root,
    )
    expect(r.status).toBe(0)
    expect(parseOutputs(readFileSync(outputFile, 'utf8')).signer).toBe('none')
  })
})
