/**
 * A fuzzer over the verifier (issue 17): a few hundred seeded mutations per run of a valid
 * key-signed DSSE envelope and of a valid Sigstore bundle (local Fulcio and Rekor): bits flipped
 * in the text and in decoded bytes, fields deleted, duplicated or given another type, numbers at
 * the extremes, deep nesting, keys twice, the payload re-encoded or changed, and payloads that a
 * trusted signer signs itself. Every outcome must be a verdict (0 crashes), and no accepted
 * attestation may claim anything but what was signed.
 *
 * Each run takes a new seed, printed with any failure; OIS_READY_FUZZ_SEED=<seed> repeats a run,
 * OIS_READY_FUZZ_SCALE=<n> makes n times as many mutations (for a longer search by hand).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import canonicalize from 'canonicalize'
import { visit } from 'jsonc-parser'
import type { SerializedBundle } from '@sigstore/bundle'
import { parseAttestationJson } from '../../src/attest/attestation-json.js'
import { decodeBase64, pae } from '../../src/attest/dsse.js'
import { signBytes } from '../../src/attest/keys.js'
import { serialiseStatement, signEnvelope } from '../../src/attest/sign-key.js'
import { signPayloadWithSigstore, signWithSigstore } from '../../src/attest/sign-sigstore.js'
import { PAYLOAD_TYPE, type Statement } from '../../src/attest/statement.js'
import { prepareVerifier, type Trust } from '../../src/attest/verify-attestation.js'
import type { Verification } from '../../src/attest/verify.js'
import { exemplaryStatement, testKey } from '../helpers/attest.js'
import { TEST_NOW } from '../helpers/check.js'
import { prng, runCli } from '../helpers/process.js'
import { cleanup, tempDir } from '../helpers/repo.js'
import { IDENTITY, ISSUER, githubClaims, startSigstore, type SigstoreEnv } from '../helpers/sigstore-env.js'

const SEED = Number(process.env.OIS_READY_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
const SCALE = Number(process.env.OIS_READY_FUZZ_SCALE ?? 1)
const random = prng(SEED)
const below = (n: number) => Math.floor(random() * n)
const pick = <T>(xs: readonly T[]): T => xs[below(xs.length)]!

const signer = testKey('ed25519')
const other = testKey('ecdsa-p256')
let env: SigstoreEnv
let statement: Statement
let envelopeText: string
let bundleText: string
let trust: Trust

beforeAll(async () => {
  env = await startSigstore()
  ;({ statement } = await exemplaryStatement())
  envelopeText = JSON.stringify(signEnvelope(statement, signer.private))
  bundleText = JSON.stringify(await signWithSigstore(statement, sigstoreOptions()))
  trust = {
    keys: [signer.public, other.public],
    sigstore: { trustedRoot: env.trustedRoot, identity: IDENTITY, issuer: ISSUER },
    at: TEST_NOW,
  }
}, 60_000)
afterAll(async () => {
  await env.close()
  cleanup()
})

const sigstoreOptions = () => ({
  identityToken: env.token(githubClaims('refs/heads/main', 'kommune/forms', statement.predicate.repository.commit)),
  fulcioURL: env.fulcioURL,
  rekorURL: env.rekorURL,
})

// ---------- JSON with room for what JSON.stringify cannot write: raw tokens and keys twice ----------
const RAW = Symbol('raw')
const TWICE = Symbol('twice')
type Raw = { [RAW]: string }
const raw = (text: string): Raw => ({ [RAW]: text })
type Json = unknown

function write(value: Json): string {
  if (value && typeof value === 'object' && RAW in value) return (value as Raw)[RAW]
  if (Array.isArray(value)) return `[${value.map(write).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = [...((value as { [TWICE]?: [string, Json][] })[TWICE] ?? []), ...Object.entries(value)]
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** Every place in the tree where a value sits: its container and key. */
function places(root: Json): { parent: Record<string, Json> | Json[]; key: string | number; path: string }[] {
  const found: { parent: Record<string, Json> | Json[]; key: string | number; path: string }[] = []
  const walk = (node: Json, path: string) => {
    if (Array.isArray(node))
      node.forEach((v, i) => {
        found.push({ parent: node, key: i, path: `${path}[${i}]` })
        walk(v, `${path}[${i}]`)
      })
    else if (node && typeof node === 'object' && !(RAW in node))
      for (const [k, v] of Object.entries(node)) {
        found.push({ parent: node as Record<string, Json>, key: k, path: `${path}.${k}` })
        walk(v, `${path}.${k}`)
      }
  }
  walk(root, '$')
  return found
}

