import { afterAll, describe, expect, test } from '@jest/globals'
import { check, validate } from '../../../checks/security/security-txt/index.js'
import { runCheckOn, TEST_NOW } from '../../helpers/check.js'
import { cleanup } from '../../helpers/repo.js'

afterAll(cleanup)

const VALID =
  'Contact: mailto:security@city.example.eu\nContact: https://city.example.eu/security\nExpires: 2027-01-31T23:00:00Z\nPreferred-Languages: en, de, fi\nPolicy: https://city.example.eu/policy\n'

describe('security-txt', () => {
  test('a valid file under .well-known passes', async () => {
    const run = await runCheckOn(check, { 'public/.well-known/security.txt': VALID })
    expect(run).toMatchObject({ status: 'pass', messages: ['public/.well-known/security.txt: valid RFC 9116 security.txt (2 contact(s))'] })
  })

  test('the space after the colon is optional', () => {
    expect(validate('security.txt', 'Contact:mailto:security@city.example.eu\nExpires:2027-01-31T23:00:00Z\n', TEST_NOW)).toEqual([
      expect.objectContaining({ status: 'pass' }),
    ])
  })

  test('no security.txt is not applicable', async () => {
    expect((await runCheckOn(check, { 'README.md': 'x' })).status).toBe('not-applicable')
  })

  test.each([
    ['no Contact', 'Expires: 2027-01-31T23:00:00Z\n', 1, 'no Contact field; at least one is required'],
    ['no Expires', 'Contact: mailto:a@b.eu\n', 1, 'no Expires field; it is required'],
    [
      'Expires in the past',
      'Contact: mailto:a@b.eu\nExpires: 2026-01-01T00:00:00Z\n',
      2,
      'Expires 2026-01-01T00:00:00Z is in the past; the file is stale',
    ],
    [
      'Expires more than a year ahead',
      'Contact: mailto:a@b.eu\nExpires: 2028-01-01T00:00:00Z\n',
      2,
      'Expires 2028-01-01T00:00:00Z is more than a year ahead',
    ],
    ['Expires not RFC 3339', 'Contact: mailto:a@b.eu\nExpires: 31.12.2026\n', 2, 'Expires "31.12.2026" is not an RFC 3339 date-time'],
    [
      'Expires twice',
      'Contact: mailto:a@b.eu\nExpires: 2026-12-01T00:00:00Z\nExpires: 2026-12-02T00:00:00Z\n',
      3,
      'expires appears 2 times; it must appear once',
    ],
    [
      'an http Contact',
      'Contact: http://city.example.eu/security\nExpires: 2026-12-01T00:00:00Z\n',
      1,
      'Contact uses http://; web URIs must use https://',
    ],
    [
      'a Contact that is not a URI',
      'Contact: security at city\nExpires: 2026-12-01T00:00:00Z\n',
      1,
      'Contact "security at city" is not a URI',
    ],
    [
      'a bad language tag',
      'Contact: mailto:a@b.eu\nExpires: 2026-12-01T00:00:00Z\nPreferred-Languages: en, deutsch!\n',
      3,
      'Preferred-Languages has invalid language tags: deutsch!',
    ],
    [
      'a line that is not a field',
      'Contact: mailto:a@b.eu\nExpires: 2026-12-01T00:00:00Z\nthis is not a field\n',
      3,
      '"this is not a field" is not a "Field-Name: value" line',
    ],
  ])('%s', (_name, text, line, message) => {
    const findings = validate('.well-known/security.txt', text, TEST_NOW)
    expect(findings).toContainEqual(
      expect.objectContaining({
        status: 'fail',
        message: `.well-known/security.txt:${line}: ${message}`,
        location: { path: '.well-known/security.txt', startLine: line },
      }),
    )
  })

  test('a PGP clear-signed file is read inside its signature; unknown fields are ignored', () => {
    const signed = `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n# comment\n${VALID}X-Custom: whatever\n-----BEGIN PGP SIGNATURE-----\n\niQIzBAEBCgAdFiEE\n-----END PGP SIGNATURE-----\n`
    expect(validate('security.txt', signed, TEST_NOW)).toEqual([expect.objectContaining({ status: 'pass' })])
  })
})
