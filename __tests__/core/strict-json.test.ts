import { describe, expect, test } from '@jest/globals'
import { parseStrictJson } from '../../src/core/strict-json.js'
import { visit } from 'jsonc-parser'
import { prng } from '../helpers/process.js'

const parse = (text: string, maxDepth = 64) => parseStrictJson(text, { maxDepth })

describe('strict JSON (I-JSON, bounded nesting)', () => {
  test.each([
    ['an object', '{"a":1,"b":[true,false,null],"c":{"d":"e"}}'],
    ['equal keys in different objects', '{"a":{"k":1},"b":{"k":2},"c":[{"k":1},{"k":1}]}'],
    ['escaped quotes and backslashes', String.raw`{"a\"b":"c\\","a\\\"b":"\\u0041","x":"\"\\\""}`],
    ['a surrogate pair, escaped and raw', String.raw`{"s":"\ud83d\ude00","t":"😀"}`],
    ['numbers at the edges of a double', '[1.7976931348623157e308,-1.7976931348623157e308,5e-324,1e-400,-0,0.5E+3]'],
    ['64 levels', '['.repeat(64) + ']'.repeat(64)],
    ['whitespace around tokens', ' \n\t{ "a" : [ 1 , 2 ] }\r\n'],
    ['a scalar document', '"text"'],
    ['"constructor" and "prototype" keys (plain data for JSON.parse and Object.assign)', '{"constructor":1,"prototype":{"x":2}}'],
  ])('accepts %s, with the value JSON.parse gives', (_name, text) => {
    expect(parse(text)).toEqual({ ok: true, value: JSON.parse(text) })
  })

  test.each([
    ['a duplicate key', '{"payload":"forged","payload":"genuine"}', 'has the key "payload" twice in one object (again at offset 20)'],
    ['a duplicate key deep inside', '{"a":[{"b":{"c":1,"d":2,"c":3}}]}', 'has the key "c" twice in one object (again at offset 24)'],
    [
      'a duplicate key spelled with an escape',
      String.raw`{"sig":"x","\u0073ig":"y"}`,
      'has the key "sig" twice in one object (again at offset 11)',
    ],
    ['a number beyond a double', `{"level":1${'0'.repeat(400)}}`, 'beyond the range of a double'],
    ['a negative number beyond a double', '[-1e309]', 'holds the number "-1e309" at offset 1, beyond the range of a double'],
    ['an escaped lone high surrogate', String.raw`{"x":"a\ud800b"}`, String.raw`holds a lone surrogate (\ud800) at offset 7`],
    ['an escaped lone low surrogate', String.raw`["\udc00"]`, String.raw`holds a lone surrogate (\udc00) at offset 2`],
    ['a lone surrogate in a key', String.raw`{"\ud800":1}`, String.raw`holds a lone surrogate (\ud800) at offset 2`],
    ['a raw lone surrogate', '["\ud800"]', 'holds a lone surrogate (U+D800) at offset 2'],
    ['a "__proto__" key', '{"a":{"__proto__":{"polluted":true}}}', 'has a key "__proto__" at offset 6, which is no data field'],
    ['a "__proto__" key spelled with an escape', String.raw`{"\u005f_proto__":1}`, 'has a key "__proto__" at offset 1'],
    ['65 levels', '['.repeat(65) + ']'.repeat(65), 'nested deeper than 64 levels (at offset 64)'],
    ['20,000 levels', '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000), 'nested deeper than 64 levels'],
    ['a byte order mark', '\ufeff{}', 'starts with a byte order mark'],
    ['trailing garbage', '{"a":1} x', 'is not JSON'],
    ['an unterminated string', '{"a":"b', 'is not JSON: a string at offset 5 does not end'],
    ['a comment', '{"a":1 /* c */}', 'is not JSON'],
    ['a trailing comma', '[1,2,]', 'is not JSON'],
    ['an empty text', '', 'is not JSON'],
  ])('refuses %s, saying what and where', (_name, text, reason) => {
    const result = parse(text)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toContain(reason)
  })

  test('the value is built without touching the prototype of objects', () => {
    expect(parse('{"a":{"__proto__":{"polluted":true}}}').ok).toBe(false)
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
  })

  test('a 16 MiB document nested all the way is refused at once, without a stack overflow', () => {
    const deep = '['.repeat(8 << 20) + ']'.repeat(8 << 20)
    const started = Date.now()
    expect(parse(deep)).toEqual({ ok: false, reason: 'nested deeper than 64 levels (at offset 64)' })
    expect(Date.now() - started).toBeLessThan(1000)
  })

  test('on 2,000 random documents it agrees with JSON.parse, and with jsonc-parser on duplicate keys', () => {
    const random = prng(7)
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!
    const strings = ['a', 'b', 'sig', '\\"', '\\\\', '\\u0041', 'A', '\\ud83d\\ude00', 'é', '\\n', '']
    const value = (depth: number): string => {
      const kind = depth > 6 ? pick(['n', 's', 'l']) : pick(['n', 's', 'l', 'a', 'o', 'o'])
      if (kind === 'n') return pick(['0', '-1', '3.25', '1e3', '-2E-2', '123456789012345678901234567890'])
      if (kind === 's') return `"${pick(strings)}${pick(strings)}"`
      if (kind === 'l') return pick(['true', 'false', 'null'])
      const n = Math.floor(random() * 4)
      if (kind === 'a') return `[${Array.from({ length: n }, () => value(depth + 1)).join(',')}]`
      return `{${Array.from({ length: n }, () => `"${pick(strings)}" : ${value(depth + 1)}`).join(' , ')}}`
    }
    // an independent oracle: jsonc-parser's visitor, one key set per open object
    const hasDuplicateKeys = (text: string): boolean => {
      const open: Set<string>[] = []
      let found = false
      visit(text, {
        onObjectBegin: () => void open.push(new Set()),
        onObjectEnd: () => void open.pop(),
        onObjectProperty: (key) => {
          if (open[open.length - 1]!.has(key)) found = true
          open[open.length - 1]!.add(key)
        },
      })
      return found
    }
    let accepted = 0
    let refused = 0
    for (let i = 0; i < 2000; i++) {
      const text = value(0)
      const result = parse(text)
      if (hasDuplicateKeys(text)) {
        refused++
        expect({ text, result }).toEqual({ text, result: { ok: false, reason: expect.stringContaining('twice in one object') } })
      } else {
        accepted++
        expect({ text, result }).toEqual({ text, result: { ok: true, value: JSON.parse(text) } })
      }
    }
    expect(accepted).toBeGreaterThan(500)
    expect(refused).toBeGreaterThan(100)
  })
})
