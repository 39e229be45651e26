import { describe, expect, test } from '@jest/globals'
import { category, isOpenExpression, isOpenLicence, leafCategory } from '../../src/licence/categories.js'

describe('licence categories', () => {
  test.each([
    ['MIT', 'permissive'],
    ['apache-2.0', 'permissive'],
    ['BSD-3-Clause', 'permissive'],
    ['CC-BY-4.0', 'permissive'],
    ['etalab-2.0', 'permissive'],
    ['CC0-1.0', 'public-domain'],
    ['Unlicense', 'public-domain'],
    ['LGPL-2.1-only', 'weak-copyleft'],
    ['MPL-2.0', 'weak-copyleft'],
    ['MPL-2.0-no-copyleft-exception', 'permissive'],
    ['EPL-2.0', 'weak-copyleft'],
    ['CDDL-1.0', 'weak-copyleft'],
    ['GPL-2.0', 'strong-copyleft'],
    ['GPL-3.0-or-later', 'strong-copyleft'],
    ['GPL-2.0+', 'strong-copyleft'],
    ['EUPL-1.2', 'strong-copyleft'],
    ['CC-BY-SA-4.0', 'strong-copyleft'],
    ['AGPL-3.0-only', 'network-copyleft'],
    ['OSL-3.0', 'network-copyleft'],
    ['CC-BY-NC-4.0', 'non-open'],
    ['CC-BY-ND-4.0', 'non-open'],
    ['CC-BY-NC-SA-4.0', 'non-open'],
    ['PolyForm-Noncommercial-1.0.0', 'non-open'],
    ['SSPL-1.0', 'non-open'],
    ['BUSL-1.1', 'non-open'],
    ['JSON', 'non-open'],
    ['LicenseRef-Proprietary', 'unknown'],
    ['Not-A-Licence', 'unknown'],
  ])('%s is %s', (id, expected) => {
    expect(category(id)).toBe(expected)
  })

  test('a linking exception makes a strong copyleft weak; other exceptions do not', () => {
    expect(leafCategory({ license: 'GPL-2.0-only', exception: 'Classpath-exception-2.0' })).toBe('weak-copyleft')
    expect(leafCategory({ license: 'GPL-3.0-only', exception: 'Autoconf-exception-3.0' })).toBe('weak-copyleft')
    expect(leafCategory({ license: 'GPL-2.0-only', exception: 'openvpn-openssl-exception' })).toBe('strong-copyleft')
  })

  test('open means OSI-approved or FSF-free, and never non-commercial or no-derivatives', () => {
    expect(isOpenLicence('MIT')).toBe(true)
    expect(isOpenLicence('GPL-2.0')).toBe(true)
    expect(isOpenLicence('CC-BY-SA-4.0')).toBe(true)
    expect(isOpenLicence('CC-BY-NC-4.0')).toBe(false)
    expect(isOpenLicence('SSPL-1.0')).toBe(false)
    expect(isOpenLicence('LicenseRef-Mine')).toBe(false)
    // a category of its own, but neither OSI-approved nor FSF-free
    expect(isOpenLicence('etalab-2.0')).toBe(false)
  })

  test.each([
    ['MIT OR CC-BY-NC-4.0', true],
    ['MIT AND CC-BY-NC-4.0', false],
    ['(SSPL-1.0 OR BUSL-1.1) AND MIT', false],
    ['(SSPL-1.0 OR Apache-2.0) AND MIT', true],
  ])('expression %s open: %s', (text, open) => {
    expect(isOpenExpression(text).open).toBe(open)
  })

  test('an expression that does not parse is not open, with the reason and column', () => {
    expect(isOpenExpression('(MIT OR Apache-2.0')).toEqual({ open: false, reason: 'the "(" at column 1 is never closed' })
    expect(isOpenExpression('MIT AND CC-BY-NC-4.0').reason).toBe('CC-BY-NC-4.0 is neither OSI-approved nor FSF-free')
  })
})
