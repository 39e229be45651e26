import { describe, expect, it } from '@jest/globals'
import { formatExpression, leaves, parseLicenceExpression, MAX_TERMS } from '../../src/licence/expression.js'

describe('parseLicenceExpression', () => {
  it.each([
    ['MIT', 'MIT'],
    ['mit or apache-2.0', 'MIT OR Apache-2.0'],
    ['(MIT AND BSD-3-Clause) OR GPL-2.0-or-later', '(MIT AND BSD-3-Clause) OR GPL-2.0-or-later'],
    ['GPL-2.0+ with classpath-exception-2.0', 'GPL-2.0+ WITH Classpath-exception-2.0'],
    ['LicenseRef-Proprietary OR MIT', 'LicenseRef-Proprietary OR MIT'],
  ])('reads %s as %s', (text, normalised) => {
    const parsed = parseLicenceExpression(text)
    expect(parsed).toMatchObject({ ok: true, normalised })
    if (parsed.ok)
      expect(parseLicenceExpression(formatExpression(parsed.ast))).toMatchObject({ ok: true, normalised: formatExpression(parsed.ast) })
  })

  it.each([
    ['MIT OR (Apache-2.0', /the "\(" at column 8 is never closed/],
    ['MIT)', /the "\)" at column 4 closes nothing/],
    ['MIT AND', /ends with an operator/],
    ['MIT OR Foo-License', /"Foo-License" at column 8 is not an SPDX licence identifier/],
    ['GPL-2.0 WITH Nope-exception', /"Nope-exception" at column 14 is not an SPDX licence exception/],
    ['MIT / Apache-2.0', /unexpected "\/" at column 5/],
    ['', /empty/],
  ])('refuses %j: %s', (text, message) => {
    const parsed = parseLicenceExpression(text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toMatch(message)
  })

  it('refuses a 10,000-term expression and 10,000 nested parentheses with a message, not a stack overflow', () => {
    const long = parseLicenceExpression(Array.from({ length: 10_000 }, () => 'MIT').join(' AND '))
    expect(long).toMatchObject({ ok: false, message: `the expression has more than ${MAX_TERMS} licence terms` })
    const deep = parseLicenceExpression(`${'('.repeat(5000)}MIT${')'.repeat(5000)}`)
    expect(deep).toMatchObject({ ok: false, message: 'parentheses nest deeper than 32 levels' })
  })

  it('lists the leaves left to right', () => {
    const parsed = parseLicenceExpression('MIT AND (Apache-2.0 OR GPL-3.0-only WITH GCC-exception-3.1)')
    expect(parsed.ok && leaves(parsed.ast)).toEqual([
      { license: 'MIT' },
      { license: 'Apache-2.0' },
      { license: 'GPL-3.0-only', exception: 'GCC-exception-3.1' },
    ])
  })
})
