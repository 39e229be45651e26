import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { emptyGraph, type ComponentGraph } from '../../src/sbom/graph.js'
import { parseBunLock, versionFromSource } from '../../src/sbom/bun-lock.js'
import { parsePnpmLock } from '../../src/sbom/js-lockfiles.js'
import { parsePom } from '../../src/sbom/maven-reactor.js'
import { parseNpmLock } from '../../src/sbom/npm-lock.js'
import { parseYarnBerryLock } from '../../src/sbom/yarn-berry.js'
import { FIXTURES } from '../helpers/repo.js'

// each of these crashed its reader (and with it the whole run) before; the time bound is jest's timeout

const hostile = (file: string) => readFileSync(join(FIXTURES, 'sbom', 'hostile', file), 'utf8')
const read = (path: string, text: string, reader: (p: string, t: string, g: ComponentGraph) => void) => {
  const graph = emptyGraph()
  reader(path, text, graph)
  return graph
}
const pom = (text: string) => read('pom.xml', text, parsePom)
const berry = (text: string) => read('yarn.lock', text, (p, t, g) => parseYarnBerryLock(p, t, g, () => undefined))
const purls = (graph: ComponentGraph) => [...graph.components.keys()].sort()

describe('pom.xml', () => {
  test('an element inside <version> is a warning about that dependency; the others are read', () => {
    const graph = pom(hostile('pom-element-in-version.xml'))
    expect(purls(graph)).toEqual(['pkg:maven/org.x/ok@1.0'])
    expect(graph.problems).toEqual([
      { path: 'pom.xml', line: 4, warning: true, message: 'org.x:bad: the version holds elements, not text; left out' },
    ])
  })

  test('more than 100 nested elements (fast-xml-parser’s default limit) are read', () => {
    const graph = pom(hostile('pom-nested-101.xml'))
    expect(purls(graph)).toEqual(['pkg:maven/org.x/y@1'])
    expect(graph.problems).toEqual([])
  })

  test('more than 1000 nested elements are a problem, not a crash', () => {
    const deep = `<project><x>${'<a>'.repeat(1500)}${'</a>'.repeat(1500)}</x></project>`
    expect(pom(deep).problems).toEqual([
      { path: 'pom.xml', message: expect.stringMatching(/^not a POM: elements nested deeper than 1000 levels/) },
    ])
  })

  test('a "billion laughs" of properties is a warning at the dependency, not an expansion', () => {
    const graph = pom(hostile('pom-property-bomb.xml'))
    expect(purls(graph)).toEqual([])
    expect(graph.problems).toEqual([
      { path: 'pom.xml', line: 3, warning: true, message: 'org.x:y: the version properties expand to more than 1024 characters; left out' },
    ])
  })

  test('properties shared by many dependencies are expanded once each', () => {
    const props = Array.from({ length: 10 }, (_, i) => `<p${i + 1}>${`\${p${i}}`.repeat(2)}</p${i + 1}>`).join('')
    const deps = Array.from(
      { length: 2000 },
      (_, i) => `<dependency><groupId>g</groupId><artifactId>a${i}</artifactId><version>\${p10}</version></dependency>`,
    )
    const graph = pom(`<project><properties><p0>1</p0>${props}</properties><dependencies>${deps.join('')}</dependencies></project>`)
    expect(graph.problems).toEqual([])
    expect(graph.components.get(`pkg:maven/g/a1999@${'1'.repeat(1024)}`)).toBeDefined()
    expect(graph.components.size).toBe(2000)
  })

  test('40,000 dependencies without versions: linear time, and 20 warnings and a count, not 40,000', () => {
    const deps = Array.from(
      { length: 40_000 },
      (_, i) => `<dependency>\n<groupId>g</groupId>\n<artifactId>a${i}</artifactId>\n</dependency>`,
    )
    const graph = pom(`<project>\n<dependencies>\n${deps.join('\n')}\n</dependencies>\n</project>\n`)
    expect(graph.problems).toHaveLength(21)
    expect(graph.problems[19]).toMatchObject({ line: 3 + 19 * 4, message: expect.stringMatching(/^g:a19 has no version/) })
    expect(graph.problems[20]).toEqual({ path: 'pom.xml', warning: true, message: '39980 more warning(s) about dependencies not listed' })
  })
})

describe('JSON lockfiles nested deeper than jsonc-parser can recurse', () => {
  const deep = (prefix: string) => `${prefix}"z":\n${'['.repeat(5000)}${']'.repeat(5000)}}`
  test.each([
    ['package-lock.json', deep('{"lockfileVersion":3,"packages":{"":{"name":"x"}},\n'), parseNpmLock],
    ['bun.lock', deep('{"lockfileVersion":1,"workspaces":{"":{"name":"x"}},"packages":{},\n'), parseBunLock],
  ] as const)('%s: a problem at the line, not a stack overflow', (path, text, reader) => {
    expect(read(path, text, reader).problems).toEqual([{ path, line: 3, message: 'not a lockfile: nested deeper than 1000 levels' }])
  })

  test('brackets inside strings and comments do not count', () => {
    const text = `{"lockfileVersion":1, // [[[ "\n"workspaces":{"":{"name":"${'['.repeat(2000)}"}},"packages":{}}`
    expect(read('bun.lock', text, parseBunLock).problems).toEqual([])
  })
})

describe('bun.lock', () => {
  test('a number as a workspace dependency spec is read by the name', () => {
    const graph = read('bun.lock', hostile('bun-number-spec.lock'), parseBunLock)
    expect([...graph.components.values()].map((c) => `${c.purl} ${c.scope}`)).toEqual(['pkg:npm/a@1.0.0 required'])
  })
})

