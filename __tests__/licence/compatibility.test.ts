import { describe, expect, test } from '@jest/globals'
import { byCategory, compatibility, matrixKey } from '../../src/licence/compatibility.js'
import { parseLicenceExpression, type LicenceNode } from '../../src/licence/expression.js'

const ast = (text: string): LicenceNode => {
  const parsed = parseLicenceExpression(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.ast
}
const judge = (project: string, dependency: string) => compatibility(ast(project), ast(dependency))

describe('OSADL matrix hits (project leading, dependency subordinate)', () => {
  test.each([
    ['MIT', 'ISC', 'compatible', 'OSADL matrix: ISC in a project under MIT: Yes'],
    ['MIT', 'MIT', 'compatible', 'OSADL matrix: MIT in a project under MIT: Same'],
    ['Apache-2.0', 'GPL-3.0-only', 'incompatible', 'OSADL matrix: GPL-3.0-only in a project under Apache-2.0: No'],
    ['GPL-3.0-or-later', 'Apache-2.0', 'compatible', 'OSADL matrix: Apache-2.0 in a project under GPL-3.0-or-later: Yes'],
    ['GPL-2.0-only', 'Apache-2.0', 'incompatible', 'OSADL matrix: Apache-2.0 in a project under GPL-2.0-only: No'],
    ['EUPL-1.2', 'MIT', 'compatible', 'OSADL matrix: MIT in a project under EUPL-1.2: Yes'],
  ])('%s project with a %s dependency: %s', (project, dependency, verdict, reason) => {
    expect(judge(project, dependency)).toEqual({ verdict, reason })
  })

  test('a "Check dependency" cell is review, with the reason', () => {
    const cells = (require_: string, dep: string) => judge(require_, dep)
    const r = cells('GPL-2.0-or-later', 'LGPL-2.1-only')
    expect(['compatible', 'review']).toContain(r.verdict)
    expect(r.reason).toMatch(/^OSADL matrix: LGPL-2.1-only in a project under GPL-2.0-or-later/)
  })
})

describe('expressions', () => {
  test('the project may choose any branch of its OR', () => {
    expect(judge('MIT OR GPL-3.0-only', 'GPL-3.0-only').verdict).toBe('compatible')
    expect(judge('MIT', 'GPL-3.0-only').verdict).toBe('incompatible')
  })
  test('a dependency is compatible when some OR branch is, and every AND part is', () => {
    expect(judge('MIT', 'GPL-3.0-only OR MIT').verdict).toBe('compatible')
    expect(judge('MIT', 'GPL-3.0-only AND MIT').verdict).toBe('incompatible')
    expect(judge('Apache-2.0', '(MIT OR GPL-2.0-only) AND (ISC OR GPL-2.0-only)').verdict).toBe('compatible')
  })
  test('ranges and deprecated ids land on the matrix keys', () => {
    expect(matrixKey({ license: 'GPL-2.0', plus: true })).toBe('GPL-2.0-or-later')
    expect(matrixKey({ license: 'GPL-2.0' })).toBe('GPL-2.0-only')
    expect(matrixKey({ license: 'Apache-2.0', plus: true })).toBe('Apache-2.0')
    expect(matrixKey({ license: 'GPL-2.0-only', exception: 'Classpath-exception-2.0' })).toBe('GPL-2.0-only WITH Classpath-exception-2.0')
    expect(matrixKey({ license: 'CC-BY-NC-4.0' })).toBeUndefined()
    expect(judge('GPL-3.0-only', 'GPL-2.0+').reason).toMatch(
      /^OSADL matrix: GPL-[23]\.0-(only|or-later) in a project under GPL-3.0-only: (Yes|Same)/,
    )
  })
  test('an exception the matrix lacks is decided by category, not as the bare licence', () => {
    expect(judge('MIT', 'GPL-3.0-only WITH GCC-exception-3.1')).toEqual({
      verdict: 'review',
      reason:
        'no OSADL matrix entry for GPL-3.0-only WITH GCC-exception-3.1; by category, weak-copyleft GPL-3.0-only WITH GCC-exception-3.1 in a permissive project (MIT): compatible when used as a separate, unmodified library; changes to its files stay under its licence; review',
    })
    expect(judge('MIT', 'GPL-2.0-only WITH Classpath-exception-2.0').reason).toMatch(
      /^OSADL matrix: GPL-2.0-only WITH Classpath-exception-2.0 in a project under MIT/,
    )
  })
})

describe('fallback by category when the matrix lacks a licence', () => {
  test.each([
    ['MIT', 'etalab-2.0', 'compatible', /by category, permissive etalab-2.0 in a permissive project \(MIT\): compatible/],
    ['MIT', 'CC-BY-NC-4.0', 'incompatible', /no OSADL matrix entry for CC-BY-NC-4.0; .*non-open licence cannot be redistributed/],
    ['MIT', 'CC-BY-SA-4.0', 'incompatible', /would have to be distributed under CC-BY-SA-4.0/],
    ['MIT', 'AGPL-1.0-only', 'incompatible', /network-copyleft AGPL-1.0-only in a permissive project/],
    ['GPL-3.0-only', 'CC-BY-SA-4.0', 'review', /copyleft licences are compatible only in certain pairs/],
    ['MIT', 'LicenseRef-Custom', 'review', /LicenseRef-Custom is not on the SPDX list/],
    ['LicenseRef-Mine', 'GPL-3.0-only', 'review', /no OSADL matrix entry for LicenseRef-Mine; .*not an open one this table knows/],
    ['CECILL-2.1', 'MPL-1.0', 'review', /weak-copyleft MPL-1.0 .*separate, unmodified library/],
  ])('%s project, %s dependency: %s', (project, dependency, verdict, reason) => {
    const r = judge(project, dependency)
    expect(r.verdict).toBe(verdict)
    expect(r.reason).toMatch(reason)
  })

  test('the table, row by row', () => {
    const v = (p: Parameters<typeof byCategory>[1], d: Parameters<typeof byCategory>[3]) => byCategory('P', p, 'D', d, false).verdict
    expect(v('permissive', 'permissive')).toBe('compatible')
    expect(v('non-open', 'public-domain')).toBe('compatible')
    expect(v('permissive', 'weak-copyleft')).toBe('review')
    expect(v('weak-copyleft', 'strong-copyleft')).toBe('incompatible')
    expect(v('strong-copyleft', 'network-copyleft')).toBe('review')
    expect(v('network-copyleft', 'non-open')).toBe('incompatible')
    expect(v('unknown', 'non-open')).toBe('review')
  })
})
