import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { emptyGraph, type ComponentGraph } from '../../src/sbom/graph.js'
import { parseNpmLock } from '../../src/sbom/npm-lock.js'
import { parsePnpmLock, parseYarnLock } from '../../src/sbom/js-lockfiles.js'
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

  test.each<[string, (g: ComponentGraph) => void, RegExp]>([
    [
      'a YAML alias bomb in pnpm-lock.yaml',
      (g) =>
        parsePnpmLock(
          'pnpm-lock.yaml',
          `lockfileVersion: '9.0'\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
          g,
        ),
      /not valid YAML: .*alias/i,
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
    ['a yarn berry lockfile', (g) => parseYarnLock('yarn.lock', '__metadata:\n  version: 8\n', g), /yarn berry lockfiles/],
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
