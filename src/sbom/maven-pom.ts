/**
 * pom.xml, read as data (Maven is not run): the dependencies the project declares, with versions
 * resolved from `<properties>`, `${project.version}` (or the parent's version) and the POM's own
 * `<dependencyManagement>`. A POM is a manifest, not a lockfile: the transitive dependencies
 * are not known, so each component is marked `declaredOnly`, and a version that only a parent
 * POM or an imported BOM could give is a warning, not a guess.
 *
 * fast-xml-parser with entities left unexpanded: a DOCTYPE entity bomb stays a short string.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { PackageURL } from 'packageurl-js'
import { addComponent, type ComponentGraph } from './graph.js'
import { lineIndex, MAX_REPORTED } from './line-index.js'

interface PomDependency {
  groupId?: string
  artifactId?: string
  version?: string
  scope?: string
  optional?: string
}

interface Pom {
  groupId?: string
  artifactId?: string
  version?: string
  parent?: { groupId?: string; artifactId?: string; version?: string }
  properties?: Record<string, string>
  dependencies?: { dependency?: PomDependency[] }
  dependencyManagement?: { dependencies?: { dependency?: PomDependency[] } }
}

/** Elements nested deeper than this are refused (fast-xml-parser's default is 100). */
const MAX_NESTED_TAGS = 1000

const DEPENDENCY_LISTS = new Set(['project.dependencies.dependency', 'project.dependencyManagement.dependencies.dependency'])

const parser = new XMLParser({
  ignoreAttributes: true,
  // versions are text: "1.10" is not the number 1.1
  parseTagValue: false,
  processEntities: false,
  captureMetaData: true,
  // the default, 100, refuses real POMs with deep plugin configuration; deeper than this is not a POM
  maxNestedTags: MAX_NESTED_TAGS,
  isArray: (_name, jpath) => DEPENDENCY_LISTS.has(String(jpath)),
})
const META = XMLParser.getMetaDataSymbol() as unknown as symbol

/** Property references are resolved this many levels deep. */
const MAX_DEPTH = 32
/**
 * A property expands to at most this many characters: `<p1>${p0}${p0}…</p1>`, `<p2>${p1}${p1}…`
 * is the "billion laughs" of Maven properties, exponential in the number of properties.
 */
export const MAX_EXPANDED = 1024

/** Element text, or undefined for an element with elements inside (`<version><x/>1.0</version>`). */
const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined)

type Expansion =
  { ok: true; value: string } | { ok: false; reason: string; /** Depends on where it was reached from: not memoised. */ depth?: boolean }

