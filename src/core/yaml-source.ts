/** YAML read for checks: parse errors and node positions as line numbers, aliases bounded (no alias bombs). */
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document } from 'yaml'

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

export function parseYaml(text: string): YamlSource {
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false })
  const line = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : counter.linePos(offset).line)
  const errors = doc.errors.map((e) => {
    const pos = counter.linePos(e.pos[0])
    return { line: pos.line, column: pos.col, message: e.message.split('\n')[0] ?? e.message }
  })
  let value: unknown
  if (errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES })
    } catch (error) {
      errors.push({ line: 1, column: 1, message: (error as Error).message.split('\n')[0] ?? 'invalid YAML' })
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
