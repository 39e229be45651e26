import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { AttestationReader, parseAttestations, type AttestationLine } from '../../src/attest/attestation-file.js'
import type { Statement } from '../../src/attest/statement.js'
import {
  verificationRecord,
  verifyEach,
  verifyEachInParallel,
  verifyToRecord,
  verifyToRecordInParallel,
  VERIFY_WINDOW,
} from '../../src/attest/verify-file.js'
import { exemplaryStatement, testKey } from '../helpers/attest.js'
import { signedVariant } from '../helpers/catalogue.js'
import { cleanup, tempDir, PROJECT_ROOT } from '../helpers/repo.js'

const MiB = 1024 * 1024

/** The attestations of `text` when its bytes arrive in chunks of `size` bytes. */
function inChunks(text: string, size: number): AttestationLine[] {
  const bytes = Buffer.from(text, 'utf8')
  const out: AttestationLine[] = []
  const reader = new AttestationReader((a) => out.push(a))
  for (let at = 0; at < bytes.length; at += size) reader.push(bytes.subarray(at, at + size))
  reader.end()
  return out
}

describe('attestation files are read attestation by attestation, whatever the chunks', () => {
  test.each<[string, string, AttestationLine[]]>([
    [
      'JSON Lines',
      '{"a":1}\n{"b":2}\n',
      [
        { line: 1, value: { a: 1 }, text: '{"a":1}', many: true },
        { line: 2, value: { b: 2 }, text: '{"b":2}', many: true },
      ],
    ],
    [
      'blank lines keep the numbering; CRLF line ends stay in the text',
      '\n{"a":1}\r\n\n{"b":"é€😀"}\r\n',
      [
        { line: 2, value: { a: 1 }, text: '{"a":1}\r', many: true },
        { line: 4, value: { b: 'é€😀' }, text: '{"b":"é€😀"}\r', many: true },
      ],
    ],
    ['a pretty-printed single document', '{\n  "a": 1\n}\n', [{ line: 1, value: { a: 1 }, text: '{\n  "a": 1\n}', many: false }]],
    ['one document among blank lines', '\n\n  {"a":1}  \n\n', [{ line: 1, value: { a: 1 }, text: '{"a":1}', many: false }]],
    [
      'a line that is not JSON, then one that is',
      'x\n{"a":1}\n',
      [
        { line: 1, error: expect.stringMatching(/^the attestation is not JSON/) as unknown as string, many: true },
        { line: 2, value: { a: 1 }, text: '{"a":1}', many: true },
      ],
    ],
    [
      'one line that is not JSON',
      'nope',
      [{ line: 1, error: expect.stringMatching(/^the attestation is not JSON/) as unknown as string, many: false }],
    ],
    ['an empty file', '', [{ line: 1, error: 'the file is empty', many: false }]],
    ['only blank lines', ' \n\t\n', [{ line: 1, error: 'the file is empty', many: false }]],
    [
      'a byte order mark before JSON Lines is not JSON (JSON.parse does not skip it)',
      '\uFEFF{"a":1}\n{"b":2}',
      [
        { line: 1, error: expect.stringMatching(/^the attestation .*byte order mark/) as unknown as string, many: true },
        { line: 2, value: { b: 2 }, text: '{"b":2}', many: true },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseAttestations(text)).toEqual(expected)
    for (const size of [1, 2, 7, 64]) expect(inChunks(text, size)).toEqual(expected)
  })

  test('a line over 16 MiB is skipped to its end with a finding; the lines after it are read', () => {
    const text = `{"a":1}\n{"big":"${'x'.repeat(17 * MiB)}"}\n{"b":2}\n`
    const expected = [
      { line: 1, value: { a: 1 }, text: '{"a":1}', many: true },
      { line: 2, error: 'longer than 16 MiB, the most one attestation may be; not read', many: true },
      { line: 3, value: { b: 2 }, text: '{"b":2}', many: true },
    ]
    expect(inChunks(text, MiB)).toEqual(expected)
    expect(inChunks(text, 3 * MiB + 5)).toEqual(expected)
  })
})

/** A CLI run with its peak resident memory (maxRSS, written by the process itself at exit). */
function runMeasured(args: string[]): { status: number | null; stdout: string; stderr: string; peakMb: number } {
  const hook = `data:text/javascript,import { writeSync } from 'node:fs'; process.on('exit', () => writeSync(2, '\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'))`
  const r = spawnSync(process.execPath, ['--import', hook, join(PROJECT_ROOT, 'dist/cli.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    timeout: 60_000,
  })
  const peak = /maxrss (\d+)/.exec(r.stderr)
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, peakMb: peak ? Number(peak[1]) / 1024 : Infinity }
}

describe('ois-ready verify streams the file', () => {
  let template: Statement
  const key = testKey('ed25519')
  const AT = '2026-07-01T00:00:00Z'
  beforeAll(async () => {
    ;({ statement: template } = await exemplaryStatement())
  })
  afterAll(cleanup)

  test('a file of many attestations larger than the old limit of 256 MiB is verified, in less memory than the file', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'k.pub'), key.publicPem)
    const file = join(dir, 'many.intoto.jsonl')
    // 130 signed attestations, each on a line padded to 2 MiB with spaces (JSON allows them): 262 MiB
    const fd = openSync(file, 'w')
    const padding = Buffer.alloc(2 * MiB, ' ')
    for (let i = 0; i < 130; i++) {
      writeSync(fd, signedVariant(template, key, { repository: `https://github.com/kommune/p${i}`, level: 2 }))
      writeSync(fd, padding)
      writeSync(fd, '\n')
    }
    closeSync(fd)
    expect(statSync(file).size).toBeGreaterThan(256 * MiB)
    const r = runMeasured(['verify', file, '--key', join(dir, 'k.pub'), '--at', AT, '--format', 'text'])
    expect(r.stderr.replace(/\s*maxrss \d+\s*/, '')).toBe('')
    expect(r.status).toBe(0)
    const lines = r.stdout.trim().split('\n')
    expect(lines).toHaveLength(130)
    expect(lines.every((l) => l.startsWith('VALID'))).toBe(true)
    expect(lines[129]).toMatch(/^VALID \(line 130\): level 2 for https:\/\/github\.com\/kommune\/p129 /)
    expect(r.peakMb).toBeLessThan(256)
  }, 60_000)

  test('an attestation over 16 MiB is a finding for its line; the others are verified', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'k.pub'), key.publicPem)
    const a = (i: number) => signedVariant(template, key, { repository: `https://github.com/kommune/p${i}`, level: 2 })
    const envelope = JSON.parse(a(1)) as { payload: string }
    const huge = JSON.stringify({ ...envelope, payload: envelope.payload.repeat(Math.ceil((17 * MiB) / envelope.payload.length)) })
    const file = join(dir, 'mixed.intoto.jsonl')
    writeFileSync(file, `${a(0)}\n${huge}\n${a(2)}\n`)
    const r = runMeasured(['verify', file, '--key', join(dir, 'k.pub'), '--at', AT])
    expect(r.status).toBe(1)
    const record = JSON.parse(r.stdout) as { valid: boolean; attestations: { line: number; valid: boolean; rejections: unknown[] }[] }
    expect(record.valid).toBe(false)
    expect(record.attestations.map((x) => [x.line, x.valid])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ])
    expect(record.attestations[1]!.rejections).toEqual([
      { code: 'malformed', message: 'line 2: longer than 16 MiB, the most one attestation may be; not read' },
    ])
  }, 60_000)
})

