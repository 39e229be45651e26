/**
 * Lockfiles nested too deep to read. jsonc-parser's parse and visit recurse once per open
 * array or object, so 5,000 nested `[` overflow the stack where JSON.parse accepts them; the
 * readers refuse such a document (src/core/nesting.ts) before handing it to jsonc-parser.
 */
import { jsonTooDeepAt } from '../core/nesting.js'
import type { ComponentGraph } from './graph.js'
import { lineIndex } from './line-index.js'

/** Deeper than any real lockfile (they nest a handful of levels), far below the stack's limit. */
export const MAX_JSON_DEPTH = 1000

/** Reports a document nested too deep to read as a problem at its line; true when it is. */
export function refuseDeepJson(path: string, text: string, graph: ComponentGraph): boolean {
  const at = jsonTooDeepAt(text, MAX_JSON_DEPTH)
  if (at === undefined) return false
  graph.problems.push({ path, line: lineIndex(text)(at), message: `not a lockfile: nested deeper than ${MAX_JSON_DEPTH} levels` })
  return true
}
