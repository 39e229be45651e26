/** YAML read for checks: parse errors and node positions as line numbers, aliases and nesting bounded (no alias bombs, no stack overflow). */
import { LineCounter, isAlias, isCollection, isMap, isPair, isScalar, parseDocument, type Document } from 'yaml'
import { MAX_NESTING, nestsDeeperThan, tooDeepMessage } from './nesting.js'

export interface YamlSource {
  doc: Document
  /** The plain value; undefined when the document has errors. */
  value: unknown
  errors: { line: number; column: number; message: string }[]
  /** 1-based line of a character offset. */
  line(offset: number | undefined): number | undefined
  /** 1-based line of the node at a path, e.g. ['jobs', 'build', 'steps', 0]; for a mapping entry, the line of its key. */
  lineAt(path: (string | number)[]): number | undefined
}

export const MAX_ALIASES = 100

interface YamlError {
  code?: string
  message: string
  pos: [number, number]
}

/**
 * The errors of a parsed document, each with its first line of text. The yaml package reports
 * running out of stack (a document nested thousands deep) as RESOURCE_EXHAUSTION, and errors
 * that follow it are its echoes: that one is reported alone, as what it means.
 */
export function yamlErrors(errors: readonly YamlError[]): { message: string; offset: number }[] {
  const exhausted = errors.find((e) => e.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(e.message))
  if (exhausted) return [{ message: tooDeepMessage(), offset: exhausted.pos[0] }]
  return errors.map((e) => ({ message: e.message.split('\n')[0] ?? e.message, offset: e.pos[0] }))
}

/**
 * The offset of the first node of a parsed document that lies deeper than `max` collections,
 * or undefined. Iterative, over the document's own nodes: an alias is not followed (its target
 * is measured where it is written).
 */
export function yamlTooDeepAt(doc: { contents: unknown }, max = MAX_NESTING): number | undefined {
  const stack: [unknown, number][] = [[doc.contents, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (isAlias(node) || !isCollection(node)) continue
    const at = depth + 1
    if (at > max) return node.range?.[0] ?? 0
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push([item.key, at], [item.value, at])
      } else stack.push([item, at])
    }
  }
  return undefined
}

/**
 * Reads the plain value of a document whose errors are already known to be none: aliases
 * bounded, and the value nesting no deeper than `max` (aliases can nest what the text does not).
 */
export function yamlValue(
  doc: Document,
  max = MAX_NESTING,
): { ok: true; value: unknown } | { ok: false; message: string; offset?: number } {
  const deep = yamlTooDeepAt(doc, max)
  if (deep !== undefined) return { ok: false, message: tooDeepMessage(max), offset: deep }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (error) {
    return { ok: false, message: (error as Error).message.split('\n')[0] ?? 'invalid YAML' }
  }
  if (nestsDeeperThan(value, max)) return { ok: false, message: `${tooDeepMessage(max)} (through aliases)` }
  return { ok: true, value }
}

export function parseYaml(text: string): YamlSource {
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false })
  const line = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : counter.linePos(offset).line)
  const errors = yamlErrors(doc.errors).map((e) => {
    const pos = counter.linePos(e.offset)
    return { line: pos.line, column: pos.col, message: e.message }
  })
  let value: unknown
  if (errors.length === 0) {
    const read = yamlValue(doc)
    if (read.ok) value = read.value
    else {
      const pos = counter.linePos(read.offset ?? 0)
      errors.push({ line: pos.line, column: pos.col, message: read.message })
    }
  }
  const lineAt = (path: (string | number)[]): number | undefined => {
    const last = path[path.length - 1]
    const parent = path.length === 1 ? doc.contents : path.length > 1 ? doc.getIn(path.slice(0, -1), true) : undefined
    if (typeof last === 'string' && isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last)
      const key = pair?.key as { range?: [number, number, number] } | undefined
      if (key?.range) return line(key.range[0])
    }
    for (let n = path.length; n >= 0; n--) {
      const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as { range?: [number, number, number] } | null
      if (node?.range) return line(node.range[0])
    }
    return undefined
  }
  return { doc, value, errors, line, lineAt }
}
