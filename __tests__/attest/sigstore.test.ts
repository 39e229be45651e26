import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SerializedBundle } from '@sigstore/bundle'
import { signWithSigstore } from '../../src/attest/sign-sigstore.js'
import { verifySigstoreBundle, type SigstoreTrust } from '../../src/attest/verify-sigstore.js'
import type { Statement } from '../../src/attest/statement.js'
import { exemplaryStatement } from '../helpers/attest.js'
import { cleanup } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'
import { IDENTITY, ISSUER, githubClaims, startSigstore, type SigstoreEnv } from '../helpers/sigstore-env.js'

/** Token claims of the workflow run that checked this statement's commit. */
const claimsFor = (s: Statement) => githubClaims('refs/heads/main', 'kommune/forms', s.predicate.repository.commit)
import { TestCA, TestRekor, trustedRootJSON } from '../helpers/fake-sigstore.js'

let env: SigstoreEnv
let statement: Statement
let bundle: SerializedBundle
let ca2: TestCA

beforeAll(async () => {
  env = await startSigstore()
  ca2 = await new TestCA().init()
  ;({ statement } = await exemplaryStatement())
  bundle = await signWithSigstore(statement, {
    identityToken: env.token(claimsFor(statement)),
    fulcioURL: env.fulcioURL,
    rekorURL: env.rekorURL,
  })
})
afterAll(async () => {
  await env.close()
  cleanup()
})

const trust = (extra: Partial<SigstoreTrust> = {}): SigstoreTrust => ({
  trustedRoot: env.trustedRoot,
  identity: IDENTITY,
  issuer: ISSUER,
  ...extra,
})
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v))

