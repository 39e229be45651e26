import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { emptyGraph, type ComponentGraph } from '../../src/sbom/graph.js'
import { parseNpmLock } from '../../src/sbom/npm-lock.js'
import { parseComposerLock, parseNugetLock, parsePipfileLock } from '../../src/sbom/other-lockfiles.js'
import { reportDuplicateKeys } from '../../src/sbom/json-duplicates.js'
import { FIXTURES } from '../helpers/repo.js'

const run = (parse: (p: string, t: string, g: ComponentGraph) => void, path: string, text: string) => {
  const graph = emptyGraph()
  parse(path, text, graph)
  return graph
}

describe('duplicate keys in JSON lockfiles', () => {
  test('package-lock.json with a package listed twice: the line of the second, and the SBOM is still made', () => {
    const text = [
      '{',
      '  "lockfileVersion": 3,',
      '  "packages": {',
      '    "": { "dependencies": { "a": "1" } },',
      '    "node_modules/a": { "version": "1.0.0" },',
      '    "node_modules/a": { "version": "6.6.6", "resolved": "https://evil.example/a.tgz" }',
      '  }',
      '}',
    ].join('\n')
    const graph = run(parseNpmLock, 'web/package-lock.json', text)
    expect(graph.problems).toEqual([
      {
        path: 'web/package-lock.json',
        line: 6,
        message: 'duplicate key "node_modules/a": JSON.parse keeps the last, other readers the first, so the lockfile says two things',
      },
    ])
    expect([...graph.components.keys()]).toEqual(['pkg:npm/a@6.6.6'])
  })

  test.each<[string, (p: string, t: string, g: ComponentGraph) => void, string, number]>([
    ['composer.lock', parseComposerLock, '{"packages": [{"name": "psr/log", "version": "3.0.2", "version": "1.0.0"}]}', 1],
    ['Pipfile.lock', parsePipfileLock, '{\n"default": {\n"django": {"version": "==5.1.1"},\n"django": {"version": "==4.0.0"}\n}\n}', 4],
    [
      'packages.lock.json',
      parseNugetLock,
      '{"version": 1, "dependencies": {\n"net8.0": {"A": {"type": "Direct", "resolved": "1.0.0"}},\n"net8.0": {}}}',
      3,
    ],
  ])('%s: the duplicate is named with its line, the components are still read', (name, parse, text, line) => {
    const graph = run(parse, name, text)
    expect(graph.problems).toEqual([expect.objectContaining({ path: name, line, message: expect.stringMatching(/^duplicate key "/) })])
    expect(graph.sources).toEqual([name])
  })

  test('equal keys in different objects are not duplicates; the real npm lockfile has none', () => {
    const graph = emptyGraph()
    reportDuplicateKeys('x.json', '{"a": {"v": 1}, "b": {"v": 2}, "c": [{"v": 1}, {"v": 2}]}', graph)
    reportDuplicateKeys('x.json', readFileSync(join(FIXTURES, 'sbom', 'npm-v3', 'package-lock.json'), 'utf8'), graph)
    expect(graph.problems).toEqual([])
  })

  test('many duplicates: twenty listed, the rest counted, in bounded time', () => {
    const body = Array.from({ length: 200_000 }, (_, i) => `"k${i % 1000}": ${i}`).join(',\n')
    const graph = emptyGraph()
    const start = Date.now()
    reportDuplicateKeys('big.json', `{${body}}`, graph)
    expect(Date.now() - start).toBeLessThan(5000)
    expect(graph.problems).toHaveLength(21)
    expect(graph.problems[20]).toEqual({ path: 'big.json', message: '198980 more duplicate key(s) not listed' })
  })
})
