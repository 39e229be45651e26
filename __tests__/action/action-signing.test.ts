import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateKeyPair } from '../../src/attest/keys.js'
import { cleanup, fixtureRepo, git, tempDir } from '../helpers/repo.js'
import { runActionAsync, parseOutputs } from '../helpers/process.js'
import { startLocalServer } from '../helpers/local-github.js'
import { IDENTITY, ISSUER, githubClaims, startSigstore, type SigstoreEnv } from '../helpers/sigstore-env.js'
import { runCli } from '../helpers/process.js'

let sigstore: SigstoreEnv
beforeAll(async () => {
  sigstore = await startSigstore()
})
afterAll(async () => {
  await sigstore.close()
  cleanup()
})

async function action(inputs: Record<string, string>, workspace: string, extra: Record<string, string> = {}) {
  const files = tempDir()
  const outputFile = join(files, 'output')
  const summaryFile = join(files, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: workspace, ...extra }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const r = await runActionAsync(env, workspace)
  return { ...r, outputs: parseOutputs(readFileSync(outputFile, 'utf8')) }
}

describe('signing in the Action', () => {
  test('keyless: the OIDC token, local Fulcio and Rekor, a bundle that verifies offline, and storage through the attestations API', async () => {
    const root = fixtureRepo('exemplary', { commits: [{ tags: ['v1.2.0'] }] })
    // the runner's token names the repository and the commit the workflow runs on
    const claims = githubClaims('refs/heads/main', 'kommune/forms', git(root, ['rev-parse', 'HEAD']).trim())
    const oidc = await startLocalServer((req) =>
      req.headers.authorization === 'Bearer runtime-token' && req.url.includes('audience=sigstore')
        ? { status: 200, body: { value: sigstore.token(claims) } }
        : { status: 401, body: { message: 'bad token request' } },
    )
    const api = await startLocalServer((req) =>
      req.method === 'POST' && req.url === '/repos/kommune/forms/attestations' && req.headers.authorization === 'token ghs_test'
        ? { status: 201, body: { id: 4242 } }
        : { status: 404, body: { message: 'Not Found' } },
    )
    const rootFile = join(tempDir(), 'trusted_root.json')
    writeFileSync(rootFile, JSON.stringify(sigstore.trustedRoot))
    try {
      const r = await action(
        {
          'fail-on': '2',
          'github-token': 'ghs_test',
          'sigstore-fulcio-url': sigstore.fulcioURL,
          'sigstore-rekor-url': sigstore.rekorURL,
          'sigstore-trusted-root': rootFile,
        },
        root,
        {
          ACTIONS_ID_TOKEN_REQUEST_URL: `${oidc.url}/token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-token',
          GITHUB_REPOSITORY: 'kommune/forms',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_API_URL: api.url,
        },
      )
      expect(r.stdout).not.toContain('::error')
      expect(r.status).toBe(0)
      expect(r.outputs).toMatchObject({ signer: 'sigstore', 'attestation-id': '4242', 'certificate-identity': IDENTITY })
      const stored = JSON.parse(api.requests[0]!.body.toString())
      expect(stored.bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
      // a certification body verifies it offline with the pinned trusted root and the identity
      const v = runCli([
        'verify',
        r.outputs['attestation-path']!,
        '--trusted-root',
        rootFile,
        '--certificate-identity',
        IDENTITY,
        '--certificate-oidc-issuer',
        ISSUER,
        '--repo',
        'https://github.com/kommune/forms',
        '--min-level',
        '2',
      ])
      expect(JSON.parse(v.stdout)).toMatchObject({
        valid: true,
        attestations: [{ signer: { type: 'sigstore', identity: IDENTITY, issuer: ISSUER }, level: 2 }],
      })
      expect(v.status).toBe(0)
      const wrong = runCli([
        'verify',
        r.outputs['attestation-path']!,
        '--trusted-root',
        rootFile,
        '--certificate-identity',
        IDENTITY.replace('main', 'dev'),
        '--certificate-oidc-issuer',
        ISSUER,
      ])
      expect(wrong.status).toBe(1)
      expect(JSON.parse(wrong.stdout).attestations[0].rejections[0].code).toBe('wrong-identity')
    } finally {
      await oidc.close()
      await api.close()
    }
  })

  test('sign: sigstore without the id-token permission fails early with the permission to add', async () => {
    const root = fixtureRepo('exemplary')
    const r = await action({ sign: 'sigstore' }, root)
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(
      '::error::sign is "sigstore" but the workflow has no OIDC token: missing id-token permission. Add `permissions: id-token: write` to the job.',
    )
    expect(r.outputs).toEqual({})
  })

  test('sign: key signs with the signing-key secret and masks it', async () => {
    const pair = generateKeyPair('ecdsa-p256')
    const root = fixtureRepo('exemplary')
    const r = await action({ sign: 'key', 'signing-key': pair.privatePem, 'fail-on': 'none' }, root)
    expect(r.status).toBe(0)
    expect(r.outputs.signer).toBe('key')
    // the key is registered as a secret, line by line, and its body is in no output or file
    const body = pair.privatePem.split('\n')[1]!
    expect(r.stdout).toContain(`::add-mask::${body}`)
    // the runner consumes ::add-mask:: lines (they are how a secret gets masked); nothing else may hold the key
    expect(
      r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(body)
    expect(JSON.stringify(r.outputs)).not.toContain(body)
    for (const name of ['attestation.intoto.jsonl', 'report.json', 'summary.md', 'results.sarif', 'badge.svg', 'badge.json']) {
      expect(readFileSync(join(root, 'ois-ready', name), 'utf8')).not.toContain(body)
    }
    const pub = join(tempDir(), 'k.pub')
    writeFileSync(pub, pair.publicPem)
    expect(runCli(['verify', r.outputs['attestation-path']!, '--key', pub]).status).toBe(0)
    expect(readFileSync(r.outputs['attestation-path']!, 'utf8')).not.toContain('PRIVATE KEY')
  })

  test('auto without a token or a key warns that nothing was signed', async () => {
    const root = fixtureRepo('exemplary')
    const r = await action({ 'fail-on': 'none' }, root)
    expect(r.status).toBe(0)
    expect(r.outputs.signer).toBe('none')
    expect(r.stdout).toContain('::warning::Not signed: no OIDC token')
  })
})