const deep = (levels: number) => raw(`${'['.repeat(levels)}${']'.repeat(levels)}`)
/** Values of every type, and the extremes of numbers, strings and nesting. */
const replacements: [string, () => Json][] = [
  ['null', () => null],
  ['true', () => true],
  ['0', () => 0],
  ['-1', () => -1],
  ['2.5', () => 2.5],
  ['""', () => ''],
  ['"x"', () => 'x'],
  ['[]', () => []],
  ['{}', () => ({})],
  ['an object whose toString is a number', () => ({ toString: 1, valueOf: 1 })],
  ['1 and 400 zeros', () => raw(`1${'0'.repeat(400)}`)],
  ['-1e309', () => raw('-1e309')],
  ['-0', () => raw('-0')],
  ['1e-400', () => raw('1e-400')],
  ['2^53 + 1', () => raw('9007199254740993')],
  ['1.0', () => raw('1.0')],
  ['31 levels of arrays', () => deep(31)],
  ['33 levels of arrays', () => deep(33)],
  ['20,000 levels of arrays', () => deep(20_000)],
  ['a lone surrogate', () => raw('"\\ud800"')],
  ['a 200 KB string', () => 'A'.repeat(200_000)],
  ['100,000 nulls', () => raw(`[${Array(100_000).fill('null').join(',')}]`)],
  ['a __proto__ key', () => raw('{"__proto__":{"valid":true}}')],
]

const flipBit = (bytes: Buffer) => {
  const copy = Buffer.from(bytes)
  if (copy.length) copy[below(copy.length)]! ^= 1 << below(8)
  return copy
}

interface Mutation {
  name: string
  text: string
  /** The statement an accepted result may report: the original, or what a trusted signer signed itself. */
  claim: string
}