/** Expands `${name}` references, each property once (memoised), with cycles, depth and length bounded. */
function propertyExpander(props: Map<string, string>): (value: string) => Expansion {
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
      // a property this POM does not define stays as written (and is reported where it is used)
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

export function parsePom(path: string, text: string, graph: ComponentGraph): void {
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    graph.problems.push({ path, line: valid.err.line, message: `not valid XML: ${valid.err.msg.replace(/\s+/g, ' ')}` })
    return
  }
  let pom: Pom | undefined
  try {
    pom = (parser.parse(text) as { project?: Pom }).project
  } catch (error) {
    // the nesting limit, and anything else the parser refuses that the validator let through
    const message = (error as Error).message.split('\n')[0]!
    graph.problems.push({
      path,
      message: `not a POM: ${/nested tags/i.test(message) ? `elements nested deeper than ${MAX_NESTED_TAGS} levels` : message}`,
    })
    return
  }
  if (!pom || typeof pom !== 'object') {
    // "<project/>" and an empty file declare nothing
    graph.sources.push(path)
    return
  }
  graph.sources.push(path)
  const lineAt = lineIndex(text)
  const lineOf = (node: unknown) => {
    const start =
      node && typeof node === 'object' ? (node as Record<symbol, { startIndex?: number } | undefined>)[META]?.startIndex : undefined
    return start === undefined ? undefined : lineAt(start)
  }
  const props = new Map<string, string>()
  if (pom.properties && typeof pom.properties === 'object')
    for (const [k, v] of Object.entries(pom.properties)) if (typeof v === 'string') props.set(k, v.trim())
  const parent = pom.parent && typeof pom.parent === 'object' ? pom.parent : undefined
  const version = textOf(pom.version) ?? textOf(parent?.version)
  const groupId = textOf(pom.groupId) ?? textOf(parent?.groupId)
  for (const [k, v] of [
    ['project.version', version],
    ['pom.version', version],
    ['version', version],
    ['project.groupId', groupId],
    ['project.artifactId', textOf(pom.artifactId)],
    ['project.parent.version', textOf(parent?.version)],
    ['parent.version', textOf(parent?.version)],
  ] as const)
    if (typeof v === 'string' && !props.has(k)) props.set(k, v.trim())
  const expand = propertyExpander(props)
  /** A field's value with properties expanded; a refused expansion is a reason, never a long string. */
  const resolve = (value: unknown): { value?: string; problem?: string } => {
    const raw = textOf(value)
    if (raw === undefined) return value === undefined ? {} : { problem: 'holds elements, not text' }
    const expanded = expand(raw)
    return expanded.ok ? { value: expanded.value } : { problem: expanded.reason }
  }
  const managed = new Map<string, string>()
  for (const d of pom.dependencyManagement?.dependencies?.dependency ?? []) {
    if (!d || typeof d !== 'object') continue
    const [g, a, v] = [resolve(d.groupId).value, resolve(d.artifactId).value, resolve(d.version).value]
    if (g && a && v) managed.set(`${g}:${a}`, v)
  }
  let reported = 0
  let unreported = 0
  for (const d of pom.dependencies?.dependency ?? []) {
    const line = lineOf(d)
    const warn = (message: string) => {
      if (++reported > MAX_REPORTED) unreported++
      else graph.problems.push({ path, ...(line ? { line } : {}), message, warning: true })
    }
    const dep: PomDependency = d && typeof d === 'object' ? d : {}
    const group = resolve(dep.groupId)
    const artifact = resolve(dep.artifactId)
    if (!group.value || !artifact.value) {
      const problem = group.problem ?? artifact.problem
      warn(problem ? `a dependency whose groupId or artifactId ${problem}; left out` : 'a dependency without groupId or artifactId')
      continue
    }
    const id = `${group.value}:${artifact.value}`
    const declared = resolve(dep.version)
    if (declared.problem) {
      warn(`${id}: the version ${declared.problem}; left out`)
      continue
    }
    const v = declared.value ?? managed.get(id)
    if (!v) {
      warn(`${id} has no version here: a parent POM or an imported BOM manages it, which ois-ready does not read; left out`)
      continue
    }
    if (v.includes('${')) {
      warn(`${id}: version ${v} uses a property this POM does not define; left out`)
      continue
    }
    if (/&[\w.-]+;/.test(`${id}:${v}`)) {
      warn(`${id}: uses XML entities, which ois-ready does not expand; left out`)
      continue
    }
    if (/^[[(]/.test(v)) {
      warn(`${id}: version range ${v} is resolved by Maven at build time; left out`)
      continue
    }
    const purl = new PackageURL('maven', group.value, artifact.value, v, undefined, undefined).toString()
    addComponent(graph, {
      purl,
      ecosystem: 'maven',
      namespace: group.value,
      name: artifact.value,
      version: v,
      hashes: [],
      scope: textOf(dep.scope)?.trim() === 'test' ? 'dev' : textOf(dep.optional)?.trim() === 'true' ? 'optional' : 'required',
      dependsOn: new Set(),
      source: path,
      declaredOnly: true,
    })
    graph.direct.add(purl)
  }
  if (unreported) graph.problems.push({ path, message: `${unreported} more warning(s) about dependencies not listed`, warning: true })
}
