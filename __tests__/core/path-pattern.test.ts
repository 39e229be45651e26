import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { PathPattern, PathTable } from '../../src/core/path-pattern.js'

// the forms the lockfile scan uses, and forms where the file name alone would give another answer
const PATTERNS: [RegExp, boolean][] = [
  [/(^|\/)Cargo\.lock$/, true],
  [/(^|\/)(package-lock|npm-shrinkwrap)\.json$/, true],
  [/(^|\/)(poetry\.lock|uv\.lock|Pipfile\.lock|requirements[^/]*\.txt)$/, true],
  [/(^|\/)(Gemfile|[^/]+\.gemspec)$/, true],
  [/(^|\/)[^/]+\.(csproj|fsproj|vbproj)$/, true],
  [/(^|\/)(pdm\.lock|pylock(\.[^/]+)?\.toml)$/, true],
  [/(?:^|\/)go\.(mod|sum)$/, true],
  [/(^|\/)README\.md$/i, true],
  [/(^|\/)[a-z0-9_-]+\.lock$/, true],
  [/(^|\/)\w+\.lock$/, true],
  // a "/" in the name part: the folder takes part
  [/(^|\/)gradle\/verification-metadata\.xml$/, false],
  [/(^|\/)([^/]+\.gradle(\.kts)?|gradle\/dependency-locks\/[^/]+\.lockfile)$/, false],
  // constructs that can match "/"
  [/(^|\/)a.lock$/, false],
  [/(^|\/)\S+\.lock$/, false],
  [/(^|\/)[^x]+\.lock$/, false],
  [/(^|\/)[!-0]+\.lock$/, false],
  [/(^|\/)[\W]+\.lock$/, false],
  [/(^|\/)[\x2f]+\.lock$/, false],
  // anchors and look-behind inside would see the file name's start
  [/(^|\/)(yarn|^bun)\.lock$/, false],
  [/(^|\/)(?<!x)\.lock$/, false],
  [/(^|\/)(?<=d\/)y\.lock$/, false],
  // other shapes and flags are run whole
  [/(^|\/)Cargo\.lock/, false],
  [/\/Cargo\.lock$/, false],
  [/(^|\/)Cargo\.lock$/g, false],
  [/(^|\/)Cargo\.lock$/m, false],
]

const TRICKY = [
  'Cargo.lock',
  'a/Cargo.lock',
  'xCargo.lock',
  'a/xCargo.lock',
  'Cargo.lock/x',
  'Cargo.lockx',
  'a.b/Cargo.lock',
  '.gemspec',
  'a/.gemspec',
  'x.gemspec',
  'deep/a/b/c/x.csproj',
  'gradle/verification-metadata.xml',
  'a/gradle/verification-metadata.xml',
  'agradle/verification-metadata.xml',
  'gradle/dependency-locks/x.lockfile',
  'b/app.gradle.kts',
  'd/y.lock',
  'yarn.lock',
  'bun.lock',
  'a/bun.lock',
  'x/a/b.lock',
  'a/b/c.lock',
  'a0.lock',
  'a/a!.lock',
  'requirements-dev.txt',
  'pkg/requirements/dev.txt',
  'pylock.dev.toml',
  'README.MD',
  'docs/readme.md',
  'go.sum',
  'a/go.mod',
  'go.mod.bak',
]

describe('PathPattern', () => {
  test.each(PATTERNS)('%s runs on the file name alone: %s', (regex, nameOnly) => {
    expect(new PathPattern(regex).nameOnly).toBe(nameOnly)
  })

  // every path of this repository (real names, fixtures of real projects among them) and the tricky ones
  const paths = [...execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean), ...TRICKY]

  test.each(PATTERNS)('%s gives the regular expression’s answer for every path', (regex) => {
    const pattern = new PathPattern(regex)
    const differ = paths.filter((p) => {
      regex.lastIndex = 0
      const expected = regex.test(p)
      regex.lastIndex = 0
      return pattern.test(p) !== expected
    })
    expect(differ).toEqual([])
  })

  test.each([
    [/(^|\/)([^/]+\.gradle(\.kts)?|gradle\/verification-metadata\.xml|gradle\/dependency-locks\/[^/]+\.lockfile)$/, true],
    [/(^|\/)(a\/b|c)$/, true],
    // a "/" inside a group of an alternative, a quantified group, a look-ahead: no condition
    [/(^|\/)((a\/)+b|c)$/, false],
    [/(^|\/)(a\/|b)?c$/, false],
    [/(^|\/)(?=x)(a\/b)$/, false],
    [/(^|\/)(?<n>a\/b)$/, false],
  ])('%s has a file-name condition before the whole test: %s', (regex, condition) => {
    const pattern = new PathPattern(regex)
    expect(pattern.nameOnly).toBe(false)
    expect(pattern.name !== undefined).toBe(condition)
  })

  test('a table gives the first entry that matches, as the expressions in order would', () => {
    const regexes = [...PATTERNS.map(([r]) => r).filter((r) => !r.global), /(^|\/)(b\/app\.gradle\.kts|x\.lock)$/]
    const table = new PathTable(regexes.map((r, i) => [r, i]))
    const differ = paths.filter((p) => table.index(p) !== regexes.findIndex((r) => r.test(p)))
    expect(differ).toEqual([])
    expect(table.find('a/Cargo.lock')).toBe(0)
    expect(table.find('b/app.gradle.kts')).toBe(11)
    expect(table.find('nothing.here')).toBeUndefined()
    // without the i flag among them, the file-name tests are joined
    const plain = new PathTable([
      [/(^|\/)Cargo\.lock$/, 'cargo'],
      [/(^|\/)go\.(mod|sum)$/, 'go'],
      [/(^|\/)gradle\/x\.xml$/, 'gradle'],
    ])
    expect(['Cargo.lock', 'a/go.sum', 'p/gradle/x.xml', 'x.xml', 'go.mod/x'].map((p) => plain.find(p))).toEqual([
      'cargo',
      'go',
      'gradle',
      undefined,
      undefined,
    ])
  })

  test('the tricky paths include matches and misses for the name-only patterns', () => {
    const cargo = new PathPattern(/(^|\/)Cargo\.lock$/)
    expect(TRICKY.filter((p) => cargo.test(p))).toEqual(['Cargo.lock', 'a/Cargo.lock', 'a.b/Cargo.lock'])
  })
})