/** Mutations of one attestation's text; `payloadAt` finds the DSSE envelope inside the parsed document. */
function mutate(
  original: string,
  count: number,
  payloadAt: (doc: Record<string, Json>) => { payload: string },
  resign?: (payload: Buffer) => string,
): Mutation[] {
  const claim = canonicalize(statement)!
  const out: Mutation[] = []
  const tree = () => JSON.parse(original) as Record<string, Json>
  const operators: [string, () => Omit<Mutation, 'claim'> | undefined][] = [
    [
      'bit flipped in the text',
      () => {
        const i = below(original.length)
        return {
          name: `text bit at ${i}`,
          text: original.slice(0, i) + String.fromCharCode(original.charCodeAt(i) ^ (1 << below(7))) + original.slice(i + 1),
        }
      },
    ],
    [
      'bit flipped in decoded bytes',
      () => {
        const doc = tree()
        const b64 = places(doc).filter((p) => {
          const v = (p.parent as Record<string, Json>)[p.key as string]
          return typeof v === 'string' && v.length >= 8 && decodeBase64(v) !== undefined
        })
        if (!b64.length) return undefined
        const p = pick(b64)
        const v = (p.parent as Record<string, Json>)[p.key as string] as string
        ;(p.parent as Record<string, Json>)[p.key as string] = flipBit(decodeBase64(v)!).toString('base64')
        return { name: `decoded bit in ${p.path}`, text: write(doc) }
      },
    ],
    [
      'field deleted',
      () => {
        const doc = tree()
        const p = pick(places(doc))
        if (Array.isArray(p.parent)) p.parent.splice(p.key as number, 1)
        else delete p.parent[p.key as string]
        return { name: `deleted ${p.path}`, text: write(doc) }
      },
    ],
    [
      'array item duplicated',
      () => {
        const doc = tree()
        const items = places(doc).filter((p) => Array.isArray(p.parent))
        if (!items.length) return undefined
        const p = pick(items)
        ;(p.parent as Json[]).splice(p.key as number, 0, structuredClone((p.parent as Json[])[p.key as number]))
        return { name: `duplicated ${p.path}`, text: write(doc) }
      },
    ],
    [
      'key twice',
      () => {
        const doc = tree()
        const fields = places(doc).filter((p) => !Array.isArray(p.parent))
        const p = pick(fields)
        const parent = p.parent as Record<string, Json> & { [TWICE]?: [string, Json][] }
        const [label, make] = random() < 0.5 ? ['a copy', () => structuredClone(parent[p.key as string])] : pick(replacements)
        parent[TWICE] = [[p.key as string, make()]]
        return { name: `${p.path} twice (first: ${label})`, text: write(doc) }
      },
    ],
    [
      'value replaced',
      () => {
        const doc = tree()
        const p = pick(places(doc))
        const [label, make] = pick(replacements)
        ;(p.parent as Record<string | number, Json>)[p.key] = make()
        return { name: `${p.path} = ${label}`, text: write(doc) }
      },
    ],
    [
      'whole document nested',
      () => {
        const levels = pick([31, 33, 20_000])
        return { name: `inside ${levels} arrays`, text: `${'['.repeat(levels)}${original}${']'.repeat(levels)}` }
      },
    ],
    [
      'payload re-encoded or changed',
      () => {
        const doc = tree()
        const dsse = payloadAt(doc)
        const bytes = Buffer.from(dsse.payload, 'base64')
        const s = JSON.parse(bytes.toString('utf8')) as Statement
        const [label, make] = pick<[string, () => string | Buffer]>([
          ['base64url', () => bytes.toString('base64url')],
          ['pretty JSON', () => Buffer.from(JSON.stringify(s, null, 2)).toString('base64')],
          ['a byte order mark', () => Buffer.concat([Buffer.from('\ufeff'), bytes]).toString('base64')],
          ['an escaped letter', () => Buffer.from(bytes.toString().replace('"level"', '"l\\u0065vel"')).toString('base64')],
          ['level 3', () => serialiseStatement({ ...s, predicate: { ...s.predicate, level: 3 } }).toString('base64')],
          ['level 0', () => serialiseStatement({ ...s, predicate: { ...s.predicate, level: 0 } }).toString('base64')],
          [
            'another repository',
            () =>
              serialiseStatement({
                ...s,
                predicate: { ...s.predicate, repository: { ...s.predicate.repository, url: 'https://github.com/evil/forms' } },
              }).toString('base64'),
          ],
          [
            'a check turned to pass',
            () =>
              serialiseStatement({
                ...s,
                predicate: { ...s.predicate, checks: s.predicate.checks.map((c) => ({ ...c, status: 'pass', satisfied: true })) },
              }).toString('base64'),
          ],
          ['the level twice, 3 first', () => Buffer.from(bytes.toString().replace('"level":', '"level":3,"level":')).toString('base64')],
        ])
        dsse.payload = make() as string
        return { name: `payload: ${label}`, text: write(doc) }
      },
    ],
  ]
  for (let i = 0; i < count; i++) {
    const [name, operator] = pick(operators)
    const m = operator()
    if (m && m.text !== original) out.push({ ...m, name: `${name}: ${m.name}`, claim })
  }
  // what a trusted signer signs itself: the statement's text mutated as above, then signed
  if (resign) {
    const text = claim
    const hostile: [string, () => string][] = [
      ['a level of 1 and 400 zeros', () => text.replace('"level":2', `"level":1${'0'.repeat(400)}`)],
      ['nested 20,000 deep', () => text.replace('"crosswalkVersion":', `"crosswalkVersion":${write(deep(20_000))},"x":`)],
      ['the level twice', () => text.replace('"level":2', '"level":3,"level":2')],
      ['a lone surrogate', () => text.replace('"report.json"', '"report\\ud800.json"')],
      ['a __proto__ key', () => text.replace('"predicate":{', '"predicate":{"__proto__":{},')],
      ['a subject name that is an object', () => text.replace('"report.json"', '{"toString":1}')],
      ['pretty JSON', () => JSON.stringify(JSON.parse(text), null, 1)],
      ['a byte order mark', () => `\ufeff${text}`],
    ]
    for (const [label, make] of hostile) {
      const payload = make()
      // an accepted result must report exactly the statement signed
      out.push({ name: `signed by the trusted signer: ${label}`, text: resign(Buffer.from(payload)), claim: payload })
    }
  }
  return out
}

/** An oracle independent of the code under test: jsonc-parser's visitor, one key set per open object. */
function hasDuplicateKeys(text: string): boolean {
  const open: Set<string>[] = []
  let found = false
  visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (key) => {
      if (open[open.length - 1]?.has(key)) found = true
      open[open.length - 1]?.add(key)
    },
  })
  return found
}

/** Reads and verifies one attestation's text as verify does a line: a verdict, and a problem when it crashed, is no verdict, or claims what was not signed. */
function judge(m: Mutation, verify: (value: unknown) => Verification): { valid: boolean; problem?: string } {
  let verification: Pick<Verification, 'valid' | 'rejections' | 'statement'>
  try {
    const read = parseAttestationJson(m.text)
    verification = 'value' in read ? verify(read.value) : { valid: false, rejections: [{ code: 'malformed', message: read.error }] }
  } catch (error) {
    return { valid: false, problem: `${m.name}: crashed: ${(error as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(error)}` }
  }
  const { valid, rejections, statement: claimed } = verification
  if (typeof valid !== 'boolean' || !Array.isArray(rejections) || valid !== (rejections.length === 0))
    return { valid: false, problem: `${m.name}: not a verdict: ${JSON.stringify(verification).slice(0, 200)}` }
  if (rejections.some((r) => typeof r.code !== 'string' || typeof r.message !== 'string' || r.message.length > 2000))
    return { valid, problem: `${m.name}: a rejection without a code or a short message: ${JSON.stringify(rejections).slice(0, 200)}` }
  if (valid && canonicalize(claimed) !== m.claim)
    return { valid, problem: `${m.name}: accepted with another claim: ${canonicalize(claimed)?.slice(0, 200)}` }
  // a reader that keeps the first of two equal keys would see another document than the one accepted
  if (valid && hasDuplicateKeys(m.text)) return { valid, problem: `${m.name}: accepted with a key twice` }
  return { valid }
}

