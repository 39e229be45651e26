import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { SerializedBundle } from '@sigstore/bundle'
import { signWithSigstore } from '../../src/attest/sign-sigstore.js'
import { verifySigstoreBundle, makeVerifier, type SigstoreTrust } from '../../src/attest/verify-sigstore.js'
import { serialiseStatement } from '../../src/attest/sign-key.js'
import type { Statement } from '../../src/attest/statement.js'
import { exemplaryStatement } from '../helpers/attest.js'
import { prng } from '../helpers/process.js'
import { cleanup } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'
import { IDENTITY, ISSUER, githubClaims, startSigstore, type SigstoreEnv } from '../helpers/sigstore-env.js'

let env: SigstoreEnv
let statement: Statement
let bundle: SerializedBundle

beforeAll(async () => {
  env = await startSigstore()
  ;({ statement } = await exemplaryStatement())
  bundle = await signWithSigstore(statement, {
    identityToken: env.token(githubClaims('refs/heads/main', 'kommune/forms', statement.predicate.repository.commit)),
    fulcioURL: env.fulcioURL,
    rekorURL: env.rekorURL,
  })
})
afterAll(async () => {
  await env.close()
  cleanup()
})

const flip = (b64: string, random: () => number): string => {
  const bytes = Buffer.from(b64, 'base64')
  bytes[Math.floor(random() * bytes.length)]! ^= 1 << Math.floor(random() * 8)
  return bytes.toString('base64')
}

describe('mutation test: no altered Sigstore bundle is accepted', () => {
  test('hundreds of mutations of a valid bundle are all rejected', () => {
    const random = prng(1124)
    const original = JSON.stringify(bundle)
    const mutations: [string, SerializedBundle][] = []
    const add = (name: string, change: (b: SerializedBundle) => void) => {
      const b = JSON.parse(original) as SerializedBundle
      change(b)
      if (JSON.stringify(b) === original) throw new Error(`mutation "${name}" changes nothing`)
      mutations.push([name, b])
    }
    const entry = (b: SerializedBundle) => b.verificationMaterial.tlogEntries[0]!
    for (let i = 0; i < 120; i++) add(`payload bit ${i}`, (b) => (b.dsseEnvelope!.payload = flip(b.dsseEnvelope!.payload, random)))
    for (let i = 0; i < 60; i++)
      add(`signature bit ${i}`, (b) => (b.dsseEnvelope!.signatures[0]!.sig = flip(b.dsseEnvelope!.signatures[0]!.sig, random)))
    for (let i = 0; i < 60; i++)
      add(
        `certificate bit ${i}`,
        (b) => (b.verificationMaterial.certificate!.rawBytes = flip(b.verificationMaterial.certificate!.rawBytes, random)),
      )
    for (let i = 0; i < 40; i++)
      add(`log entry body bit ${i}`, (b) => (entry(b).canonicalizedBody = flip(entry(b).canonicalizedBody, random)))
    for (let i = 0; i < 40; i++)
      add(
        `signed entry timestamp bit ${i}`,
        (b) => (entry(b).inclusionPromise!.signedEntryTimestamp = flip(entry(b).inclusionPromise!.signedEntryTimestamp, random)),
      )
    for (let i = 0; i < 20; i++)
      add(`inclusion proof root bit ${i}`, (b) => (entry(b).inclusionProof!.rootHash = flip(entry(b).inclusionProof!.rootHash, random)))
    add('integrated time moved', (b) => (entry(b).integratedTime = String(Number(entry(b).integratedTime) + 3600)))
    add('log index changed', (b) => (entry(b).logIndex = String(Number(entry(b).logIndex) + 1)))
    add('log id changed', (b) => (entry(b).logId.keyId = Buffer.alloc(32, 1).toString('base64')))
    add('log entry removed', (b) => (b.verificationMaterial.tlogEntries = []))
    add('certificate removed', (b) => delete (b.verificationMaterial as { certificate?: unknown }).certificate)
    add('signature removed', (b) => (b.dsseEnvelope!.signatures = []))
    add('signature duplicated', (b) => b.dsseEnvelope!.signatures.push(b.dsseEnvelope!.signatures[0]!))
    add('payload type changed', (b) => (b.dsseEnvelope!.payloadType = 'application/vnd.in-toto+jsonx'))
    add('media type changed', (b) => (b.mediaType = 'application/vnd.dev.sigstore.bundle.v0.9+json'))
    for (const level of [0, 1, 3] as const) {
      add(`statement re-encoded with level ${level}`, (b) => {
        const s = structuredClone(statement)
        s.predicate.level = level
        b.dsseEnvelope!.payload = serialiseStatement(s).toString('base64')
      })
    }
    add('statement re-encoded with another commit', (b) => {
      const s = structuredClone(statement)
      s.subject[0]!.digest.gitCommit = 'c'.repeat(40)
      s.predicate.repository.commit = 'c'.repeat(40)
      b.dsseEnvelope!.payload = serialiseStatement(s).toString('base64')
    })
    const trust: SigstoreTrust = { trustedRoot: env.trustedRoot, identity: IDENTITY, issuer: ISSUER }
    const prepared = makeVerifier(trust)
    expect(mutations.length).toBeGreaterThanOrEqual(350)
    const accepted = mutations.filter(([, b]) => verifySigstoreBundle(b, trust, { at: TEST_NOW }, prepared).valid)
    expect(accepted.map(([name]) => name)).toEqual([])
    // measured against a bundle that does verify
    expect(verifySigstoreBundle(JSON.parse(original), trust, { at: TEST_NOW }, prepared).valid).toBe(true)
  })
})
