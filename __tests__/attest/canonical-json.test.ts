import { describe, expect, test } from '@jest/globals'
import canonicalize from 'canonicalize'
import { canonicalJson, isCanonicalJsonText, parseCanonicalJson } from '../../src/attest/canonical-json.js'
import { MAX_ATTESTATION_DEPTH, parseAttestationJson } from '../../src/attest/attestation-json.js'

/** What the verifier did before: the text is canonical when canonicalize of its value gives it back. */
const byCanonicalize = (text: string, value: unknown) => canonicalize(value) === text

const parse = (text: string): unknown => {
  const read = parseAttestationJson(text)
  if ('error' in read) throw new Error(read.error)
  return read.value
}

describe('canonical JSON (RFC 8785) told without writing it again', () => {
  const cases: [string, boolean][] = [
    ['{"a":1,"b":[true,null,"x"]}', true],
    ['{"b":1,"a":2}', false],
    ['{"a":1, "b":2}', false],
    // integer-like keys: JavaScript keeps them first, in numeric order; RFC 8785 sorts them as text
    ['{"10":1,"9":2}', true],
    ['{"9":1,"10":2}', false],
    ['{"1":0,"a":{"2":0,"10":0}}', false],
    ['{"1":0,"a":{"10":0,"2":0}}', true],
    // numbers as ECMAScript writes them
    ['{"n":1e+21}', true],
    ['{"n":1e21}', false],
    ['{"n":1E21}', false],
    ['{"n":1.0}', false],
    ['{"n":-0}', false],
    ['{"n":0.000001}', true],
    ['{"n":1e-7}', true],
    // strings: escapes only where JSON must have them, lowercase hex
    ['{"s":"\\u001f"}', true],
    ['{"s":"\\u001F"}', false],
    ['{"s":"\\u0041"}', false],
    ['{"s":"\\/"}', false],
    ['{"s":"é😀"}', true],
    ['{"\\u00e9":1,"z":2}', false],
    ['{"z":2,"é":1}', true],
    // code-unit order, not code-point order: U+FF5E sorts after U+1F600's high surrogate
    ['{"😀":1,"～":2}', true],
    ['{"～":2,"😀":1}', false],
    ['[{"b":1,"a":2}]', false],
    ['[]', true],
    ['"x"', true],
  ]
  test.each(cases)('%s: canonical %s, as canonicalize says', (text, canonical) => {
    const value = parse(text)
    expect(byCanonicalize(text, value)).toBe(canonical)
    expect(isCanonicalJsonText(value, text)).toBe(canonical)
  })

  test('agrees with canonicalize on generated documents, canonical and reordered', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const keys = ['a', 'b', 'Z', '10', '9', '_', 'é', '😀', '～', 'aa', '']
    const make = (depth: number): unknown => {
      const r = random()
      if (depth > 3 || r < 0.3) return [1.5, -2, 1e300, 'x\n"', true, null][Math.floor(random() * 6)]
      if (r < 0.5) return Array.from({ length: Math.floor(random() * 4) }, () => make(depth + 1))
      const o: Record<string, unknown> = {}
      for (const k of keys) if (random() < 0.4) o[k] = make(depth + 1)
      return o
    }
    for (let i = 0; i < 500; i++) {
      const value = make(0)
      for (const text of [canonicalize(value)!, JSON.stringify(value)]) {
        const parsed = parse(text)
        expect(isCanonicalJsonText(parsed, text)).toBe(byCanonicalize(text, parsed))
      }
    }
  })
})

describe('canonical JSON read the fast way', () => {
  const nested = (levels: number) => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`
  // [text, read the fast way]: when not, the strict reader and the full check decide, as before
  const cases: [string, boolean][] = [
    ['{"a":1,"b":[true,null,"x"]}', true],
    ['[]', true],
    ['{"b":1,"a":2}', false],
    ['{"a":1,"a":1}', false],
    ['{"a":1, "b":2}', false],
    ['\ufeff{"a":1}', false],
    ['{"a":"\\ud800"}', false],
    ['{"a":"\ud83d\ude00"}', false],
    ['{"__proto__":1}', false],
    ['{"n":1e400}', false],
    ['{"n":-0}', false],
    ['{"10":1,"9":2}', false],
    ['{"a":"\\u00e9"}', false],
    ['{"a":"é"}', true],
    [nested(MAX_ATTESTATION_DEPTH), true],
    [nested(MAX_ATTESTATION_DEPTH + 1), false],
    ['{"a":1', false],
  ]
  test.each(cases)('%s: %s', (text, fast) => {
    const read = parseCanonicalJson(text, MAX_ATTESTATION_DEPTH)
    expect(read !== undefined).toBe(fast)
    if (!read) return
    // what it accepts, the strict reader accepts with the same value, and the full check calls canonical
    const strict = parseAttestationJson(text)
    expect('value' in strict).toBe(true)
    if (!('value' in strict)) return
    expect(read.value).toEqual(strict.value)
    expect(byCanonicalize(text, strict.value)).toBe(true)
  })

  test('the strict reader refuses what the nesting limit refuses here', () => {
    expect('error' in parseAttestationJson(nested(MAX_ATTESTATION_DEPTH + 1))).toBe(true)
  })
})

describe('canonicalJson writes what canonicalize writes', () => {
  const values: unknown[] = [
    { b: 1, a: [{ d: 2, c: null }, 'x', 3.5e-7] },
    { a: 1, b: { c: 2 } },
    { '10': 1, '9': 2, a: { z: 1, y: 2 } },
    { z: { y: { x: [1, { w: 'é', v: '\u2028' }] } }, é: 1, e: 2, E: 3 },
    { u: undefined, a: [undefined, 1], d: new Date(0) },
    [{ b: 1, a: 2 }, 'x', null, true],
    'text',
    12,
    null,
  ]
  test.each(values.map((v) => [v]))('%j', (value) => {
    expect(canonicalJson(value)).toBe(canonicalize(value))
  })
})
