/**
 * Strict JSON for documents whose every byte must mean one thing: signed envelopes, Sigstore
 * bundles and the statements they sign. JSON.parse keeps the last of two equal keys without a
 * word (a reader that keeps the first sees another document), turns a number too large for a
 * double into Infinity, and accepts lone surrogates and any nesting; recursive code that runs
 * on the result (canonicalisation, schema validation) then throws or overflows the stack.
 *
 * This reads I-JSON (RFC 7493: no duplicate names, finite numbers, Unicode strings), also
 * refuses a `__proto__` key (data for JSON.parse, a prototype for Object.assign and many merge
 * helpers) and bounds the nesting. One linear, iterative scan checks all of that before
 * JSON.parse (iterative in V8) builds the value, so nothing recursive sees a hostile document.
 * The scan tokenizes exactly on valid JSON; whatever it lets through that is not JSON,
 * JSON.parse refuses.
 *
 * Hand-written rather than jsonc-parser's visitor (which sbom/json-duplicates.ts uses for
 * lockfiles): the visitor recurses once per level, so it needs a depth scan first anyway, and
 * on a typical envelope and its payload it took 50 and 140 µs where this scan with JSON.parse
 * takes 8 and 70 (JSON.parse alone: 5 and 30); `catalogue build` runs it per attestation.
 */

export type StrictJson = { ok: true; value: unknown } | { ok: false; reason: string }

export interface StrictJsonOptions {
  /** Deepest nesting of arrays and objects accepted. */
  maxDepth: number
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const hex4 = (text: string, at: number): number =>
  /^[0-9A-Fa-f]{4}$/.test(text.slice(at, at + 4)) ? parseInt(text.slice(at, at + 4), 16) : -1
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff
// digits, e, E, +, . and -
const isNumberPart = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2e || c === 0x2d
const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)

export function parseStrictJson(text: string, options: StrictJsonOptions): StrictJson {
  const fail = (reason: string): StrictJson => ({ ok: false, reason })
  if (text.charCodeAt(0) === 0xfeff) return fail('starts with a byte order mark (U+FEFF), which JSON text does not have')
  const lone = LONE_SURROGATE.exec(text)
  if (lone) return fail(`holds a lone surrogate (U+${lone[0].charCodeAt(0).toString(16).toUpperCase()}) at offset ${lone.index}`)

  // one set of keys per open object, null per open array
  const open: (Set<string> | null)[] = []
  let expectKey = false
  // the first backslash at or after a position (-1: none), found by indexOf and moved on only when passed
  let backslash = text.indexOf('\\')
  const nextBackslash = (from: number): number => {
    if (backslash !== -1 && backslash < from) backslash = text.indexOf('\\', from)
    return backslash
  }
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 0x7b || c === 0x5b) {
      // { [
      if (open.length >= options.maxDepth) return fail(`nested deeper than ${options.maxDepth} levels (at offset ${i})`)
      open.push(c === 0x7b ? new Set() : null)
      expectKey = c === 0x7b
      i++
    } else if (c === 0x7d || c === 0x5d) {
      // } ]
      open.pop()
      expectKey = false
      i++
    } else if (c === 0x2c) {
      // , in an object: a key follows
      expectKey = open.length > 0 && open[open.length - 1] !== null
      i++
    } else if (c === 0x22) {
      // a string: its end is the first quote after i that no backslash escapes
      let j = i + 1
      let escaped = false
      let end = -1
      while (end < 0) {
        const q = text.indexOf('"', j)
        if (q < 0) return fail(`is not JSON: a string at offset ${i} does not end`)
        const b = nextBackslash(j)
        if (b === -1 || b > q) end = q
        else {
          escaped = true
          if (text.charCodeAt(b + 1) === 0x75) {
            // \uXXXX: a high surrogate must be followed by an escaped low one, a low one never stands alone
            const code = hex4(text, b + 2)
            if (isLow(code) || (isHigh(code) && !(text.startsWith('\\u', b + 6) && isLow(hex4(text, b + 8)))))
              return fail(`holds a lone surrogate (\\u${text.slice(b + 2, b + 6)}) at offset ${b}`)
            j = isHigh(code) ? b + 12 : b + 6
          } else j = b + 2
        }
      }
      if (expectKey) {
        let key: string
        try {
          key = escaped ? (JSON.parse(text.slice(i, end + 1)) as string) : text.slice(i + 1, end)
        } catch {
          return fail(`is not JSON: the key at offset ${i} is not a JSON string`)
        }
        if (key === '__proto__') return fail(`has a key "__proto__" at offset ${i}, which is no data field`)
        const keys = open[open.length - 1]!
        if (keys.has(key)) return fail(`has the key ${quote(key)} twice in one object (again at offset ${i})`)
        keys.add(key)
        expectKey = false
      }
      i = end + 1
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      // a number: JSON.parse would read one beyond the range of a double as Infinity
      let j = i + 1
      while (j < text.length && isNumberPart(text.charCodeAt(j))) j++
      const value = Number(text.slice(i, j))
      if (value === Infinity || value === -Infinity)
        return fail(`holds the number ${quote(text.slice(i, j))} at offset ${i}, beyond the range of a double`)
      i = j
    } else i++
  }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    const message = (error as Error).message
    return fail(`is not JSON (${message.length > 120 ? `${message.slice(0, 120)}…` : message})`)
  }
}
