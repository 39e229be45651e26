/** YAML read for checks: parse errors and node positions as line numbers, aliases bounded (no alias bombs). */
import { LineCounter, parseDocument, type Document } from 'yaml'

export interface YamlSource {
  doc: Document
  /** The plain value; undefined when the document has errors. */
  value: unknown
  errors: { line: number; column: number; message: string }[]
  /** 1-based line of a character offset. */
  line(offset: number | undefined): number | undefined
  /** 1-based line of the node at a path, e.g. ['jobs', 'build', 'steps', 0]. */
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
    for (let n = path.length; n >= 0; n--) {
      const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as { range?: [number, number, number] } | null
      if (node?.range) return line(node.range[0])
    }
    return undefined
  }
  return { doc, value, errors, line, lineAt }
}
