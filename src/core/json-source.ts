/**
 * JSON (and JSON5) documents of the repository read for checks: the nesting bounded before
 * parsing (nesting.ts), parse errors with their line, and, where a reader asks, the keys an
 * object holds twice (JSON.parse keeps the last without a word, other readers the first).
 */
import JSON5 from 'json5'
import { parseTree, visit, type ParseError } from 'jsonc-parser'
import { jsonTooDeepAt, MAX_NESTING, tooDeepMessage } from './nesting.js'

export interface DuplicateKey {
  /** Where the object is, as keys from the root (`["license"]` for a top-level key). */
  path: (string | number)[]
  line: number
}

export type JsonSource =
  | {
      ok: true
      value: unknown
      /** Keys written twice in one object; only with `duplicates: true`. */
      duplicates: DuplicateKey[]
    }
  | { ok: false; message: string; line?: number }

export interface JsonReadOptions {
  /** JSON5 (comments, single quotes, trailing commas), as Renovate reads its configuration. */
  json5?: boolean
  /** Find keys written twice (JSON only). */
  duplicates?: boolean
  maxNesting?: number
}

/** At most this many duplicate keys are listed per document. */
const MAX_DUPLICATES = 20

export function parseJson(text: string, options: JsonReadOptions = {}): JsonSource {
  const max = options.maxNesting ?? MAX_NESTING
  const deep = jsonTooDeepAt(text, max)
  if (deep !== undefined) return { ok: false, message: tooDeepMessage(max), line: lineAt(text, deep) }
  let value: unknown
  try {
    value = options.json5 ? JSON5.parse(text) : JSON.parse(text)
  } catch (error) {
    // V8 quotes the text around an unexpected token ("Unexpected token '}', "{ "a": }" is not valid JSON"): the quote goes
    const full = (error as Error).message
    const message = (/^(Unexpected token .+?), ".*$/s.exec(full)?.[1] ?? full).split('\n')[0] ?? 'invalid JSON'
    const line = errorLine(text, full) ?? (options.json5 ? undefined : firstErrorLine(text))
    return { ok: false, message, ...(line ? { line } : {}) }
  }
  return { ok: true, value, duplicates: options.duplicates && !options.json5 ? duplicateKeys(text) : [] }
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** The line of a parse error: "(line 3 column 5)" in Node 24, "at 3:5" in JSON5, or a character position. */
function errorLine(text: string, message: string): number | undefined {
  const line = /line (\d+)|at (\d+):\d+/.exec(message)
  if (line) return Number(line[1] ?? line[2])
  const position = /position (\d+)/.exec(message)
  return position ? lineAt(text, Number(position[1])) : undefined
}

/** Where jsonc-parser meets the first error, for the messages of V8 that give no position; the nesting is bounded already (it recurses). */
function firstErrorLine(text: string): number | undefined {
  const errors: ParseError[] = []
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
  return errors[0] ? lineAt(text, errors[0].offset) : undefined
}

/** jsonc-parser's visitor: a streaming scan that builds no tree; run after the nesting is known to be bounded (it recurses). */
function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = []
  const open: Set<string>[] = []
  visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (property, _offset, _length, startLine, _startCharacter, pathSupplier) => {
      const keys = open[open.length - 1]
      if (!keys) return
      if (keys.has(property) && found.length < MAX_DUPLICATES) found.push({ path: [...pathSupplier(), property], line: startLine + 1 })
      keys.add(property)
    },
  })
  return found
}
