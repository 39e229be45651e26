import { describe, expect, test } from '@jest/globals'
import { compilePolicy, evaluateText, findException, versionsOffered, type PolicyOptions } from '../../src/licence/policy.js'

const policy = (options: PolicyOptions) => {
  const compiled = compilePolicy(options)
  expect(compiled.problems).toEqual([])
  return compiled.policy
}
const verdict = (options: PolicyOptions, text: string) => evaluateText(policy(options), text).verdict

describe('policy semantics, one case per rule', () => {
  test.each<[string, PolicyOptions, string, string]>([
    ['an allowed id', { allow: ['MIT'] }, 'MIT', 'allowed'],
    ['ids match case-insensitively', { allow: ['mit'] }, 'Mit', 'allowed'],
    ['OR: one allowed branch is enough', { allow: ['MIT'], deny: ['GPL-3.0-only'] }, 'GPL-3.0-only OR MIT', 'allowed'],
    ['OR: review beats deny', { review: ['MPL-2.0'], deny: ['GPL-3.0-only'] }, 'GPL-3.0-only OR MPL-2.0', 'review'],
    ['AND: every part must be allowed', { allow: ['MIT'], deny: ['GPL-3.0-only'] }, 'MIT AND GPL-3.0-only', 'denied'],
    ['AND: review when one part is to review', { allow: ['MIT'], review: ['MPL-2.0'] }, 'MIT AND MPL-2.0', 'review'],
    ['nesting', { allow: ['MIT', 'ISC'], deny: ['GPL-3.0-only'] }, '(GPL-3.0-only OR MIT) AND (ISC OR GPL-3.0-only)', 'allowed'],
    ['-or-later is a range: allowed by a later version', { allow: ['GPL-3.0-only'], unlisted: 'deny' }, 'GPL-2.0-or-later', 'allowed'],
    ['+ is the same range', { allow: ['GPL-3.0-only'], unlisted: 'deny' }, 'GPL-2.0+', 'allowed'],
    ['a range is denied only when every version is', { deny: ['GPL-2.0-only'], allow: ['GPL-3.0-only'] }, 'GPL-2.0-or-later', 'allowed'],
    ['every version denied', { deny: ['GPL-2.0-only', 'GPL-3.0-only'] }, 'GPL-2.0-or-later', 'denied'],
    ['an -only licence is not a range', { allow: ['GPL-3.0-only'], unlisted: 'deny' }, 'GPL-2.0-only', 'denied'],
    ['an allow entry with a range covers later versions', { allow: ['GPL-2.0-or-later'], unlisted: 'deny' }, 'GPL-3.0-only', 'allowed'],
    ['... but not earlier ones', { allow: ['GPL-2.0+'], unlisted: 'deny' }, 'GPL-1.0-only', 'denied'],
    ['deprecated ids mean their current id', { deny: ['GPL-2.0-only'] }, 'GPL-2.0', 'denied'],
    ['a family glob', { deny: ['GPL-*'] }, 'GPL-3.0-or-later', 'denied'],
    ['a glob does not reach other families', { deny: ['GPL-*'], allow: ['LGPL-*'] }, 'LGPL-2.1-only', 'allowed'],
    ['a category', { deny: ['strong-copyleft'], allow: ['permissive'] }, 'EUPL-1.2', 'denied'],
    ['non-commercial is non-open', { deny: ['non-open'], allow: ['permissive'] }, 'CC-BY-NC-4.0', 'denied'],
    ['deny beats allow for the same licence', { allow: ['permissive'], deny: ['BSD-4-Clause'] }, 'BSD-4-Clause', 'denied'],
    ['review beats allow for the same licence', { allow: ['permissive'], review: ['BSD-4-Clause'] }, 'BSD-4-Clause', 'review'],
    [
      'WITH: an allow of the bare licence allows it',
      { allow: ['GPL-2.0-only'], unlisted: 'deny' },
      'GPL-2.0-only WITH Classpath-exception-2.0',
      'allowed',
    ],
    ['WITH: a deny of the bare licence makes it review', { deny: ['GPL-2.0-only'] }, 'GPL-2.0-only WITH Classpath-exception-2.0', 'review'],
    [
      'WITH: a deny naming the exception denies it',
      { deny: ['GPL-2.0-only WITH Classpath-exception-2.0'] },
      'GPL-2.0-only WITH Classpath-exception-2.0',
      'denied',
    ],
    [
      'WITH: an allow naming the exception beats a deny of the bare licence',
      { deny: ['GPL-2.0-only'], allow: ['GPL-2.0-only WITH Classpath-exception-2.0'] },
      'GPL-2.0-only WITH Classpath-exception-2.0',
      'allowed',
    ],
    [
      'WITH: an entry naming another exception does not match',
      { allow: ['GPL-2.0-only WITH GCC-exception-2.0'], unlisted: 'deny' },
      'GPL-2.0-only WITH Classpath-exception-2.0',
      'denied',
    ],
    ['a licence on no list: unlisted (review by default)', { allow: ['MIT'] }, 'ISC', 'review'],
    ['unlisted: deny', { allow: ['MIT'], unlisted: 'deny' }, 'ISC', 'denied'],
    ['a LicenseRef is review even when unlisted licences are denied', { allow: ['MIT'], unlisted: 'deny' }, 'LicenseRef-Custom', 'review'],
    ['a LicenseRef named in the allow list', { allow: ['LicenseRef-Custom'] }, 'LicenseRef-Custom', 'allowed'],
    ['an unparseable licence is review', { allow: ['MIT'] }, 'MIT OR', 'review'],
    ['unbalanced parentheses: review', { allow: ['MIT'] }, '((MIT OR ISC)', 'review'],
    ['an unknown name: review', { allow: ['permissive'] }, 'Apache 2', 'review'],
  ])('%s', (_name, options, text, expected) => {
    expect(verdict(options, text)).toBe(expected)
  })

  test('the reason names the rule that decided', () => {
    const p = policy({ deny: ['GPL-*'], allow: ['permissive'] })
    expect(evaluateText(p, 'GPL-3.0-only')).toMatchObject({ verdict: 'denied', reason: 'deny[0] "GPL-*" matches GPL-3.0-only' })
    expect(evaluateText(p, 'MIT AND GPL-2.0+')).toMatchObject({ verdict: 'denied', reason: 'deny[0] "GPL-*" matches GPL-2.0-only' })
    expect(evaluateText(p, 'GPL-2.0-only WITH Classpath-exception-2.0').reason).toBe(
      'deny[0] "GPL-*" matches GPL-2.0-only, but Classpath-exception-2.0 may permit this use: review',
    )
    expect(evaluateText(p, '(MIT').reason).toBe('"(MIT" is not a valid SPDX expression: the "(" at column 1 is never closed; review')
  })

  test('a 10,000-term licence field is review with the parser limit, in bounded time', () => {
    const huge = Array.from({ length: 10_000 }, (_, i) => (i % 2 ? 'MIT' : 'ISC')).join(' AND ')
    const started = Date.now()
    const d = evaluateText(policy({ allow: ['MIT'] }), huge)
    expect(d.verdict).toBe('review')
    expect(d.reason).toMatch(/more than 256 licence terms/)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  test('256 alternatives are evaluated on the tree, not expanded (no exponential blow-up)', () => {
    const pairs = Array.from({ length: 128 }, () => '(GPL-3.0-only OR MIT)').join(' AND ')
    const started = Date.now()
    expect(verdict({ allow: ['MIT'], deny: ['GPL-*'] }, pairs)).toBe('allowed')
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('ranges', () => {
  test.each([
    [{ license: 'GPL-2.0-or-later' }, ['GPL-2.0-only', 'GPL-3.0-only']],
    [{ license: 'GPL-2.0', plus: true }, ['GPL-2.0-only', 'GPL-3.0-only']],
    [{ license: 'LGPL-2.0-or-later' }, ['LGPL-2.0-only', 'LGPL-2.1-only', 'LGPL-3.0-only']],
    [{ license: 'MPL-1.1', plus: true }, ['MPL-1.1', 'MPL-2.0']],
    [{ license: 'Apache-2.0', plus: true }, ['Apache-2.0']],
    [{ license: 'GPL-2.0-only' }, ['GPL-2.0-only']],
    [{ license: 'MIT' }, ['MIT']],
  ])('%o offers %o', (leaf, expected) => {
    expect(versionsOffered(leaf)).toEqual(expected)
  })
})

describe('policy problems name the option key', () => {
  test.each<[PolicyOptions, string, RegExp]>([
    [{ deny: ['MIT', '(GPL-2.0'] }, 'deny[1]', /is not a licence, a glob or a category .*never closed/],
    [{ allow: ['MIT OR ISC'] }, 'allow[0]', /is an expression; give one licence per entry/],
    [{ review: ['permissve'] }, 'review[0]', /"permissve" at column 1 is not an SPDX licence identifier/],
    [{ allow: ['GPL-2.0-only WITH Nope'] }, 'allow[0]', /"Nope" is not an SPDX licence exception/],
    [
      { exceptions: [{ package: 'a', versions: 'not a range!', reason: 'because it is so' }] },
      'exceptions[0].versions',
      /not a SemVer range/,
    ],
    [{ deny: [Array.from({ length: 10_000 }, () => 'MIT').join(' AND ')] }, 'deny[0]', /more than 256 licence terms/],
  ])('%o', (options, key, message) => {
    const { problems } = compilePolicy(options)
    expect(problems).toEqual([{ key, message: expect.stringMatching(message) }])
  })
})

describe('per-package exceptions', () => {
  const p = policy({
    exceptions: [
      { package: 'left-pad', versions: '^1.3.0', reason: 'reviewed by legal, ticket 42' },
      { package: 'pkg:npm/%40scope/charts', versions: '>=2 <3', reason: 'commercial licence bought', expires: '2026-05-31' },
      { package: 'pkg:npm/@scope/charts', versions: '2.x', reason: 'renewed commercial licence', expires: '2027-01-01' },
      { package: 'old', versions: '*', reason: 'temporary waiver here', expires: '2026-01-01' },
    ],
  })
  const ref = (name: string, version: string, purl = `pkg:npm/${name}@${version}`) => ({ name, version, purl })

  test('by name and SemVer range', () => {
    expect(findException(p, ref('left-pad', '1.3.5'), '2026-06-01')).toMatchObject({ applies: true, index: 0 })
    expect(findException(p, ref('left-pad', '2.0.0'), '2026-06-01')).toEqual({ applies: false })
    expect(findException(p, ref('other', '1.3.0'), '2026-06-01')).toEqual({ applies: false })
  })

  test('by purl, whatever its encoding; an expired one gives way to a valid one', () => {
    expect(findException(p, ref('@scope/charts', '2.4.1', 'pkg:npm/%40scope/charts@2.4.1'), '2026-06-01')).toMatchObject({
      applies: true,
      index: 2,
    })
  })

  test('an expired exception does not apply and is reported', () => {
    expect(findException(p, ref('old', '0.0.1'), '2026-06-01')).toMatchObject({ applies: false, expired: { index: 3 } })
    expect(findException(p, ref('old', '0.0.1'), '2026-01-01')).toMatchObject({ applies: true, index: 3 })
  })
})
