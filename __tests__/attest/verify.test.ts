import { registry } from '../../src/pipeline/registry.js'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import canonicalize from 'canonicalize'
import { loadPrivateKey, loadPublicKey, signBytes } from '../../src/attest/keys.js'
import { pae } from '../../src/attest/dsse.js'
import { signEnvelope } from '../../src/attest/sign-key.js'
import { PAYLOAD_TYPE, sha256Hex, type Statement } from '../../src/attest/statement.js'
import { verifyEnvelope, type VerifyOptions } from '../../src/attest/verify.js'
import { badgeState } from '../../src/attest/badge.js'
import { exemplaryStatement, testKey, type TestKey } from '../helpers/attest.js'
import { cleanup } from '../helpers/repo.js'
import { TEST_NOW } from '../helpers/check.js'

afterAll(cleanup)

let statement: Statement
let reportJson: string
const ed = testKey('ed25519')
const ec = testKey('ecdsa-p256')
const other = testKey('ed25519')

beforeAll(async () => {
  ;({ statement, reportJson } = await exemplaryStatement())
})

const opts = (key: TestKey, extra: Partial<VerifyOptions> = {}): VerifyOptions => ({ keys: [key.public], at: TEST_NOW, ...extra })
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value))
const canon = (value: unknown) => canonicalize(value) ?? ''
const withPredicate = (s: Statement, change: Partial<Statement['predicate']>): Statement => ({
  ...s,
  predicate: { ...s.predicate, ...change },
})
/** Signs arbitrary payload bytes, as an attacker with a trusted key (or a buggy signer) could. */
function signRaw(payload: string, key: TestKey): unknown {
  const bytes = Buffer.from(payload)
  const sig = signBytes(key.private, pae(PAYLOAD_TYPE, bytes))
  return {
    payloadType: PAYLOAD_TYPE,
    payload: bytes.toString('base64'),
    signatures: [{ keyid: key.private.keyid, sig: sig.toString('base64') }],
  }
}
const codes = (v: { rejections: { code: string }[] }) => v.rejections.map((r) => r.code)
const mutate = (f: (s: Statement) => void): Statement => {
  const copy = structuredClone(statement)
  f(copy)
  return copy
}

describe('keys', () => {
  test('the key id is the sha256 of the SPKI; Ed25519 and ECDSA P-256 load', () => {
    for (const key of [ed, ec]) {
      expect(key.private.keyid).toBe(key.public.keyid)
      expect(key.public.keyid).toBe(sha256Hex(key.public.publicKey.export({ type: 'spki', format: 'der' })))
    }
    expect(ec.private.algorithm).toBe('ecdsa-p256')
  })

  test('RSA and P-384 keys are refused with the fix; a broken PEM is named without its content', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    expect(() => loadPrivateKey(rsa, 'k.pem')).toThrow(
      'k.pem: RSA keys are not supported; use an Ed25519 or ECDSA P-256 key (ois-ready keygen makes one)',
    )
    const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey.export({ type: 'spki', format: 'pem' }).toString()
    expect(() => loadPublicKey(p384, 'p.pub')).toThrow('p.pub: EC secp384r1 keys are not supported')
    const broken = '-----BEGIN PRIVATE KEY-----\nSECRETSECRETSECRET\n-----END PRIVATE KEY-----\n'
    let message = ''
    try {
      loadPrivateKey(broken, 'OIS_READY_SIGNING_KEY')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toBe(
      'OIS_READY_SIGNING_KEY is not a PEM private key (expected "-----BEGIN PRIVATE KEY-----", as ois-ready keygen writes)',
    )
  })
})

