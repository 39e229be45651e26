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
