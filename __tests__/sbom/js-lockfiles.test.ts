import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { emptyGraph, type ComponentGraph } from '../../src/sbom/graph.js'
import { parseNpmLock } from '../../src/sbom/npm-lock.js'
import { parsePnpmLock, parseYarnLock, type Manifest } from '../../src/sbom/js-lockfiles.js'
import { parseYarnBerryLock } from '../../src/sbom/yarn-berry.js'
import { parseBunLock } from '../../src/sbom/bun-lock.js'
import { FIXTURES } from '../helpers/repo.js'

const read = (dir: string, file: string) => readFileSync(join(FIXTURES, 'sbom', dir, file), 'utf8')
const summary = (graph: ComponentGraph) => ({
  components: [...graph.components.values()].map((c) => `${c.purl} ${c.scope} ${c.hashes.length}`).sort(),
  edges: [...graph.components.values()].flatMap((c) => [...c.dependsOn].map((d) => `${c.purl} -> ${d}`)).sort(),
  direct: [...graph.direct].sort(),
})

// all three lockfiles were made by their package managers (npm 11, pnpm 9, yarn 1) from the same package.json
const npm = emptyGraph()
parseNpmLock('package-lock.json', read('npm-v3', 'package-lock.json'), npm)
/** The package.json files of a fixture, by folder, as the scan gives them to the berry reader. */
const manifests =
  (dir: string) =>
  (folder: string): Manifest | undefined => {
    try {
      return JSON.parse(read(dir, `${folder}package.json`)) as Manifest
    } catch {
      return undefined
    }
  }
/** Without hashes: yarn berry records none that is the package's own. */
const unhashed = (s: ReturnType<typeof summary>) => ({ ...s, components: s.components.map((c) => c.replace(/ \d+$/, '')) })

