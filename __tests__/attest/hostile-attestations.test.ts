/**
 * Nothing an attestation contains may end the process (issue 17, items 1 and 4): a trusted
 * signer's hostile payload, an envelope or bundle with duplicate keys, or a line too large for a
 * regular expression is one rejection with its reason, and the rest of the file or catalogue is
 * verified. Real keys, a local Fulcio and Rekor, files on disk, the built CLI.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SerializedBundle } from '@sigstore/bundle'
import { pae } from '../../src/attest/dsse.js'
import { signBytes } from '../../src/attest/keys.js'
import { serialiseStatement, signEnvelope } from '../../src/attest/sign-key.js'
import { signPayloadWithSigstore } from '../../src/attest/sign-sigstore.js'
import { PAYLOAD_TYPE, type Statement } from '../../src/attest/statement.js'
import { verifyEach, verifyOptionsFrom } from '../../src/attest/verify-file.js'
import type { Verification } from '../../src/attest/verify.js'
import { exemplaryStatement, testKey } from '../helpers/attest.js'
import { TEST_NOW } from '../helpers/check.js'
import { runCli } from '../helpers/process.js'
import { cleanup, tempDir } from '../helpers/repo.js'
import { IDENTITY, ISSUER, githubClaims, startSigstore, type SigstoreEnv } from '../helpers/sigstore-env.js'

const signer = testKey('ed25519')
let env: SigstoreEnv
let statement: Statement
let canonical: string
/** The genuine statement, signed keyless once (signing requests go one at a time: the local Fulcio is small). */
let genuineBundle: SerializedBundle

beforeAll(async () => {
  env = await startSigstore()
  ;({ statement } = await exemplaryStatement())
  canonical = serialiseStatement(statement).toString('utf8')
  genuineBundle = await keyless(canonical)
}, 60_000)
afterAll(async () => {
  await env.close()
  cleanup()
})

/** A DSSE envelope around payload bytes as they are, signed by the trusted key. */
const keySigned = (payload: Buffer | string) => {
  const bytes = Buffer.from(payload)
  const sig = signBytes(signer.private, pae(PAYLOAD_TYPE, bytes)).toString('base64')
  return { payloadType: PAYLOAD_TYPE, payload: bytes.toString('base64'), signatures: [{ keyid: signer.public.keyid, sig }] }
}
/** A Sigstore bundle around payload bytes as they are, signed for kommune/forms at the statement's commit. */
const keyless = (payload: Buffer | string): Promise<SerializedBundle> =>
  signPayloadWithSigstore(Buffer.from(payload), {
    identityToken: env.token(githubClaims('refs/heads/main', 'kommune/forms', statement.predicate.repository.commit)),
    fulcioURL: env.fulcioURL,
    rekorURL: env.rekorURL,
  })

/** Trust for both paths, as `ois-ready verify` takes it: the signer's key, and the trusted root with the workflow's identity. */
function trustFiles(dir: string) {
  writeFileSync(join(dir, 'signer.pub'), signer.publicPem)
  writeFileSync(join(dir, 'trusted_root.json'), JSON.stringify(env.trustedRoot))
  return {
    key: [join(dir, 'signer.pub')],
    trustedRoot: join(dir, 'trusted_root.json'),
    certificateIdentity: IDENTITY,
    certificateOidcIssuer: ISSUER,
    at: TEST_NOW.toISOString(),
  }
}

/** Verifies a file of lines on disk, as `ois-ready verify` and the verify Action do. */
function verifyLines(lines: string[]): Verification[] {
  const dir = tempDir()
  const file = join(dir, 'attestation.intoto.jsonl')
  writeFileSync(file, `${lines.join('\n')}\n`)
  return [...verifyEach(file, verifyOptionsFrom({ ...trustFiles(dir), format: 'json' }))].map((r) => r.verification)
}