describe(`fuzzer (seed ${SEED}; OIS_READY_FUZZ_SEED=${SEED} repeats this run)`, () => {
  let mutations: { envelope: Mutation[]; bundle: Mutation[] }

  beforeAll(async () => {
    const envelopePayload = (doc: Record<string, Json>) => doc as unknown as { payload: string }
    const bundlePayload = (doc: Record<string, Json>) => (doc.dsseEnvelope ?? {}) as { payload: string }
    const signedEnvelope = (payload: Buffer) =>
      JSON.stringify({
        payloadType: PAYLOAD_TYPE,
        payload: payload.toString('base64'),
        signatures: [{ keyid: signer.public.keyid, sig: signBytes(signer.private, pae(PAYLOAD_TYPE, payload)).toString('base64') }],
      })
    const PENDING = 'signed below'
    mutations = {
      envelope: mutate(envelopeText, 300 * SCALE, envelopePayload, signedEnvelope),
      // keyless signing is a round trip to the local Fulcio and Rekor, one at a time
      bundle: mutate(bundleText, 200 * SCALE, bundlePayload, () => PENDING),
    }
    for (const m of mutations.bundle.filter((x) => x.text === PENDING)) {
      const bundle: SerializedBundle = await signPayloadWithSigstore(Buffer.from(m.claim), sigstoreOptions())
      m.text = JSON.stringify(bundle)
    }
  }, 60_000)

  test('the originals verify (the mutations are measured against valid attestations)', () => {
    const verify = prepareVerifier(trust)
    const claim = canonicalize(statement)!
    expect(judge({ name: 'original envelope', text: envelopeText, claim }, verify)).toEqual({ valid: true })
    expect(judge({ name: 'original bundle', text: bundleText, claim }, verify)).toEqual({ valid: true })
  })

  test('every mutation of a key-signed envelope and of a Sigstore bundle gets a verdict, and none is accepted with another claim', () => {
    const verify = prepareVerifier(trust)
    const all = [...mutations.envelope, ...mutations.bundle]
    expect(mutations.envelope.length).toBeGreaterThan(250)
    expect(mutations.bundle.length).toBeGreaterThan(150)
    const verdicts = all.map((m) => judge(m, verify))
    expect({ seed: SEED, problems: verdicts.flatMap((v) => v.problem ?? []) }).toEqual({ seed: SEED, problems: [] })
    // most are rejected; a few keep the claim (base64url, an optional field of the bundle deleted)
    expect(verdicts.filter((v) => v.valid).length).toBeLessThan(all.length / 4)
  })

  test('`catalogue build` of all mutations in one file goes through, and indexes only the original claim', () => {
    const dir = tempDir()
    // the originals first, so that the index has the original claim whatever the mutations are
    const lines = [
      envelopeText,
      bundleText,
      ...[...mutations.envelope, ...mutations.bundle].map((m) => m.text).filter((t) => !/[\r\n]/.test(t)),
    ]
    const file = join(dir, 'fuzz.jsonl')
    writeFileSync(file, `${lines.join('\n')}\n`)
    writeFileSync(join(dir, 'signer.pub'), signer.publicPem)
    writeFileSync(join(dir, 'trusted_root.json'), JSON.stringify(env.trustedRoot))
    const at = TEST_NOW.toISOString()
    writeFileSync(
      join(dir, 'trust.yml'),
      `version: 1\nkeys:\n  - path: signer.pub\nsigstore:\n  trusted-root: trusted_root.json\n  identities:\n    - issuer: ${ISSUER}\n      identity: ${IDENTITY}\n`,
    )
    const out = join(dir, 'catalogue')
    const built = runCli(['catalogue', 'build', '--trust', join(dir, 'trust.yml'), '--at', at, '-o', out, '-q', file])
    expect({ seed: SEED, status: built.status, stderr: built.stderr }).toEqual({ seed: SEED, status: 0, stderr: '' })
    const records = readFileSync(join(out, 'index.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { repository: string; level: number; commit?: string })
    expect({ seed: SEED, records: records.map((r) => [r.repository, r.commit, r.level]) }).toEqual({
      seed: SEED,
      records: [[statement.predicate.repository.url, statement.predicate.repository.commit, statement.predicate.level]],
    })
  }, 60_000)
})