describe('pnpm and yarn lockfiles', () => {
  test('pnpm-lock.yaml (version 9) gives the same components, scopes, hashes, edges and direct dependencies as npm', () => {
    const graph = emptyGraph()
    parsePnpmLock('pnpm-lock.yaml', read('pnpm', 'pnpm-lock.yaml'), graph)
    expect(graph.problems).toEqual([])
    expect(summary(graph)).toEqual(summary(npm))
  })

  test('yarn.lock (v1) with its package.json gives the same', () => {
    const graph = emptyGraph()
    parseYarnLock('yarn.lock', read('yarn-v1', 'yarn.lock'), graph, JSON.parse(read('yarn-v1', 'package.json')))
    expect(graph.problems).toEqual([])
    expect(summary(graph)).toEqual(summary(npm))
  })

  test("yarn.lock of yarn 4 (berry) gives the same, without hashes (its checksums hash yarn's cache archives)", () => {
    const graph = emptyGraph()
    parseYarnBerryLock('yarn.lock', read('yarn-berry', 'yarn.lock'), graph, manifests('yarn-berry'))
    expect(graph.problems).toEqual([])
    expect(graph.sources).toEqual(['yarn.lock'])
    expect(unhashed(summary(graph))).toEqual(unhashed(summary(npm)))
    expect(graph.components.get('pkg:npm/is-number@7.0.0')).toMatchObject({
      hashes: [],
      distribution: 'https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz',
    })
  })

  test('yarn.lock of yarn 3 (__metadata.version 6, ranges without npm:) links every package and keeps the scopes', () => {
    const graph = emptyGraph()
    parseYarnBerryLock('yarn.lock', read('yarn-berry-v6', 'yarn.lock'), graph, manifests('yarn-berry-v6'))
    expect(graph.problems).toEqual([])
    expect(summary(graph)).toEqual({
      components: [
        'pkg:npm/ansi-styles@4.3.0 required 0',
        'pkg:npm/chalk@4.1.2 required 0',
        'pkg:npm/color-convert@2.0.1 required 0',
        'pkg:npm/color-name@1.1.4 required 0',
        'pkg:npm/has-flag@4.0.0 required 0',
        'pkg:npm/left-pad@1.3.0 dev 0',
        'pkg:npm/supports-color@7.2.0 required 0',
      ],
      edges: [
        'pkg:npm/ansi-styles@4.3.0 -> pkg:npm/color-convert@2.0.1',
        'pkg:npm/chalk@4.1.2 -> pkg:npm/ansi-styles@4.3.0',
        'pkg:npm/chalk@4.1.2 -> pkg:npm/supports-color@7.2.0',
        'pkg:npm/color-convert@2.0.1 -> pkg:npm/color-name@1.1.4',
        'pkg:npm/supports-color@7.2.0 -> pkg:npm/has-flag@4.0.0',
      ],
      direct: ['pkg:npm/chalk@4.1.2', 'pkg:npm/left-pad@1.3.0'],
    })
  })

  test('bun.lock of bun 1.4 gives the same, hashes included', () => {
    const graph = emptyGraph()
    parseBunLock('bun.lock', read('bun', 'bun.lock'), graph)
    expect(graph.problems).toEqual([])
    expect(summary(graph)).toEqual(summary(npm))
  })

  // both made from the same three package.json files: a root, an app and a library workspace
  const WORKSPACE_COMPONENTS = [
    'pkg:npm/function-bind@1.1.2 required',
    'pkg:npm/hasown@2.0.4 required',
    'pkg:npm/is-core-module@2.18.0 required',
    'pkg:npm/is-number@7.0.0 required',
    'pkg:npm/left-pad@1.3.0 dev',
    'pkg:npm/path-parse@1.0.7 required',
    'pkg:npm/resolve@1.22.8 required',
    'pkg:npm/supports-preserve-symlinks-flag@1.0.0 required',
  ]

  test('yarn berry workspaces: components of their own, named and versioned by their package.json, with their own dependencies', () => {
    const graph = emptyGraph()
    parseYarnBerryLock('mono/yarn.lock', read('yarn-berry-workspaces', 'yarn.lock'), graph, (folder) =>
      manifests('yarn-berry-workspaces')(folder.slice('mono/'.length)),
    )
    expect(graph.problems).toEqual([])
    const s = unhashed(summary(graph))
    expect(s.components).toEqual([...WORKSPACE_COMPONENTS, 'pkg:npm/app@1.0.0 required', 'pkg:npm/lib@1.0.0 required'].sort())
    // the root has no dependencies of its own: it links to its workspaces
    expect(s.direct).toEqual(['pkg:npm/app@1.0.0', 'pkg:npm/lib@1.0.0'])
    expect(s.edges).toEqual([
      'pkg:npm/app@1.0.0 -> pkg:npm/lib@1.0.0',
      'pkg:npm/app@1.0.0 -> pkg:npm/resolve@1.22.8',
      'pkg:npm/hasown@2.0.4 -> pkg:npm/function-bind@1.1.2',
      'pkg:npm/is-core-module@2.18.0 -> pkg:npm/hasown@2.0.4',
      'pkg:npm/lib@1.0.0 -> pkg:npm/is-number@7.0.0',
      'pkg:npm/lib@1.0.0 -> pkg:npm/left-pad@1.3.0',
      'pkg:npm/resolve@1.22.8 -> pkg:npm/is-core-module@2.18.0',
      'pkg:npm/resolve@1.22.8 -> pkg:npm/path-parse@1.0.7',
      'pkg:npm/resolve@1.22.8 -> pkg:npm/supports-preserve-symlinks-flag@1.0.0',
    ])
    expect(graph.components.get('pkg:npm/lib@1.0.0')!.local).toBe('mono/packages/lib')
    expect(graph.components.get('pkg:npm/resolve@1.22.8')!.patch).toBe('optional!builtin<compat/resolve>')
  })

  test('bun workspaces give the same components, scopes, edges and direct dependencies as yarn berry', () => {
    const berry = emptyGraph()
    parseYarnBerryLock('yarn.lock', read('yarn-berry-workspaces', 'yarn.lock'), berry, manifests('yarn-berry-workspaces'))
    const graph = emptyGraph()
    parseBunLock('bun.lock', read('bun-workspaces', 'bun.lock'), graph)
    expect(graph.problems).toEqual([])
    const s = unhashed(summary(graph))
    expect(s).toEqual(unhashed(summary(berry)))
    expect(graph.components.get('pkg:npm/app@1.0.0')!.local).toBe('packages/app')
  })

  test('bun: a copy nested under its parent is found before the top-level one', () => {
    const lock = `{
  "lockfileVersion": 1,
  "workspaces": { "": { "name": "x", "dependencies": { "a": "1", "b": "1" } } },
  "packages": {
    "a": ["a@1.0.0", "", { "dependencies": { "b": "2" } }, "sha512-AAAA"],
    "b": ["b@1.0.0", "", {}, "sha512-AAAA"],
    "a/b": ["b@2.0.0", "", {}, "sha512-AAAA"],
  },
}`
    const graph = emptyGraph()
    parseBunLock('bun.lock', lock, graph)
    expect(summary(graph).edges).toEqual(['pkg:npm/a@1.0.0 -> pkg:npm/b@2.0.0'])
    expect(summary(graph).direct).toEqual(['pkg:npm/a@1.0.0', 'pkg:npm/b@1.0.0'])
  })

  test.each<[string, (g: ComponentGraph) => void, RegExp]>([
    [
      'a YAML alias bomb in pnpm-lock.yaml',
      (g) =>
        parsePnpmLock(
          'pnpm-lock.yaml',
          `lockfileVersion: '9.0'\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
          g,
        ),
      /^not read: anchor &a: .*alias/i,
    ],
    [
      'an unknown pnpm lockfile version',
      (g) => parsePnpmLock('pnpm-lock.yaml', "lockfileVersion: '5.4'\n", g),
      /unknown lockfileVersion "5\.4"/,
    ],
    [
      'a truncated pnpm lockfile',
      (g) => parsePnpmLock('pnpm-lock.yaml', "lockfileVersion: '9.0'\npackages:\n  'a@1.0.0': {resolution: {integ", g),
      /not valid YAML/,
    ],
    [
      'an unknown yarn berry lockfile version',
      (g) => parseYarnBerryLock('yarn.lock', '__metadata:\n  version: 99\n', g, () => undefined),
      /unknown __metadata\.version 99/,
    ],
    [
      'a truncated yarn berry lockfile',
      (g) => parseYarnBerryLock('yarn.lock', read('yarn-berry', 'yarn.lock').slice(0, 700), g, () => undefined),
      /^entry @sindresorhus\/transliterate@npm:\^1\.0\.0 is incomplete .*truncated/,
    ],
    [
      'a YAML alias bomb in a yarn berry lockfile',
      (g) =>
        parseYarnBerryLock(
          'yarn.lock',
          `__metadata:\n  version: 8\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
          g,
          () => undefined,
        ),
      /^not read: anchor &a: .*alias/i,
    ],
    ['a truncated bun.lock', (g) => parseBunLock('bun.lock', read('bun', 'bun.lock').slice(0, 500), g), /not valid JSON/],
    [
      'an unknown bun.lock version',
      (g) => parseBunLock('bun.lock', '{"lockfileVersion": 7, "packages": {}}', g),
      /unknown lockfileVersion 7/,
    ],
    [
      'a duplicate package in bun.lock',
      (g) =>
        parseBunLock(
          'bun.lock',
          '{"lockfileVersion": 1,\n"packages": {\n"a": ["a@1.0.0", "", {}, ""],\n"a": ["a@6.6.6", "", {}, ""],\n}}',
          g,
        ),
      /duplicate key "a"/,
    ],
    [
      'a yarn.lock with a broken line',
      (g) => parseYarnLock('yarn.lock', '# yarn lockfile v1\n\nleft-pad@1.3.0\n  version "1.3.0"\n', g),
      /unexpected line: left-pad@1\.3\.0/,
    ],
  ])('%s is a problem naming the file', (_name, parse, message) => {
    const graph = emptyGraph()
    parse(graph)
    expect(graph.problems[0]).toMatchObject({ message: expect.stringMatching(message) })
    expect(graph.problems[0]!.path).toMatch(/lock/)
  })
})