const versionOf = () => statement.predicate.crosswalkVersion
/** Signed payloads that a trusted signer could make: each must be rejected with its reason, never crash. */
interface HostilePayload {
  name: string
  payload: () => string | Buffer
  code: string
  reason: string
}
const hostilePayloads: HostilePayload[] = [
  {
    name: 'a level of 1 and 400 zeros (JSON.parse: Infinity)',
    payload: () => canonical.replace('"level":2', `"level":1${'0'.repeat(400)}`),
    code: 'malformed',
    reason: 'beyond the range of a double',
  },
  {
    name: 'a field nested 20,000 levels deep',
    payload: () =>
      canonical.replace(`"crosswalkVersion":"${versionOf()}"`, `"crosswalkVersion":${'['.repeat(20_000)}${']'.repeat(20_000)}`),
    code: 'malformed',
    reason: 'nested deeper than',
  },
  {
    name: 'a lone surrogate in a string',
    payload: () => canonical.replace(`"crosswalkVersion":"${versionOf()}"`, '"crosswalkVersion":"\\ud800"'),
    code: 'malformed',
    reason: 'lone surrogate',
  },
  {
    name: 'a "__proto__" key',
    payload: () => canonical.replace('"predicate":{', '"predicate":{"__proto__":{"level":3},'),
    code: 'malformed',
    reason: '__proto__',
  },
  { name: 'a byte order mark before the statement', payload: () => `\ufeff${canonical}`, code: 'malformed', reason: 'byte order mark' },
  {
    name: 'a subject named by an object without a usable toString',
    payload: () => {
      const s = structuredClone(statement) as unknown as { subject: { name: unknown }[] }
      s.subject[1]!.name = { toString: 1, valueOf: 1 }
      return serialiseStatement(s as unknown as Statement)
    },
    code: 'subject-mismatch',
    reason: 'subject 2 ({"toString":1,"valueOf":1}) does not match the predicate',
  },
  {
    name: '200,000 empty check results',
    payload: () => canonical.replace('"checks":[', `"checks":[${'{},'.repeat(200_000)}`),
    code: 'schema',
    reason: 'the predicate does not match its schema: /checks/0 must have required property',
  },
]

describe('a trusted signer cannot end the verifier with what it signs', () => {
  test.each(hostilePayloads)(
    'key-signed payload with $name: rejected ($code), the next line still verified',
    ({ payload, code, reason }) => {
      const results = verifyLines([JSON.stringify(keySigned(payload())), JSON.stringify(signEnvelope(statement, signer.private))])
      expect(results[0]!.valid).toBe(false)
      expect(results[0]!.rejections).toEqual([{ code, message: expect.stringContaining(reason) }])
      // a claim is reported only from a statement that was read whole
      if (code === 'malformed') expect(results[0]!.statement).toBeUndefined()
      expect(results[1]!.rejections).toEqual([])
    },
  )

  test.each(hostilePayloads)(
    'keyless (Sigstore) payload with $name: rejected ($code) after the identity check',
    async ({ payload, code, reason }) => {
      const results = verifyLines([JSON.stringify(await keyless(payload())), JSON.stringify(genuineBundle)])
      expect(results[0]!.valid).toBe(false)
      expect(results[0]!.rejections).toEqual([{ code, message: expect.stringContaining(reason) }])
      expect(results[0]!.signer).toMatchObject({ type: 'sigstore', identity: IDENTITY })
      expect(results[1]!.rejections).toEqual([])
    },
  )
})

describe('a large attestation is verified like a small one', () => {
  test('a statement with a 10 MB licence expression (a 13 MB base64 payload) verifies, key-signed and keyless', async () => {
    const s = structuredClone(statement)
    s.predicate.licence = { expression: `MIT${' OR MIT'.repeat(11 << 17)}` }
    const payload = serialiseStatement(s)
    expect(payload.length).toBeGreaterThan(9 << 20)
    const results = verifyLines([JSON.stringify(keySigned(payload)), JSON.stringify(await keyless(payload))])
    expect(results.map((r) => r.rejections)).toEqual([[], []])
    expect(results.map((r) => r.statement?.predicate.licence?.expression.length)).toEqual([
      s.predicate.licence.expression.length,
      s.predicate.licence.expression.length,
    ])
  }, 60_000)
})

