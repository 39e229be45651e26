import { describe, expect, test } from '@jest/globals'
import { category, leafCategory } from '../../src/licence/categories.js'

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
})
