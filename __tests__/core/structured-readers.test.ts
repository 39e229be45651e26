/**
 * The readers every check uses for repository data (src/core: nesting.ts, json-source.ts,
 * toml-source.ts, yaml-source.ts) on hostile input: nesting bounded before anything recurses,
 * errors with their line, aliases bounded, duplicate keys found.
 */
import { describe, expect, test } from '@jest/globals'
import { jsonTooDeepAt, MAX_NESTING, nestsDeeperThan } from '../../src/core/nesting.js'
import { parseJson } from '../../src/core/json-source.js'
import { parseToml } from '../../src/core/toml-source.js'
import { parseYaml } from '../../src/core/yaml-source.js'
import { boundMarkdownNesting, outline } from '../../src/docs/markdown.js'

const lists = (n: number, inner = '1') => '['.repeat(n) + inner + ']'.repeat(n)
const deepValue = (n: number): unknown => {
  let v: unknown = 1
  for (let i = 0; i < n; i++) v = [v]
  return v
}

describe('nesting', () => {
  test('JSON text: brackets in strings and comments do not count; the offset is where the limit is passed', () => {
    expect(jsonTooDeepAt(lists(MAX_NESTING))).toBeUndefined()
    expect(jsonTooDeepAt(lists(MAX_NESTING + 1))).toBe(MAX_NESTING)
    expect(jsonTooDeepAt(`{"a": "${'['.repeat(500)}", "b": '${'{'.repeat(500)}'}`)).toBeUndefined()
    expect(jsonTooDeepAt(`// ${'['.repeat(500)}\n/* ${'{'.repeat(500)} */ [1]`)).toBeUndefined()
    expect(jsonTooDeepAt(`["\\"${'['.repeat(500)}"]`)).toBeUndefined()
  })

  test('parsed data: levels of lists and objects, maps too; data that contains itself is too deep', () => {
    expect(nestsDeeperThan(deepValue(MAX_NESTING))).toBe(false)
    expect(nestsDeeperThan(deepValue(MAX_NESTING + 1))).toBe(true)
    expect(nestsDeeperThan(deepValue(200_000))).toBe(true)
    expect(nestsDeeperThan({ a: { b: [1, { c: 2 }] } }, 3)).toBe(true)
    expect(nestsDeeperThan({ a: { b: [1, { c: 2 }] } }, 4)).toBe(false)
    expect(nestsDeeperThan(new Map([['k', deepValue(MAX_NESTING)]]))).toBe(true)
    const loop: unknown[] = []
    loop.push(loop)
    expect(nestsDeeperThan(loop)).toBe(true)
    // one object in many places (what YAML aliases make) is not a loop
    const shared = deepValue(10)
    expect(nestsDeeperThan([shared, shared, [shared]])).toBe(false)
  })
})

describe('JSON', () => {
  test('nested 5,000 deep: refused before parsing, with the line', () => {
    expect(parseJson(`{\n"a":\n${lists(5000)}}`)).toEqual({ ok: false, message: 'nested deeper than 100 levels', line: 3 })
  })

  test('an invalid document: the parser’s message and line', () => {
    expect(parseJson('{\n  "a": 1,\n  "b": }')).toEqual({ ok: false, message: expect.stringContaining('Unexpected token'), line: 3 })
  })

  test('keys written twice, with where they are (JSON.parse keeps the last)', () => {
    const read = parseJson('{\n  "license": "MIT",\n  "x": { "a": 1, "a": 2 },\n  "license": "GPL-3.0-only"\n}', { duplicates: true })
    expect(read).toEqual({
      ok: true,
      value: { license: 'GPL-3.0-only', x: { a: 2 } },
      duplicates: [
        { path: ['x', 'a'], line: 3 },
        { path: ['license'], line: 4 },
      ],
    })
  })

  test('JSON5 (comments, single quotes) is bounded too', () => {
    expect(parseJson(`{ // ${'['.repeat(200)}\n a: '${'{'.repeat(200)}' }`, { json5: true })).toMatchObject({ ok: true })
    expect(parseJson(`{ a: ${lists(5000)} }`, { json5: true })).toEqual({ ok: false, message: 'nested deeper than 100 levels', line: 1 })
  })
})