/** Two spellings of one key in the text: JSON.parse keeps the last, other readers the first. */
const duplicateKey = (text: string, key: string, first: string): string => text.replace(`"${key}":`, `"${key}":${first},"${key}":`)

describe('duplicate keys, at any depth, make an envelope, bundle or line malformed', () => {
  test('an envelope whose forged payload comes first and genuine payload last is rejected, not read as the genuine claim', () => {
    const forged = structuredClone(statement)
    forged.predicate.repository.url = 'https://github.com/evil/forms'
    const genuine = JSON.stringify(signEnvelope(statement, signer.private))
    const line = duplicateKey(genuine, 'payload', JSON.stringify(serialiseStatement(forged).toString('base64')))
    // what a first-key reader sees is the forged claim
    expect(line.indexOf('"payload"')).toBeLessThan(line.indexOf(serialiseStatement(statement).toString('base64')))
    const [result] = verifyLines([line])
    expect(result).toMatchObject({
      valid: false,
      rejections: [{ code: 'malformed', message: expect.stringContaining('has the key "payload" twice in one object') }],
    })
    expect(result!.statement).toBeUndefined()
  })

  test.each([
    ['payloadType', '"text/plain"'],
    ['signatures', '[]'],
  ])('an envelope with "%s" twice is rejected', (key, first) => {
    const [result] = verifyLines([duplicateKey(JSON.stringify(signEnvelope(statement, signer.private)), key, first)])
    expect(result!.rejections).toEqual([{ code: 'malformed', message: expect.stringContaining(`has the key "${key}" twice`) }])
  })

  test('a signature with its keyid twice, one level down, is rejected', () => {
    const envelope = signEnvelope(statement, signer.private)
    const [result] = verifyLines([duplicateKey(JSON.stringify(envelope), 'keyid', JSON.stringify('0'.repeat(64)))])
    expect(result!.rejections).toEqual([{ code: 'malformed', message: expect.stringContaining('has the key "keyid" twice') }])
  })

  test('a Sigstore bundle with a forged DSSE envelope first and the genuine one last is rejected', async () => {
    const forged = structuredClone(statement)
    forged.predicate.level = 3
    const other = await keyless(serialiseStatement(forged))
    const text = duplicateKey(JSON.stringify(genuineBundle), 'dsseEnvelope', JSON.stringify(other.dsseEnvelope))
    const [result] = verifyLines([text])
    expect(result!.rejections).toEqual([{ code: 'malformed', message: expect.stringContaining('has the key "dsseEnvelope" twice') }])
    expect(result!.statement).toBeUndefined()
  })

  test('a Sigstore bundle with a key twice deep in its log entry is rejected', async () => {
    const bundle = structuredClone(genuineBundle)
    const [result] = verifyLines([duplicateKey(JSON.stringify(bundle), 'logIndex', '"1"')])
    expect(result!.rejections).toEqual([{ code: 'malformed', message: expect.stringContaining('has the key "logIndex" twice') }])
  })

  test('in JSON Lines, only the line with the duplicate key is rejected; one pretty-printed document is one rejection', () => {
    const valid = JSON.stringify(signEnvelope(statement, signer.private))
    const results = verifyLines([valid, duplicateKey(valid, 'payloadType', `"${PAYLOAD_TYPE}"`), valid])
    expect(results.map((r) => r.valid)).toEqual([true, false, true])
    expect(results[1]!.rejections[0]!.message).toMatch(/^line 2: the attestation has the key "payloadType" twice in one object/)
    const pretty = JSON.stringify(JSON.parse(valid), null, 2).replace(
      '"payloadType":',
      `"payloadType": "${PAYLOAD_TYPE}",\n  "payloadType":`,
    )
    const one = verifyLines([pretty])
    expect(one).toHaveLength(1)
    expect(one[0]!.rejections).toEqual([
      { code: 'malformed', message: expect.stringMatching(/^line 1: the attestation has the key "payloadType" twice in one object/) },
    ])
  })
})