describe('keyless signing and offline verification (local Fulcio and Rekor, generated trusted root)', () => {
  test('the bundle is a Sigstore bundle v0.3 around our DSSE statement, logged in Rekor', () => {
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    expect(bundle.dsseEnvelope?.payloadType).toBe('application/vnd.in-toto+json')
    expect(bundle.verificationMaterial.tlogEntries[0]?.kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' })
  })

  test('it verifies offline with the exact identity, or an anchored regular expression', () => {
    const v = verifySigstoreBundle(copy(bundle), trust(), { at: TEST_NOW, minLevel: 2 })
    expect(v.rejections).toEqual([])
    expect(v.signer).toEqual({ type: 'sigstore', identity: IDENTITY, issuer: ISSUER, sourceRepository: 'https://github.com/kommune/forms' })
    expect(v.statement?.predicate.level).toBe(2)
    const re = verifySigstoreBundle(
      copy(bundle),
      trust({ identity: undefined, identityRegexp: 'https://github\\.com/kommune/forms/\\.github/workflows/.*@refs/heads/main' }),
      { at: TEST_NOW },
    )
    expect(re.valid).toBe(true)
  })

  test.each<[string, Partial<SigstoreTrust>, string]>([
    [
      'another workflow expected',
      { identity: 'https://github.com/kommune/forms/.github/workflows/other.yml@refs/heads/main' },
      'wrong-identity',
    ],
    [
      'a prefix of the identity is not enough',
      { identity: 'https://github.com/kommune/forms/.github/workflows/ois-ready.yml@refs/heads/mai' },
      'wrong-identity',
    ],
    ['another issuer expected', { issuer: 'https://accounts.google.com' }, 'wrong-identity'],
    ['a trusted root with another Rekor key', { trustedRoot: 'other-rekor' }, 'bad-signature'],
    ['a trusted root with another CA', { trustedRoot: 'other-ca' }, 'bad-signature'],
  ])('rejects: %s', (_name, extra, code) => {
    const t = trust(extra)
    if (extra.trustedRoot) t.trustedRoot = alteredRoot(extra.trustedRoot as string)
    const v = verifySigstoreBundle(copy(bundle), t, { at: TEST_NOW })
    expect(v.valid).toBe(false)
    expect(v.rejections.map((r) => r.code)).toEqual([code])
  })

  test('an identity of another branch does not pass an anchored identity check', async () => {
    const evil = await signWithSigstore(statement, {
      identityToken: env.token(githubClaims('refs/heads/main-evil', 'kommune/forms', statement.predicate.repository.commit)),
      fulcioURL: env.fulcioURL,
      rekorURL: env.rekorURL,
    })
    expect(verifySigstoreBundle(copy(evil), trust(), { at: TEST_NOW }).rejections[0]?.code).toBe('wrong-identity')
  })

  test('a tampered payload, a removed log entry and a changed payload type are rejected', () => {
    const tampered = copy(bundle)
    tampered.dsseEnvelope!.payload = Buffer.from(
      Buffer.from(bundle.dsseEnvelope!.payload, 'base64').toString().replace('"level":2', '"level":3'),
    ).toString('base64')
    expect(verifySigstoreBundle(tampered, trust(), { at: TEST_NOW }).rejections[0]?.code).toBe('bad-signature')
    const unlogged = copy(bundle)
    unlogged.verificationMaterial.tlogEntries = []
    expect(verifySigstoreBundle(unlogged, trust(), { at: TEST_NOW }).valid).toBe(false)
    const typed = copy(bundle)
    typed.dsseEnvelope!.payloadType = 'application/json'
    expect(verifySigstoreBundle(typed, trust(), { at: TEST_NOW }).rejections[0]?.code).toBe('payload-type')
  })

  test('the repository and commit must be those in the certificate: another repository cannot attest this one', async () => {
    const mallory = await signWithSigstore(statement, {
      identityToken: env.token(githubClaims('refs/heads/main', 'mallory/evil', statement.predicate.repository.commit)),
      fulcioURL: env.fulcioURL,
      rekorURL: env.rekorURL,
    })
    const loose = trust({
      identity: undefined,
      identityRegexp: 'https://github\\.com/[^/]+/[^/]+/\\.github/workflows/ois-ready\\.yml@refs/heads/main',
    })
    const v = verifySigstoreBundle(copy(mallory), loose, { at: TEST_NOW, repo: 'https://github.com/kommune/forms', minLevel: 2 })
    expect(v.valid).toBe(false)
    expect(v.rejections).toEqual([
      {
        code: 'repo-mismatch',
        message:
          'the attestation claims https://github.com/kommune/forms, but the certificate was issued for https://github.com/mallory/evil',
      },
    ])
    const otherCommit = await signWithSigstore(statement, {
      identityToken: env.token(githubClaims()),
      fulcioURL: env.fulcioURL,
      rekorURL: env.rekorURL,
    })
    expect(verifySigstoreBundle(copy(otherCommit), trust(), { at: TEST_NOW }).rejections.map((r) => r.code)).toEqual(['commit-mismatch'])
  })

  test('the statement checks apply to bundles too', () => {
    const v = verifySigstoreBundle(copy(bundle), trust(), { at: TEST_NOW, minLevel: 3, commit: 'deadbeef' })
    expect(v.rejections.map((r) => r.code)).toEqual(['commit-mismatch', 'level-too-low'])
  })
})

/** The trusted root with the Rekor key or the CA certificate of another, unrelated service. */
function alteredRoot(what: string): unknown {
  const root = copy(env.trustedRoot) as {
    tlogs: { publicKey: { rawBytes: string } }[]
    certificateAuthorities: { certChain: { certificates: { rawBytes: string }[] } }[]
  }
  const stranger = trustedRootJSON(ca2, new TestRekor()) as unknown as typeof root
  if (what === 'other-rekor') root.tlogs[0]!.publicKey.rawBytes = stranger.tlogs[0]!.publicKey.rawBytes
  else root.certificateAuthorities[0]!.certChain = stranger.certificateAuthorities[0]!.certChain
  return root
}
