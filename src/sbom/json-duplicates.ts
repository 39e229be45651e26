/**
 * Duplicate keys in JSON lockfiles. JSON.parse keeps the last of two equal keys in an object
 * without a word, so a lockfile can say one thing to a reviewer reading the first entry and
 * another to the tools that read the last. This scan reports each duplicate with its line.
 *
 * It uses jsonc-parser's visitor (Microsoft's, the parser of VS Code's JSON support): a
 * streaming scan that builds no tree, so memory is bounded by the nesting of the document
 * (one key set per open object), and time is linear in its length.
 */
import { visit, type JSONVisitor } from 'jsonc-parser'
import type { ComponentGraph } from './graph.js'

/** Reported per file; more are counted in one last finding. */
const MAX_REPORTED = 20

/**
 * `also` is a second visitor called in the same pass (a reader that wants the offsets of the
 * document's members); `strict` reads plain JSON (no comments, no trailing commas), so that
 * `also.onError` hears of whatever JSON.parse would refuse.
 */
export function reportDuplicateKeys(
  path: string,
  text: string,
  graph: ComponentGraph,
  options: { also?: JSONVisitor; strict?: boolean } = {},
): void {
  const open: Set<string>[] = []
  let found = 0
  const also = options.also ?? {}
  visit(
    text,
    {
      ...also,
      onObjectBegin: (...args) => {
        open.push(new Set())
        return also.onObjectBegin?.(...args)
      },
      onObjectEnd: (...args) => {
        open.pop()
        also.onObjectEnd?.(...args)
      },
      onObjectProperty: (property, _offset, _length, startLine, ...rest) => {
        also.onObjectProperty?.(property, _offset, _length, startLine, ...rest)
        const keys = open[open.length - 1]
        if (!keys) return
        if (keys.has(property)) {
          found++
          if (found <= MAX_REPORTED)
            graph.problems.push({
              path,
              line: startLine + 1,
              message: `duplicate key ${JSON.stringify(property)}: JSON.parse keeps the last, other readers the first, so the lockfile says two things`,
            })
        }
        keys.add(property)
      },
    },
    // bun.lock is JSON with trailing commas
    options.strict ? { allowTrailingComma: false, disallowComments: true } : { allowTrailingComma: true, disallowComments: false },
  )
  if (found > MAX_REPORTED) graph.problems.push({ path, message: `${found - MAX_REPORTED} more duplicate key(s) not listed` })
}