describe('what anyone can write into an attestation file ends nothing either', () => {
  test('an unsigned envelope with a 12 MB payload (too long for a backtracking regular expression) is rejected', () => {
    const payload = Buffer.alloc(9 << 20, 'x').toString('base64')
    const [result] = verifyLines([JSON.stringify({ payloadType: PAYLOAD_TYPE, payload, signatures: [{ sig: 'AAAA' }] })])
    expect(result!.rejections).toEqual([{ code: 'bad-signature', message: 'no trusted key verifies the signature' }])
  })

  test.each([
    ['log entries given as an object', (b: SerializedBundle) => ((b.verificationMaterial as { tlogEntries: unknown }).tlogEntries = {})],
    [
      'a checkpoint that is a number',
      (b: SerializedBundle) => ((b.verificationMaterial.tlogEntries[0]!.inclusionProof!.checkpoint as { envelope: unknown }).envelope = 5),
    ],
    [
      'a checkpoint that is an object',
      (b: SerializedBundle) => ((b.verificationMaterial.tlogEntries[0]!.inclusionProof!.checkpoint as { envelope: unknown }).envelope = {}),
    ],
  ])('a Sigstore bundle with %s is rejected', async (_name, change) => {
    const bundle = structuredClone(genuineBundle)
    change(bundle)
    const [result] = verifyLines([JSON.stringify(bundle)])
    expect(result!.valid).toBe(false)
    expect(result!.rejections).toHaveLength(1)
  })
})

