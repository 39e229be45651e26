import { describe, expect, test } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { TextSpool } from '../../src/core/text-spool.js'

const spools = () => new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('ois-ready-spool-')))
const text = (pieces: Iterable<string | Buffer>) =>
  Buffer.concat([...pieces].map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString('utf8')

describe('a text spool gives back what was written, in order', () => {
  test('in memory while it is small: no file', () => {
    const before = spools()
    const spool = new TextSpool(100)
    spool.write('héllo ')
    spool.write('wörld')
    expect(spools()).toEqual(before)
    expect(text(spool.read())).toBe('héllo wörld')
    spool.dispose()
  })

  test('past its memory, in a temporary file that dispose removes; characters of several bytes stay whole', () => {
    const before = spools()
    const spool = new TextSpool(10)
    const pieces = ['héllo ', '😀'.repeat(7), ' ', 'x'.repeat(3000), 'é€', '']
    for (const p of pieces) spool.write(p)
    expect(spools().size).toBe(before.size + 1)
    expect(text(spool.read())).toBe(pieces.join(''))
    spool.dispose()
    expect(spools()).toEqual(before)
  })
})