describe('yarn berry yarn.lock', () => {
  test('version: [1] is not a version: the resolution gives it', () => {
    expect(purls(berry(hostile('berry-version-array.lock')))).toEqual(['pkg:npm/a@1.0.0'])
  })

  test('a list as dependencies and a number as a range are skipped', () => {
    const graph = berry(hostile('berry-odd-dependencies.lock'))
    expect(purls(graph)).toEqual(['pkg:npm/a@1.0.0'])
    expect(graph.components.get('pkg:npm/a@1.0.0')!.dependsOn.size).toBe(0)
  })

  test('a malformed %ZZ escape in a patch locator is read as written', () => {
    const graph = berry(hostile('berry-bad-escape.lock'))
    expect([...graph.components.values()].map((c) => `${c.purl} ${c.patch}`)).toEqual(['pkg:npm/a@1.0.0 x'])
  })

  const entry = (i: number, complete: boolean) =>
    `"p${i}@npm:^1.0.0":\n  version: 1.0.0\n  resolution: "p${i}@npm:1.0.0"\n  languageName: node\n${complete ? '  linkType: hard\n' : ''}`
  const lockOf = (entries: string[]) => `__metadata:\n  version: 8\n  cacheKey: 10c0\n\n${entries.join('\n')}`

  test('20,000 incomplete entries: linear time, 20 findings with lines and a count', () => {
    const graph = berry(lockOf(Array.from({ length: 20_000 }, (_, i) => entry(i, false))))
    expect(graph.problems).toHaveLength(21)
    expect(graph.problems[1]).toEqual({
      path: 'yarn.lock',
      line: 5 + 5,
      message: 'entry p1@npm:^1.0.0 is incomplete (no resolution or linkType): the lockfile is truncated or was edited by hand',
    })
    expect(graph.problems[20]).toEqual({ path: 'yarn.lock', message: '19980 more problem(s) with entries not listed' })
    expect(graph.components.size).toBe(20_000)
  })

  test('20,000 entries parse in linear time, and a duplicate key is reported at its line', () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => entry(i, true))
    expect(berry(lockOf(entries)).problems).toEqual([])
    const duplicated = berry(lockOf([...entries.slice(0, 3), entry(1, true)]))
    expect(duplicated.problems).toEqual([
      {
        path: 'yarn.lock',
        line: 5 + 3 * 6,
        message: 'duplicate key "p1@npm:^1.0.0": YAML readers keep one of the two entries, so the lockfile says two things',
      },
    ])
  })
})

describe('YAML errors are reported at their line', () => {
  const broken = 'a: 1\nb: 2\nc: 3\nd: [unclosed\n'
  test('yarn berry', () => {
    expect(berry(`__metadata:\n  version: 8\n${broken}`).problems).toEqual([
      { path: 'yarn.lock', line: expect.any(Number), message: expect.stringMatching(/^not valid YAML/) },
    ])
    expect(berry(`__metadata:\n  version: 8\n${broken}`).problems[0]!.line).toBeGreaterThan(1)
  })
  test('pnpm', () => {
    const problems = read('pnpm-lock.yaml', `lockfileVersion: '9.0'\n${broken}`, parsePnpmLock).problems
    expect(problems).toEqual([{ path: 'pnpm-lock.yaml', line: expect.any(Number), message: expect.stringMatching(/^not valid YAML/) }])
    expect(problems[0]!.line).toBeGreaterThan(1)
  })
})

describe('bun.lock git and tarball sources', () => {
  test.each([
    ['1.2.3', { version: '1.2.3' }],
    ['github:user/foo#abc1234', { version: 'abc1234', resolved: 'https://github.com/user/foo' }],
    [
      'git+https://example.org/a/b.git#0123456789abcdef0123456789abcdef01234567',
      { version: '0123456789abcdef0123456789abcdef01234567', resolved: 'https://example.org/a/b.git' },
    ],
    ['https://example.com/bar-2.0.0.tgz', { version: '2.0.0', resolved: 'https://example.com/bar-2.0.0.tgz' }],
    ['github:user/foo', undefined],
  ])('%s', (spec, expected) => {
    expect(versionFromSource(spec)).toEqual(expected)
  })

  test('a purl never carries a URL or a git spec as its version', () => {
    const lock = `{
  "lockfileVersion": 1,
  "workspaces": { "": { "name": "x", "dependencies": { "foo": "github:user/foo#abc1234", "bar": "https://example.com/bar-2.0.0.tgz", "qux": "github:user/qux", "@s/baz": "^1.0.0" } } },
  "packages": {
    "foo": ["foo@github:user/foo#abc1234", {}, "user-foo-abc1234"],
    "bar": ["bar@https://example.com/bar-2.0.0.tgz", {}],
    "qux": ["qux@github:user/qux", {}, "user-qux"],
    "@s/baz": ["@s/baz@1.0.0", "", {}, "sha512-AAAA"],
  }
}`
    const graph = read('bun.lock', lock, parseBunLock)
    expect([...graph.components.values()].map((c) => [c.purl, c.distribution]).sort()).toEqual([
      ['pkg:npm/%40s/baz@1.0.0', 'https://registry.npmjs.org/@s/baz/-/baz-1.0.0.tgz'],
      ['pkg:npm/bar@2.0.0', 'https://example.com/bar-2.0.0.tgz'],
      ['pkg:npm/foo@abc1234', 'https://github.com/user/foo'],
    ])
    expect(graph.problems).toEqual([
      {
        path: 'bun.lock',
        warning: true,
        message: 'package qux: qux@github:user/qux gives no version (a source without a commit or a version); left out',
      },
    ])
  })
})
