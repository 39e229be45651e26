/**
 * One pom.xml, read as data (Maven is not run): its coordinates, parent, modules, properties,
 * `<dependencyManagement>` and `<dependencies>`, as written (properties not yet expanded: a
 * child module expands its parent's entries with its own properties, as Maven does).
 * `maven-reactor.ts` puts the POMs of a repository together.
 *
 * fast-xml-parser with entities left unexpanded: a DOCTYPE entity bomb stays a short string.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { ParseProblem } from './graph.js'
import { lineIndex } from './line-index.js'

/** A `<dependency>` as written, with the line of its element. */
export interface PomDependency {
  groupId?: unknown
  artifactId?: unknown
  version?: unknown
  scope?: unknown
  type?: unknown
  optional?: unknown
  line?: number
}

export interface PomModel {
  path: string
  groupId?: string
  artifactId?: string
  version?: string
  packaging?: string
  parent?: { groupId?: string; artifactId?: string; version?: string; relativePath?: string }
  /** `<modules>`: folders (or POM files) relative to this POM's folder. */
  modules: string[]
  properties: Map<string, string>
  managed: PomDependency[]
  dependencies: PomDependency[]
}

interface RawPom {
  groupId?: unknown
  artifactId?: unknown
  version?: unknown
  packaging?: unknown
  parent?: { groupId?: unknown; artifactId?: unknown; version?: unknown; relativePath?: unknown }
  modules?: { module?: unknown[] }
  properties?: Record<string, unknown>
  dependencies?: { dependency?: unknown[] }
  dependencyManagement?: { dependencies?: { dependency?: unknown[] } }
}

/** Elements nested deeper than this are refused (fast-xml-parser's default is 100). */
const MAX_NESTED_TAGS = 1000

const LISTS = new Set(['project.dependencies.dependency', 'project.dependencyManagement.dependencies.dependency', 'project.modules.module'])

const parser = new XMLParser({
  ignoreAttributes: true,
  // versions are text: "1.10" is not the number 1.1
  parseTagValue: false,
  processEntities: false,
  captureMetaData: true,
  // the default, 100, refuses real POMs with deep plugin configuration; deeper than this is not a POM
  maxNestedTags: MAX_NESTED_TAGS,
  isArray: (_name, jpath) => LISTS.has(String(jpath)),
})
const META = XMLParser.getMetaDataSymbol() as unknown as symbol

/** Element text, or undefined for an element with elements inside (`<version><x/>1.0</version>`). */
export const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : undefined)

/**
 * Reads a POM; invalid XML or a document that is not a POM is a problem about the file, and
 * undefined. An empty `<project/>` is a POM that declares nothing.
 */
export function readPom(path: string, text: string, problems: ParseProblem[]): PomModel | undefined {
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    problems.push({ path, line: valid.err.line, message: `not valid XML: ${valid.err.msg.replace(/\s+/g, ' ')}` })
    return undefined
  }
  let raw: unknown
  try {
    raw = (parser.parse(text) as { project?: unknown }).project
  } catch (error) {
    // the nesting limit, and anything else the parser refuses that the validator let through
    const message = (error as Error).message.split('\n')[0]!
    problems.push({
      path,
      message: `not a POM: ${/nested tags/i.test(message) ? `elements nested deeper than ${MAX_NESTED_TAGS} levels` : message}`,
    })
    return undefined
  }
  const pom: RawPom = raw && typeof raw === 'object' ? (raw as RawPom) : {}
  const lineAt = lineIndex(text)
  const lineOf = (node: object) => {
    const start = (node as Record<symbol, { startIndex?: number } | undefined>)[META]?.startIndex
    return start === undefined ? undefined : lineAt(start)
  }
  const dependencies = (list: unknown[] | undefined): PomDependency[] =>
    (Array.isArray(list) ? list : []).map((d) => {
      if (!d || typeof d !== 'object') return {}
      const line = lineOf(d)
      return { ...(d as PomDependency), ...(line ? { line } : {}) }
    })
  const parent = pom.parent && typeof pom.parent === 'object' ? pom.parent : undefined
  const properties = new Map<string, string>()
  if (pom.properties && typeof pom.properties === 'object')
    for (const [k, v] of Object.entries(pom.properties)) if (typeof v === 'string') properties.set(k, v.trim())
  const optional = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value })
  return {
    path,
    ...optional('groupId', textOf(pom.groupId)),
    ...optional('artifactId', textOf(pom.artifactId)),
    ...optional('version', textOf(pom.version)),
    ...optional('packaging', textOf(pom.packaging)),
    ...(parent
      ? {
          parent: {
            ...optional('groupId', textOf(parent.groupId)),
            ...optional('artifactId', textOf(parent.artifactId)),
            ...optional('version', textOf(parent.version)),
            // an empty <relativePath/> says: not from the file system
            ...optional('relativePath', parent.relativePath === undefined ? undefined : (textOf(parent.relativePath) ?? '')),
          },
        }
      : {}),
    modules: (Array.isArray(pom.modules?.module) ? pom.modules.module : []).map(textOf).filter((m): m is string => Boolean(m)),
    properties,
    managed: dependencies(pom.dependencyManagement?.dependencies?.dependency),
    dependencies: dependencies(pom.dependencies?.dependency),
  }
}

/** Property references are resolved this many levels deep. */
const MAX_DEPTH = 32
/**
 * A property expands to at most this many characters: `<p1>${p0}${p0}…</p1>`, `<p2>${p1}${p1}…`
 * is the "billion laughs" of Maven properties, exponential in the number of properties.
 */
export const MAX_EXPANDED = 1024

export type Expansion =
  { ok: true; value: string } | { ok: false; reason: string; /** Depends on where it was reached from: not memoised. */ depth?: boolean }

/** Expands `${name}` references, each property once (memoised), with cycles, depth and length bounded. */
export function propertyExpander(props: ReadonlyMap<string, string>): (value: string) => Expansion {
  const memo = new Map<string, Expansion>()
  const expanding: string[] = []
  const expandProperty = (name: string): Expansion | undefined => {
    const raw = props.get(name)
    if (raw === undefined) return undefined
    const known = memo.get(name)
    if (known) return known
    if (expanding.includes(name)) return { ok: false, reason: `property ${name} refers to itself (${[...expanding, name].join(' → ')})` }
    if (expanding.length >= MAX_DEPTH)
      return { ok: false, reason: `properties refer to each other more than ${MAX_DEPTH} levels deep`, depth: true }
    expanding.push(name)
    const result = expandText(raw)
    expanding.pop()
    if (result.ok || !result.depth) memo.set(name, result)
    return result
  }
  const expandText = (text: string): Expansion => {
    let out = ''
    let last = 0
    for (const m of text.matchAll(/\$\{([^}]+)\}/g)) {
      out += text.slice(last, m.index)
      last = m.index + m[0].length
      const expanded = expandProperty(m[1]!)
      // a property no POM of the chain defines stays as written (and is reported where it is used)
      if (expanded === undefined) out += m[0]
      else if (!expanded.ok) return expanded
      else out += expanded.value
      if (out.length > MAX_EXPANDED) return { ok: false, reason: `properties expand to more than ${MAX_EXPANDED} characters` }
    }
    out += text.slice(last)
    return out.length > MAX_EXPANDED
      ? { ok: false, reason: `properties expand to more than ${MAX_EXPANDED} characters` }
      : { ok: true, value: out }
  }
  return (value) => expandText(value.trim())
}