describe('the JSON record of verify is written as the file is read', () => {
  let template: Statement
  const key = testKey('ecdsa-p256')
  const options = { keys: [key.public], at: new Date('2026-07-01T00:00:00Z') }
  beforeAll(async () => {
    ;({ statement: template } = await exemplaryStatement())
  })
  afterAll(cleanup)

  test.each([
    ['one attestation', 1],
    ['three, one tampered and one not JSON', 3],
    ['400 (more than the spool keeps in memory)', 400],
  ])('%s: the same bytes as the whole record, JSON.stringify(record, null, 2)', (_name, count) => {
    const dir = tempDir()
    const file = join(dir, 'a.intoto.jsonl')
    const lines = Array.from({ length: count }, (_, i) =>
      signedVariant(template, key, { repository: `https://github.com/kommune/p${i}`, level: ((i % 3) + 1) as 1 | 2 | 3 }),
    )
    if (count > 1) {
      lines[1] = lines[1]!.replace(/"payload":"./, '"payload":"A')
      lines[2] = 'not json'
    }
    writeFileSync(file, `${lines.join('\n')}\n`)
    const recorded = verifyToRecord(file, options)
    const streamed = Buffer.concat([...recorded.text()].map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString('utf8')
    recorded.dispose()
    const whole = verificationRecord(file, [...verifyEach(file, options)])
    expect(streamed).toBe(`${JSON.stringify(whole, null, 2)}\n`)
    expect(recorded.valid).toBe((whole as { valid: boolean }).valid)
    expect(recorded.count).toBe(count)
  })

  test('signatures checked on the thread pool, many at once, give the same results in the same order, and the same record', async () => {
    const dir = tempDir()
    const file = join(dir, 'a.intoto.jsonl')
    const other = testKey('ed25519')
    const count = 3 * VERIFY_WINDOW + 5
    const lines = Array.from({ length: count }, (_, i) =>
      signedVariant(template, i % 7 === 3 ? other : key, {
        repository: `https://github.com/kommune/p${i}`,
        level: ((i % 3) + 1) as 1 | 2 | 3,
      }),
    )
    for (let i = 5; i < count; i += 11) lines[i] = lines[i]!.replace(/"payload":"./, '"payload":"A')
    for (let i = 9; i < count; i += 23) lines[i] = i % 2 ? 'not json' : lines[i]!.replace(/"sig":"./, '"sig":"%')
    writeFileSync(file, `${lines.join('\n')}\n`)
    const inOrder = [...verifyEach(file, options)]
    const parallel: typeof inOrder = []
    for await (const result of verifyEachInParallel(file, options)) parallel.push(result)
    expect(parallel).toEqual(inOrder)
    // every kind of result is there: valid, unknown key, altered, not JSON, not base64
    const codes = new Set(inOrder.flatMap((r) => (r.verification.valid ? ['valid'] : r.verification.rejections.map((x) => x.code))))
    expect([...codes].sort()).toEqual(['bad-signature', 'malformed', 'unknown-key', 'valid'])
    const text = (r: { text(): Generator<string | Buffer> }) =>
      Buffer.concat([...r.text()].map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString('utf8')
    const a = verifyToRecord(file, options)
    const b = await verifyToRecordInParallel(file, options)
    expect(text(b)).toBe(text(a))
    a.dispose()
    b.dispose()
  })
})