describe('YAML lockfiles read as plain data (js-yaml)', () => {
  test('a key written twice in pnpm-lock.yaml is a finding at its line', () => {
    const g = emptyGraph()
    parsePnpmLock('pnpm-lock.yaml', "lockfileVersion: '9.0'\npackages:\n  a@1.0.0: {}\n  a@1.0.0: {}\n", g)
    expect(g.problems).toEqual([
      { path: 'pnpm-lock.yaml', line: 4, message: expect.stringMatching(/^not valid YAML: duplicated mapping key/) },
    ])
    expect(g.components.size).toBe(0)
  })

  test('nesting deeper than any lockfile is refused before the parser recurses', () => {
    const g = emptyGraph()
    parsePnpmLock('pnpm-lock.yaml', `lockfileVersion: '9.0'\npackages: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, g)
    expect(g.problems).toEqual([
      { path: 'pnpm-lock.yaml', line: 2, message: expect.stringMatching(/^not valid YAML: nesting exceeded maxDepth \(100\)/) },
    ])
  })

  test('a yarn berry lockfile with a duplicate entry still gives its components, with the duplicate named', () => {
    const g = emptyGraph()
    const entry = (n: string) =>
      `"${n}@npm:^1.0.0":\n  version: 1.0.0\n  resolution: "${n}@npm:1.0.0"\n  checksum: 10c0/${'a'.repeat(128)}\n  languageName: node\n  linkType: hard\n`
    parseYarnBerryLock('yarn.lock', `__metadata:\n  version: 8\n\n${entry('a')}\n${entry('b')}\n${entry('a')}`, g, () => undefined)
    expect([...g.components.keys()].sort()).toEqual(['pkg:npm/a@1.0.0', 'pkg:npm/b@1.0.0'])
    expect(g.problems).toEqual([
      expect.objectContaining({ path: 'yarn.lock', line: 18, message: expect.stringMatching(/^duplicate key "a@npm:\^1\.0\.0"/) }),
    ])
  })
})