describe('TOML', () => {
  test('arrays and inline tables nested 5,000 deep: refused, with the line', () => {
    expect(parseToml(`[package]\nlicense = ${lists(5000)}\n`)).toEqual({ ok: false, message: 'nested deeper than 100 levels', line: 2 })
    expect(parseToml(`a = ${'{b='.repeat(5000)}1${'}'.repeat(5000)}\n`)).toMatchObject({
      ok: false,
      message: 'nested deeper than 100 levels',
    })
  })

  test('dotted keys, which smol-toml does not bound, nest no deeper either', () => {
    expect(parseToml(`[${'a.'.repeat(5000)}b]\nx = 1\n`)).toEqual({ ok: false, message: 'nested deeper than 100 levels, by dotted keys' })
    expect(parseToml(`${'a.'.repeat(5000)}b = 1\n`)).toEqual({ ok: false, message: 'nested deeper than 100 levels, by dotted keys' })
    expect(parseToml('[a.b.c]\nd.e = 1\n')).toEqual({ ok: true, value: { a: { b: { c: { d: { e: 1 } } } } } })
  })

  test('inf and nan are numbers, as TOML says', () => {
    expect(parseToml('a = inf\nb = -inf\nc = nan\n')).toEqual({ ok: true, value: { a: Infinity, b: -Infinity, c: NaN } })
  })
})

describe('YAML', () => {
  test('flow collections nested 5,000 deep: one error, what it means, with the line', () => {
    const yaml = parseYaml(`on: push\njobs: ${lists(5000)}\n`)
    expect(yaml.value).toBeUndefined()
    expect(yaml.errors).toEqual([{ line: 2, column: expect.any(Number), message: 'nested deeper than 100 levels' }])
  })

  test('block collections nested 200 deep (within what the parser reads): refused at the first node past the limit', () => {
    const text = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}- `).join('\n') + 'x\n'
    const yaml = parseYaml(text)
    expect(yaml.errors).toEqual([{ line: 101, column: 101, message: 'nested deeper than 100 levels' }])
  })

  test('aliases that nest deeper than the text does are refused', () => {
    // each anchor holds the one before 40 levels down: 4 anchors, 160 levels of data from 41 of text
    let text = `a0: &a0 ${lists(40)}\n`
    for (let k = 1; k < 4; k++) text += `a${k}: &a${k} ${lists(40, `*a${k - 1}`)}\n`
    const yaml = parseYaml(text)
    expect(yaml.errors).toEqual([{ line: 1, column: 1, message: 'nested deeper than 100 levels (through aliases)' }])
  })

  test('an alias bomb (billion laughs) is refused', () => {
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for (const [prev, next] of [...'abcdefgh'].map((c, i) => [c, 'bcdefghi'[i]!]))
      text += `${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]\n`
    const yaml = parseYaml(text)
    expect(yaml.errors[0]?.message).toMatch(/alias count/i)
  })

  test('keys written twice are an error', () => {
    expect(parseYaml('a: 1\na: 2\n').errors[0]).toMatchObject({ line: 2, message: expect.stringContaining('unique') })
  })
})

describe('Markdown', () => {
  test('container markers beyond 100 on a line are dropped, the text is kept', () => {
    const bounded = boundMarkdownNesting(`intro\n${'> '.repeat(150)}deep words\n${'1. - '.repeat(60)}x\n- ok\n`)
    const lines = bounded.split('\n')
    expect(lines[0]).toBe('intro')
    expect(lines[1]).toBe(`${'> '.repeat(100)}deep words`)
    expect(lines[2]).toBe(`${'1. - '.repeat(50)}x`)
    expect(lines[3]).toBe('- ok')
    expect(boundMarkdownNesting('# title\n\n- a\n  - b\n')).toBe('# title\n\n- a\n  - b\n')
  })

  test('a README ending in 3,200 nested list markers is outlined, not read as empty', () => {
    const doc = outline(`# demo\n\nA library that converts timetables into open data feeds.\n\n${'- '.repeat(3200)}x\n`)
    expect(doc.headings).toEqual([{ depth: 1, text: 'demo', line: 1 }])
    expect(doc.words).toBeGreaterThan(8)
  })
})
