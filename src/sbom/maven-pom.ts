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

const DEPENDENCY_LISTS = new Set(['project.dependencies.dependency', 'project.dependencyManagement.dependencies.dependency'])

const parser = new XMLParser({
  ignoreAttributes: true,
  // versions are text: "1.10" is not the number 1.1
  parseTagValue: false,
  processEntities: false,
  captureMetaData: true,
  isArray: (_name, jpath) => DEPENDENCY_LISTS.has(String(jpath)),
})
const META = XMLParser.getMetaDataSymbol() as unknown as symbol

/** Property references are resolved this many levels deep (a cycle stops there). */
const MAX_DEPTH = 10

export function parsePom(path: string, text: string, graph: ComponentGraph): void {
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    graph.problems.push({ path, line: valid.err.line, message: `not valid XML: ${valid.err.msg.replace(/\s+/g, ' ')}` })
    return
  }
  const pom = (parser.parse(text) as { project?: Pom }).project
  if (!pom || typeof pom !== 'object') {
    // "<project/>" and an empty file declare nothing
    graph.sources.push(path)
    return
  }
  graph.sources.push(path)
  const lineOf = (node: object) => {
    const start = (node as Record<symbol, { startIndex?: number } | undefined>)[META]?.startIndex
    return start === undefined ? undefined : text.slice(0, start).split('\n').length
  }
  const props = new Map<string, string>()
  for (const [k, v] of Object.entries(pom.properties ?? {})) if (typeof v === 'string') props.set(k, v.trim())
  const version = pom.version ?? pom.parent?.version
  const groupId = pom.groupId ?? pom.parent?.groupId
  for (const [k, v] of [
    ['project.version', version],
    ['pom.version', version],
    ['version', version],
    ['project.groupId', groupId],
    ['project.artifactId', pom.artifactId],
    ['project.parent.version', pom.parent?.version],
    ['parent.version', pom.parent?.version],
  ] as const)
    if (typeof v === 'string' && !props.has(k)) props.set(k, v.trim())
  const resolve = (value: string | undefined): string | undefined => {
    let out = value?.trim()
    for (let depth = 0; out !== undefined && out.includes('${') && depth < MAX_DEPTH; depth++)
      out = out.replace(/\$\{([^}]+)\}/g, (whole, name: string) => props.get(name) ?? whole)
    return out
  }
  const managed = new Map<string, string>()
  for (const d of pom.dependencyManagement?.dependencies?.dependency ?? []) {
    const v = resolve(d.version)
    if (d.groupId && d.artifactId && v) managed.set(`${resolve(d.groupId)}:${resolve(d.artifactId)}`, v)
  }
  for (const d of pom.dependencies?.dependency ?? []) {
    const line = lineOf(d)
    const warn = (message: string) => graph.problems.push({ path, ...(line ? { line } : {}), message, warning: true })
    const group = resolve(d.groupId)
    const artifact = resolve(d.artifactId)
    if (!group || !artifact) {
      warn('a dependency without groupId or artifactId')
      continue
    }
    const v = resolve(d.version) ?? managed.get(`${group}:${artifact}`)
    const id = `${group}:${artifact}`
    if (!v) {
      warn(`${id} has no version here: a parent POM or an imported BOM manages it, which ois-ready does not read; left out`)
      continue
    }
    if (v.includes('${')) {
      warn(`${id}: version ${v} uses a property this POM does not define; left out`)
      continue
    }
    if (/&[\w.-]+;/.test(`${group}:${artifact}:${v}`)) {
      warn(`${id}: uses XML entities, which ois-ready does not expand; left out`)
      continue
    }
    if (/^[[(]/.test(v)) {
      warn(`${id}: version range ${v} is resolved by Maven at build time; left out`)
      continue
    }
    const purl = new PackageURL('maven', group, artifact, v, undefined, undefined).toString()
    addComponent(graph, {
      purl,
      ecosystem: 'maven',
      namespace: group,
      name: artifact,
      version: v,
      hashes: [],
      scope: d.scope?.trim() === 'test' ? 'dev' : d.optional?.trim() === 'true' ? 'optional' : 'required',
      dependsOn: new Set(),
      source: path,
      declaredOnly: true,
    })
    graph.direct.add(purl)
  }
}
