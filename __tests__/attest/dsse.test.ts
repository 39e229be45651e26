import { describe, expect, test } from '@jest/globals'
import { createPublicKey, verify } from 'node:crypto'
import { decodeBase64, pae } from '../../src/attest/dsse.js'
import { decodeCanonical } from '../../src/attest/verify.js'

/** Decimal big integer to unpadded base64url of its 32-byte big-endian form (for a JWK). */
function b64u(decimal: string): string {
  return Buffer.from(BigInt(decimal).toString(16).padStart(64, '0'), 'hex').toString('base64url')
}

describe('DSSE pre-authentication encoding', () => {
  test('the example of the DSSE specification', () => {
    expect(pae('http://example.com/HelloWorld', Buffer.from('hello world')).toString()).toBe(
      'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
    )
  })

  test("the specification's ECDSA P-256 test vector signature verifies over our encoding", () => {
    // protocol.md, "Test Vectors": the public key (X, Y) and the signature (raw r || s) of the example envelope.
    const key = createPublicKey({
      key: {
        kty: 'EC',
        crv: 'P-256',
        x: b64u('46950820868899156662930047687818585632848591499744589407958293238635476079160'),
        y: b64u('5640078356564379163099075877009565129882514886557779369047442380624545832820'),
      },
      format: 'jwk',
    })
    const sig = Buffer.from('A3JqsQGtVsJ2O2xqrI5IcnXip5GToJ3F+FnZ+O88SjtR6rDAajabZKciJTfUiHqJPcIAriEGAHTVeCUjW2JIZA==', 'base64')
    const payload = Buffer.from('aGVsbG8gd29ybGQ=', 'base64')
    expect(verify('sha256', pae('http://example.com/HelloWorld', payload), { key, dsaEncoding: 'ieee-p1363' }, sig)).toBe(true)
    // and not over an encoding that differs by one byte
    expect(verify('sha256', pae('http://example.com/HelloWorle', payload), { key, dsaEncoding: 'ieee-p1363' }, sig)).toBe(false)
  })

  test('lengths are byte lengths, not character lengths', () => {
    expect(pae('t/ü', Buffer.from('é', 'utf8')).toString('utf8')).toBe('DSSEv1 4 t/ü 2 é')
  })
})

describe('base64', () => {
  test('standard and URL-safe alphabets are both accepted, as the spec requires', () => {
    expect(decodeBase64('+/8=')?.toString('hex')).toBe('fbff')
    expect(decodeBase64('-_8')?.toString('hex')).toBe('fbff')
    expect(decodeCanonical('-_8')?.toString('hex')).toBe('fbff')
    expect(decodeCanonical('-_8=')?.toString('hex')).toBe('fbff')
  })

  test.each([['+/9='], ['+/8'], ['+_8='], ['+/8=\n'], [' +/8='], ['+/8=='], ['']])('non-canonical or invalid %j is refused', (text) => {
    expect(decodeCanonical(text)).toBeUndefined()
  })
})

describe('base64 of any length', () => {
  // the patterns before: a repeated group, which V8 backtracks once per group of four
  const GROUPED = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
  const GROUPED_URL_PADDED = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}==|[A-Za-z0-9_-]{3}=)$/
  const grouped = (text: string) =>
    GROUPED.test(text) || (/^[A-Za-z0-9_-]*$/.test(text) && text.length % 4 !== 1) || GROUPED_URL_PADDED.test(text)

  test('every string of up to 6 characters over "A+/-_=!" is base64 exactly when the grouped patterns say so', () => {
    const alphabet = ['A', '+', '/', '-', '_', '=', '!']
    let texts = ['']
    const all: string[] = []
    for (let length = 0; length <= 6; length++) {
      all.push(...texts)
      texts = texts.flatMap((t) => alphabet.map((c) => t + c))
    }
    expect(all).toHaveLength((7 ** 7 - 1) / 6)
    expect(all.filter((text) => (decodeBase64(text) !== undefined) !== grouped(text))).toEqual([])
    expect(all.filter((text) => decodeBase64(text) !== undefined)).toHaveLength(997)
  })

  test('a 16 MiB payload decodes (the grouped pattern threw RangeError from some 8 MB on)', () => {
    const text = Buffer.alloc(12 << 20, 7).toString('base64')
    expect(() => GROUPED.test(text)).toThrow(RangeError)
    expect(decodeBase64(text)?.length).toBe(12 << 20)
    expect(decodeCanonical(text)?.length).toBe(12 << 20)
    expect(decodeBase64(`${text}!`)).toBeUndefined()
  })
})
