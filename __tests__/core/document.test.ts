import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { byteBatchesOf, partsDocument, sha256Of, textOf, writeContent } from '../../src/core/document.js'
import { cleanup, tempDir } from '../helpers/repo.js'

afterAll(cleanup)

/** The bytes the batches give, joined: they must be the UTF-8 of the whole text, whatever the batch size. */
function joined(parts: string[], size: number): { bytes: Buffer; batches: number[] } {
  const batches = [
    ...byteBatchesOf(
      partsDocument(() => parts),
      size,
    ),
  ]
  return { bytes: Buffer.concat(batches), batches: batches.map((b) => b.length) }
}

describe('byteBatchesOf', () => {
  test.each([
    ['ASCII parts filling several batches', ['{"a":1}', '{"b":2}', '{"c":3}', '{"d":4}'], 16],
    ['two- and three-byte characters at batch edges', ['é'.repeat(5), 'ü€', '€'.repeat(4), 'x'], 12],
    ['a pair of surrogates (4 bytes) beside a batch edge', ['ab', '😀', 'cd😀', '😀😀'], 9],
    ['a lone surrogate becomes U+FFFD, as Buffer.from does', ['a\uD800b', '\uDC00'], 8],
    ['a part longer than a batch goes out on its own', ['head', 'x'.repeat(50), 'tail'], 16],
    ['empty parts', ['', 'a', '', '', 'b', ''], 4],
    ['no parts at all', [], 16],
  ])('%s', (_label, parts, size) => {
    const { bytes, batches } = joined(parts, size)
    expect(bytes.equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true)
    // no empty batch; a batch exceeds the size only when it is one part too long for any batch
    for (const length of batches) expect(length).toBeGreaterThan(0)
    const oversized = parts.filter((p) => p.length * 3 > size).map((p) => Buffer.byteLength(p))
    for (const length of batches) if (length > size) expect(oversized).toContain(length)
  })

  test('each batch is its own memory: a consumer that keeps batches sees them unchanged', () => {
    const parts = Array.from({ length: 40 }, (_, i) => `part ${i} ß\n`)
    const kept = [
      ...byteBatchesOf(
        partsDocument(() => parts),
        32,
      ),
    ].map((b) => Buffer.from(b).toString('utf8'))
    expect(kept.join('')).toBe(parts.join(''))
    expect(kept.length).toBeGreaterThan(5)
  })
})

describe('writeContent', () => {
  test('a parts document is written whole, byte for byte, and its digest is that of the file', () => {
    const dir = tempDir()
    const parts = Array.from({ length: 30_000 }, (_, i) => `{"n":${i},"name":"Jürgen ${'€'.repeat(i % 7)}"}\n`)
    const document = partsDocument(() => parts)
    const path = join(dir, 'index.jsonl')
    writeContent(path, document)
    const written = readFileSync(path)
    expect(written.equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true)
    expect(written.length).toBeGreaterThan(1 << 20)
    expect(sha256Of(document)).toBe(sha256Of(written))
    expect(textOf(document)).toBe(written.toString('utf8'))
  })
})