describe('the command line and the catalogue go on past a hostile attestation', () => {
  test('`verify` rejects a payload of 1 and 400 zeros with exit 1 and its reason, not a stack trace and exit 2', () => {
    const dir = tempDir()
    const trust = trustFiles(dir)
    const file = join(dir, 'attestation.intoto.jsonl')
    writeFileSync(file, `${JSON.stringify(keySigned(canonical.replace('"level":2', `"level":1${'0'.repeat(400)}`)))}\n`)
    const r = runCli(['verify', '--key', trust.key[0]!, '--at', trust.at, file])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(1)
    expect(JSON.parse(r.stdout).attestations[0].rejections).toEqual([
      { code: 'malformed', message: expect.stringContaining('beyond the range of a double') },
    ])
  })

  test('`catalogue build` rejects the hostile attestations of trusted signers (key and keyless) and indexes the rest', async () => {
    const dir = tempDir()
    const trust = trustFiles(dir)
    writeFileSync(
      join(dir, 'trust.yml'),
      [
        'version: 1',
        'keys:',
        '  - path: signer.pub',
        '    repositories: ["https://github.com/other/*"]',
        'sigstore:',
        '  trusted-root: trusted_root.json',
        '  identities:',
        `    - issuer: ${ISSUER}`,
        `      identity-regexp: "https://github\\\\.com/kommune/.*"`,
        '      repositories: ["https://github.com/kommune/*"]',
      ].join('\n'),
    )
    const infinity = canonical.replace('"level":2', `"level":1${'0'.repeat(400)}`)
    const deep = canonical.replace(`"crosswalkVersion":"${versionOf()}"`, `"crosswalkVersion":${'['.repeat(20_000)}${']'.repeat(20_000)}`)
    const other = structuredClone(statement)
    other.predicate.repository.url = 'https://github.com/other/forms'
    other.subject[0]!.name = 'https://github.com/other/forms'
    const lines = [
      JSON.stringify(keySigned(infinity)),
      JSON.stringify(keySigned(deep)),
      duplicateKey(JSON.stringify(signEnvelope(other, signer.private)), 'payloadType', '"x"'),
      JSON.stringify(await keyless(infinity)),
      JSON.stringify(await keyless(deep)),
      JSON.stringify(signEnvelope(other, signer.private)),
      JSON.stringify(genuineBundle),
    ]
    writeFileSync(join(dir, 'all.jsonl'), `${lines.join('\n')}\n`)
    const out = join(dir, 'out')
    const r = runCli(['catalogue', 'build', '--trust', join(dir, 'trust.yml'), '--at', trust.at, '-o', out, '-q', join(dir, 'all.jsonl')])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const index = readFileSync(join(out, 'index.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { repository: string; source: string })
    expect(index.map((x) => [x.repository, x.source])).toEqual([
      ['https://github.com/kommune/forms', `${join(dir, 'all.jsonl')}:7`],
      ['https://github.com/other/forms', `${join(dir, 'all.jsonl')}:6`],
    ])
    const summary = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
      rejected: { source: string; reasons: { code: string; message: string }[] }[]
    }
    expect(summary.rejected.map((x) => [x.source.slice(dir.length), x.reasons.map((y) => y.code)])).toEqual([
      ['/all.jsonl:1', ['malformed']],
      ['/all.jsonl:2', ['malformed']],
      ['/all.jsonl:3', ['malformed']],
      ['/all.jsonl:4', ['malformed']],
      ['/all.jsonl:5', ['malformed']],
    ])
  }, 60_000)

  test('`catalogue build` goes on past a signed URL of 2.5 million path segments and a licence expression of 30 ORs', () => {
    const dir = tempDir()
    const trust = trustFiles(dir)
    writeFileSync(join(dir, 'trust.yml'), 'version: 1\nkeys:\n  - path: signer.pub\n    repositories: ["https://github.com/other/*"]\n')
    const variant = (url: string, licence?: string) => {
      const s = structuredClone(statement)
      s.predicate.repository.url = url
      s.subject[0]!.name = url
      if (licence) s.predicate.licence = { expression: licence }
      return JSON.stringify(signEnvelope(s, signer.private))
    }
    // the trust file's URL pattern repeats a group per segment: V8 threw RangeError from some two million on
    const long = `https://github.com/other${'/a'.repeat(2_500_000)}`
    // spdx-satisfies expands an AND of ORs into every combination: 2^30 of them
    const combinations = Array(30).fill('(MIT OR Apache-2.0)').join(' AND ')
    const file = join(dir, 'all.jsonl')
    writeFileSync(file, `${[variant(long), variant('https://github.com/other/maps', combinations)].join('\n')}\n`)
    const out = join(dir, 'out')
    const r = runCli(['catalogue', 'build', '--trust', join(dir, 'trust.yml'), '--at', trust.at, '-o', out, '-q', file])
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' })
    const summary = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
      rejected: { source: string; reasons: { code: string; message: string }[] }[]
    }
    expect(summary.rejected.map((x) => [x.source, x.reasons.map((y) => y.code)])).toEqual([[`${file}:1`, ['repo-mismatch']]])
    const index = readFileSync(join(out, 'index.jsonl'), 'utf8').split('\n').filter(Boolean)
    expect(index.map((l) => (JSON.parse(l) as { repository: string }).repository)).toEqual(['https://github.com/other/maps'])
    // an expression too large to evaluate is usable under none of the licences a query names
    const query = runCli(['catalogue', 'query', join(out, 'index.jsonl'), '--licence', 'MIT', '--format', 'json'])
    expect({ status: query.status, found: JSON.parse(query.stdout) }).toEqual({ status: 0, found: [] })
    expect(JSON.parse(runCli(['catalogue', 'query', join(out, 'index.jsonl'), '--format', 'json']).stdout)).toHaveLength(1)
  }, 120_000)
})
