import { beforeAll, afterAll, describe, expect, test } from '@jest/globals'
import { signEnvelope, serialiseStatement } from '../../src/attest/sign-key.js'
import type { Envelope } from '../../src/attest/dsse.js'
import type { Statement } from '../../src/attest/statement.js'
import { verifyEnvelope } from '../../src/attest/verify.js'
import { exemplaryStatement, testKey } from '../helpers/attest.js'
import { prng } from '../helpers/process.js'
import { cleanup } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'

afterAll(cleanup)

const flipByte = (b64: string, index: number, bit: number): string => {
  const bytes = Buffer.from(b64, 'base64')
  bytes[index % bytes.length]! ^= 1 << bit
  return bytes.toString('base64')
}
const flipChar = (text: string, index: number): string => {
  const i = index % text.length
  const c = text[i]!
  return text.slice(0, i) + (c === 'A' ? 'B' : 'A') + text.slice(i + 1)
}

let statement: Statement

beforeAll(async () => {
  ;({ statement } = await exemplaryStatement())
})

describe('mutation test: no altered envelope is accepted', () => {
  test('at least 1,000 mutations of valid Ed25519 and ECDSA envelopes are all rejected', () => {
    const random = prng(20261124)
    const keys = [testKey('ed25519'), testKey('ecdsa-p256')]
    const strangers = [testKey('ed25519'), testKey('ecdsa-p256')]
    const mutations: [string, unknown, number][] = [] // name, envelope, index of the trusted key
    keys.forEach((key, k) => {
      const valid = signEnvelope(statement, key.private)
      const sig = valid.signatures[0]!
      const payloadLength = Buffer.from(valid.payload, 'base64').length
      const sigLength = Buffer.from(sig.sig, 'base64').length
      const original = JSON.stringify(valid)
      const add = (name: string, envelope: unknown) => {
        // a mutation that changes nothing would prove nothing
        if (JSON.stringify(envelope) === original) throw new Error(`mutation "${name}" does not change the envelope`)
        mutations.push([`${key.algorithm}: ${name}`, envelope, k])
      }
      // bytes flipped in the payload, the signature, the key id and the payload type
      for (let i = 0; i < 300; i++)
        add(`payload bit ${i}`, { ...valid, payload: flipByte(valid.payload, Math.floor(random() * payloadLength), i % 8) })
      for (let i = 0; i < 150; i++)
        add(`signature bit ${i}`, { ...valid, signatures: [{ ...sig, sig: flipByte(sig.sig, Math.floor(random() * sigLength), i % 8) }] })
      for (let i = 0; i < 40; i++)
        add(`key id char ${i}`, { ...valid, signatures: [{ ...sig, keyid: flipChar(sig.keyid!, Math.floor(random() * 64)) }] })
      for (let i = 0; i < 29; i++) add(`payload type char ${i}`, { ...valid, payloadType: flipChar(valid.payloadType, i) })
      // the signature of another key, under this key id and under the other key's id
      const foreign = signEnvelope(statement, strangers[k]!.private).signatures[0]!
      add('foreign signature, own key id', { ...valid, signatures: [{ keyid: sig.keyid, sig: foreign.sig }] })
      add('foreign signature and key id', { ...valid, signatures: [foreign] })
      // signatures duplicated or removed
      add('signature duplicated', { ...valid, signatures: [sig, sig] })
      add('signature duplicated without key id', { ...valid, signatures: [sig, { sig: sig.sig }] })
      add('no signatures', { ...valid, signatures: [] })
      add('signatures missing', { payloadType: valid.payloadType, payload: valid.payload })
      add('empty signature', { ...valid, signatures: [{ ...sig, sig: '' }] })
      add('extra envelope field', { ...valid, payloadType2: 'x' })
      // base64 variants that are not the canonical encoding of the signed bytes
      add('payload with a newline', { ...valid, payload: `${valid.payload.slice(0, 40)}\n${valid.payload.slice(40)}` })
      // one of two or more standard-only characters spelt URL-safe: both alphabets in one string. (With a single
      // one, the result is the same bytes in the URL-safe alphabet, which DSSE accepts: the test below.) The
      // payload is JSON text, whose base64 seldom holds + or /; the signature's random bytes nearly always do.
      const mixed = (text: string) =>
        (text.match(/[+/]/g) ?? []).length >= 2 ? text.replace(/[+/]/, (c) => (c === '+' ? '-' : '_')) : undefined
      const mixedPayload = mixed(valid.payload)
      if (mixedPayload) add('payload with mixed alphabets', { ...valid, payload: mixedPayload })
      const mixedSig = mixed(sig.sig)
      if (mixedSig) add('signature with mixed alphabets', { ...valid, signatures: [{ ...sig, sig: mixedSig }] })
      add('payload with a URL-safe character after padding', { ...valid, payload: `${valid.payload}-` })
      add('signature without padding', { ...valid, signatures: [{ ...sig, sig: sig.sig.replace(/=+$/, '') + 'A' }] })
      add('payload truncated', { ...valid, payload: valid.payload.slice(0, -4) })
      add('signature truncated', { ...valid, signatures: [{ ...sig, sig: sig.sig.slice(0, -4) }] })
      // statements re-encoded with changed subjects or levels, under the original signature
      const reencode = (name: string, change: (s: Statement) => void) => {
        const s = structuredClone(statement)
        change(s)
        add(name, { ...valid, payload: serialiseStatement(s).toString('base64') })
        add(`${name} (pretty JSON)`, { ...valid, payload: Buffer.from(JSON.stringify(s, null, 2)).toString('base64') })
      }
      for (const level of [0, 1, 3] as const) reencode(`level ${level}`, (s) => (s.predicate.level = level))
      reencode('commit subject changed', (s) => (s.subject[0]!.digest.gitCommit = 'f'.repeat(40)))
      reencode('commit in predicate and subject changed', (s) => {
        s.subject[0]!.digest.gitCommit = 'e'.repeat(40)
        s.predicate.repository.commit = 'e'.repeat(40)
      })
      reencode('repository changed', (s) => (s.predicate.repository.url = 'https://github.com/evil/forms'))
      reencode('report digest changed', (s) => (s.subject[1]!.digest.sha256 = '0'.repeat(64)))
      reencode('validity extended', (s) => (s.predicate.validUntil = '2099-01-01T00:00:00.000Z'))
      reencode('exemption added', (s) =>
        s.predicate.exemptions.push({ check: 'readme', reason: 'slipped in', expires: '2099-01-01', status: 'applied' }),
      )
      reencode('a check turned to fail', (s) => (s.predicate.checks[0]!.status = 'fail'))
      reencode('a failing check hidden', (s) => (s.predicate.checks = s.predicate.checks.slice(1)))
      reencode('subject added', (s) => s.subject.push({ name: 'x', digest: { sha256: '1'.repeat(64) } }))
      // the same statement in other bytes: the signature covers bytes, so it must not verify
      const reordered = { ...statement, predicate: Object.fromEntries(Object.entries(statement.predicate).reverse()) }
      add('same statement, key order changed', { ...valid, payload: Buffer.from(JSON.stringify(reordered)).toString('base64') })
    })
    // keys swapped: a valid envelope checked against the other trusted key only
    keys.forEach((key, k) => {
      const valid = signEnvelope(statement, key.private)
      mutations.push([`${key.algorithm}: verified with the other trusted key`, valid, 1 - k])
    })
    expect(mutations.length).toBeGreaterThanOrEqual(1000)
    const accepted = mutations.filter(
      ([, envelope, k]) => verifyEnvelope(JSON.parse(JSON.stringify(envelope)), { keys: [keys[k]!.public], at: TEST_NOW }).valid,
    )
    expect(accepted.map(([name]) => name)).toEqual([])
  })

  test('the unaltered envelopes verify (the mutations are measured against valid ones)', () => {
    for (const alg of ['ed25519', 'ecdsa-p256'] as const) {
      const key = testKey(alg)
      const env: Envelope = signEnvelope(statement, key.private)
      expect(verifyEnvelope(JSON.parse(JSON.stringify(env)), { keys: [key.public], at: TEST_NOW }).valid).toBe(true)
      // the whole envelope in the URL-safe alphabet is the same envelope (DSSE: verifiers must accept either)
      const url = {
        ...env,
        payload: Buffer.from(env.payload, 'base64').toString('base64url'),
        signatures: env.signatures.map((s) => ({ ...s, sig: Buffer.from(s.sig, 'base64').toString('base64url') })),
      }
      expect(verifyEnvelope(url, { keys: [key.public], at: TEST_NOW }).valid).toBe(true)
    }
  })
})
