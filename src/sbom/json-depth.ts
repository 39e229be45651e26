/**
 * Nesting depth of a JSON document, by a linear scan. jsonc-parser's parse and visit recurse
 * once per open array or object, so 5,000 nested `[` overflow the stack where JSON.parse
 * accepts them; the readers refuse such a document before handing it to jsonc-parser.
 */
import type { ComponentGraph } from './graph.js'
import { lineIndex } from './line-index.js'

/** Deeper than any real lockfile (they nest a handful of levels), far below the stack's limit. */
export const MAX_JSON_DEPTH = 1000

/** The offset where the nesting first goes deeper than `max`, outside strings and comments; undefined if it never does. */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): number | undefined {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: the next character is escaped
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      // bun.lock may hold comments: a quote or bracket in one is not JSON
      const end = text.indexOf('\n', i)
      i = end < 0 ? text.length : end
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2)
      i = end < 0 ? text.length : end + 1
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return undefined
}

/** Reports a document nested too deep to read as a problem at its line; true when it is. */
export function refuseDeepJson(path: string, text: string, graph: ComponentGraph): boolean {
  const at = tooDeepAt(text)
  if (at === undefined) return false
  graph.problems.push({ path, line: lineIndex(text)(at), message: `not a lockfile: nested deeper than ${MAX_JSON_DEPTH} levels` })
  return true
}