describe('verification', () => {
  test.each([['ed25519'], ['ecdsa-p256']])('a %s-signed attestation verifies and says what it verified', (alg) => {
    const key = alg === 'ed25519' ? ed : ec
    const v = verifyEnvelope(
      roundTrip(signEnvelope(statement, key.private)),
      opts(key, {
        repo: 'https://github.com/kommune/forms',
        commit: statement.predicate.repository.commit!.slice(0, 10),
        minLevel: 2,
        reportDigest: sha256Hex(reportJson),
      }),
    )
    expect(v.rejections).toEqual([])
    expect(v.valid).toBe(true)
    expect(v.signer).toEqual({ type: 'key', keyid: key.public.keyid, algorithm: alg, source: 'test key' })
    expect(v.statement?.predicate.level).toBe(2)
  })

  test('the statement carries what a verifier needs', () => {
    const p = statement.predicate
    expect(statement.subject.map((s) => Object.keys(s.digest)[0])).toEqual(['gitCommit', 'sha256'])
    expect(statement.subject[1]).toEqual({ name: 'report.json', digest: { sha256: sha256Hex(reportJson) } })
    expect(p.repository).toMatchObject({ url: 'https://github.com/kommune/forms', ref: 'refs/heads/main' })
    expect(p.policy.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(p.checks.map((c) => c.id).sort()).toEqual(registry.map((c) => c.meta.id).sort())
    expect(p.licence).toEqual({ expression: 'EUPL-1.2' })
    expect(Date.parse(p.validUntil) - Date.parse(p.issuedAt)).toBe(90 * 86_400_000)
  })

  test('the predicate carries the project, its activity and the reason of each check; an attestation without them still verifies', () => {
    const p = statement.predicate
    expect(p.project).toEqual({ name: 'kommune-forms' })
    // one commit on 2026-01-15, tagged v1.2.0; TEST_NOW is 2026-06-01
    expect(p.activity).toEqual({
      lastCommitDate: '2026-01-15T12:00:00.000Z',
      commitsLastYear: 1,
      authorsLastYear: 1,
      latestVersionTag: { name: 'v1.2.0', version: '1.2.0', date: '2026-01-15T12:00:00.000Z' },
    })
    expect(p.checks.find((c) => c.id === 'readme')?.reason).toMatch(/README/)
    expect(p.checks.every((c) => c.reason === undefined || (c.reason.length <= 300 && !/[\n\r]/.test(c.reason)))).toBe(true)
    expect(verifyEnvelope(signEnvelope(statement, ed.private), opts(ed)).valid).toBe(true)
    const old = structuredClone(statement)
    delete old.predicate.project
    delete old.predicate.activity
    for (const c of old.predicate.checks) delete c.reason
    const v = verifyEnvelope(signEnvelope(old, ed.private), opts(ed))
    expect(v.rejections).toEqual([])
    expect(v.statement?.predicate.project).toBeUndefined()
  })

  test.each<[string, (s: Statement) => void]>([
    ['a reason longer than 300 characters', (s) => (s.predicate.checks[0]!.reason = 'a'.repeat(301))],
    ['a description longer than 300 characters', (s) => (s.predicate.project = { description: 'x'.repeat(301) })],
    ['an unknown project field', (s) => (s.predicate.project = { homepage: 'https://x' } as never)],
    ['a negative commit count', (s) => (s.predicate.activity = { commitsLastYear: -1 })],
  ])('the schema bounds what a signer may claim: %s is rejected', (_name, change) => {
    const s = structuredClone(statement)
    change(s)
    expect(verifyEnvelope(signEnvelope(s, ed.private), opts(ed)).rejections.map((r) => r.code)).toEqual(['schema'])
  })

  test.each<[string, () => unknown, Partial<VerifyOptions>, string]>([
    ['another key signed it', () => signEnvelope(statement, other.private), {}, 'unknown-key'],
    [
      'the signature does not match',
      () => ({
        ...signEnvelope(statement, ed.private),
        payload: Buffer.from(JSON.stringify(mutate((s) => (s.predicate.level = 3)))).toString('base64'),
      }),
      {},
      'bad-signature',
    ],
    ['the payload type differs', () => ({ ...signEnvelope(statement, ed.private), payloadType: 'application/json' }), {}, 'payload-type'],
    [
      'another predicate type',
      () =>
        signEnvelope(
          mutate((s) => ((s as { predicateType: string }).predicateType = 'https://slsa.dev/provenance/v1')),
          ed.private,
        ),
      {},
      'predicate-type',
    ],
    [
      'another statement type',
      () =>
        signEnvelope(
          mutate((s) => ((s as { _type: string })._type = 'https://in-toto.io/Statement/v0.1')),
          ed.private,
        ),
      {},
      'statement-type',
    ],
    [
      'a predicate that violates the schema',
      () =>
        signEnvelope(
          mutate((s) => ((s.predicate as { level: number }).level = 7)),
          ed.private,
        ),
      {},
      'schema',
    ],
    [
      'a subject that differs from the predicate',
      () =>
        signEnvelope(
          mutate((s) => (s.subject[1]!.digest.sha256 = '0'.repeat(64))),
          ed.private,
        ),
      {},
      'subject-mismatch',
    ],
    ['another repository expected', () => signEnvelope(statement, ed.private), { repo: 'https://github.com/other/repo' }, 'repo-mismatch'],
    ['another commit expected', () => signEnvelope(statement, ed.private), { commit: 'deadbeef' }, 'commit-mismatch'],
    ['verified after it expired', () => signEnvelope(statement, ed.private), { at: new Date('2026-09-01T00:00:00Z') }, 'expired'],
    ['verified before it was issued', () => signEnvelope(statement, ed.private), { at: new Date('2026-05-01T00:00:00Z') }, 'not-yet-valid'],
    ['a higher level required', () => signEnvelope(statement, ed.private), { minLevel: 3 }, 'level-too-low'],
    ['another report given', () => signEnvelope(statement, ed.private), { reportDigest: sha256Hex('{}') }, 'report-digest-mismatch'],
    ['not an envelope', () => ({ hello: 'world' }), {}, 'malformed'],
  ])('rejects when %s', (_name, make, extra, code) => {
    const v = verifyEnvelope(roundTrip(make()), opts(ed, extra))
    expect(v.valid).toBe(false)
    expect(codes(v)).toContain(code)
    for (const r of v.rejections) expect(r.message.length).toBeGreaterThan(10)
  })

  test.each<[string, (s: Statement) => string, string, RegExp]>([
    [
      'a duplicate key (first copy says level 3)',
      (s) => JSON.stringify(s).replace('"predicate":{', '"predicate":{"level":3,'),
      'malformed',
      /the payload has the key "level" twice in one object/,
    ],
    ['other spacing of the same statement', (s) => JSON.stringify(s, null, 1), 'malformed', /not canonical JSON/],
    [
      'an extra subject',
      (s) => canon({ ...s, subject: [...s.subject, { name: 'evil.tar.gz', digest: { sha256: 'f'.repeat(64) } }] }),
      'subject-mismatch',
      /3 subject\(s\), expected 2/,
    ],
    ['an unknown statement field', (s) => canon({ ...s, note: 'trust me' }), 'schema', /unexpected statement field\(s\): note/],
    [
      'a level the checks do not give',
      (s) => canon(withPredicate(s, { level: 1 })),
      'schema',
      /level 1 is not the level the check results give \(2\)/,
    ],
    [
      'a leap-second validUntil that never parses',
      (s) => canon(withPredicate(s, { validUntil: '2026-12-31T23:59:60Z' })),
      'schema',
      /is not a time/,
    ],
    [
      'a validity window of years',
      (s) => canon(withPredicate(s, { validUntil: '2099-01-01T00:00:00.000Z' })),
      'schema',
      /longer than 400 days/,
    ],
    [
      'validUntil before issuedAt',
      (s) => canon(withPredicate(s, { validUntil: '2026-01-01T00:00:00.000Z' })),
      'schema',
      /validUntil is not after issuedAt/,
    ],
    [
      'an exemption of a check that does not exist',
      (s) =>
        canon(withPredicate(s, { exemptions: [{ check: 'not-a-check', reason: 'because', expires: '2026-12-01', status: 'applied' }] })),
      'schema',
      /not among the checks/,
    ],
    [
      'an exemption marked applied that had expired',
      (s) => canon(withPredicate(s, { exemptions: [{ check: 'readme', reason: 'because', expires: '2020-01-01', status: 'applied' }] })),
      'schema',
      /expired on 2020-01-01/,
    ],
  ])('rejects a signed statement with %s', (_name, make, code, message) => {
    const v = verifyEnvelope(signRaw(make(statement), ed), opts(ed))
    expect(v.valid).toBe(false)
    expect(v.rejections[0]).toMatchObject({ code, message: expect.stringMatching(message) })
  })

  test('claims are reported only when the signature verified', () => {
    const forged = {
      ...signEnvelope(statement, ed.private),
      payload: Buffer.from(JSON.stringify(mutate((s) => (s.predicate.level = 3)))).toString('base64'),
    }
    const v = verifyEnvelope(roundTrip(forged), opts(ed))
    expect(v.statement).toBeUndefined()
    expect(badgeState(v)).toEqual({ label: 'OIS-ready', message: 'unverified', color: 'lightgrey' })
  })

  test('the badge shows the level and validity, or that the attestation expired', () => {
    const env = roundTrip(signEnvelope(statement, ed.private))
    expect(badgeState(verifyEnvelope(env, opts(ed)))).toEqual({ label: 'OIS-ready', message: 'level 2 · until 2026-08-30', color: 'green' })
    expect(badgeState(verifyEnvelope(env, opts(ed, { at: new Date('2027-01-01T00:00:00Z') })))).toEqual({
      label: 'OIS-ready',
      message: 'expired 2026-08-30',
      color: 'lightgrey',
    })
  })
})
