/**
 * The Maven builds of a repository, read as data (Maven is not run, nothing is downloaded):
 * every pom.xml, each with its parent chain inside the repository (`<relativePath>`, by
 * default `../pom.xml`, else the POM of the same coordinates), so that a module inherits its
 * parents' properties, `<dependencyManagement>` and `<dependencies>` and expands them with its
 * own properties, as Maven does; BOMs imported from a POM of the repository count too.
 *
 * A POM is a manifest, not a lockfile: the transitive dependencies are not known, so each
 * dependency is marked `declaredOnly`, and a version that only a parent POM or a BOM outside
 * the repository could give is a warning, not a guess. The modules of a reactor (the POMs that
 * another POM lists in `<modules>`) are the project's own components, with their dependencies
 * as edges; the top POM of a reactor stands for the project itself, so its dependencies are the
 * project's direct ones.
 */
import { posix } from 'node:path'
import { PackageURL } from 'packageurl-js'
import type { Snapshot } from '../core/snapshot.js'
import { addComponent, addEdge, type ComponentGraph, type ParseProblem } from './graph.js'
import { MAX_REPORTED } from './line-index.js'
import { propertyExpander, readPom, textOf, type Expansion, type PomDependency, type PomModel } from './maven-pom.js'

export interface PomSource {
  path: string
  text: string
}

/** A parent chain longer than this is refused (a loop is caught before). */
const MAX_PARENTS = 64
/** BOMs imported into BOMs are followed this deep. */
const MAX_IMPORT_DEPTH = 16
/** POM files are read up to this size. */
const MAX_POM_BYTES = 16 * 1024 * 1024

interface Managed {
  version?: string
  scope?: string
}

interface Effective {
  model: PomModel
  groupId?: string
  artifactId?: string
  version?: string
  /** Properties of the chain, the nearest POM's winning, before the built-in project.* ones. */
  properties: Map<string, string>
  expand: (value: string) => Expansion
  /** dependencyManagement as written along the chain, the nearest first. */
  managedRaw: { dep: PomDependency; owner: Effective }[]
  dependencies: { dep: PomDependency; inherited: boolean }[]
  /** The first parent outside the repository ("g:a:v"), which may define properties and versions. */
  external?: string
  /** Whether a parent of the chain is in the repository. */
  repoParents: boolean
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200)
const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '')

/** A path relative to a POM's folder, inside the repository, or undefined. */
function within(from: string, relative: string): string | undefined {
  const joined = posix.normalize(posix.join(folderOf(from) || '.', relative))
  return joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined) ? undefined : joined.replace(/^\.\//, '')
}

/** The POM file a `<relativePath>` or `<module>` names: a folder means its pom.xml. */
function pomFileOf(from: string, relative: string): string | undefined {
  const path = within(from, relative)
  if (path === undefined) return undefined
  return /\.xml$/i.test(path) ? path : path === '.' ? 'pom.xml' : `${path.replace(/\/$/, '')}/pom.xml`
}

/** The files a list of POMs names in `<modules>` that are not named pom.xml (`<module>x/build.xml</module>`). */
export function otherModuleFiles(poms: readonly PomSource[]): string[] {
  const problems: ParseProblem[] = []
  return poms.flatMap((p) =>
    (readPom(p.path, p.text, problems)?.modules ?? [])
      .map((m) => pomFileOf(p.path, m))
      .filter((f): f is string => f !== undefined && !/(^|\/)pom\.xml$/.test(f)),
  )
}

/** Reads every POM of the repository as one or more reactors (see the file's comment). */
export async function readMavenBuilds(repo: Snapshot, paths: readonly string[], graph: ComponentGraph): Promise<void> {
  const sources: PomSource[] = []
  const read = async (path: string) => {
    const text = await repo.readText(path, { maxBytes: MAX_POM_BYTES })
    if (text.ok) sources.push({ path, text: text.text })
    else graph.problems.push({ path, message: text.message })
  }
  for (const path of paths) await read(path)
  // modules whose POM has another name are read too, once
  const seen = new Set(paths)
  for (const path of otherModuleFiles(sources)) {
    if (seen.has(path) || !repo.has(path)) continue
    seen.add(path)
    await read(path)
  }
  readMavenReactor(sources, graph)
}

/** One pom.xml read alone: a reactor of one POM. */
export function parsePom(path: string, text: string, graph: ComponentGraph): void {
  readMavenReactor([{ path, text }], graph)
}

export function readMavenReactor(sources: readonly PomSource[], graph: ComponentGraph): void {
  const models: PomModel[] = []
  for (const source of sources) {
    // one POM a reader cannot cope with is a finding about that file, never the end of the run
    try {
      const model = readPom(source.path, source.text, graph.problems)
      if (!model) continue
      models.push(model)
      graph.sources.push(source.path)
    } catch (error) {
      graph.problems.push({ path: source.path, message: `could not be read: ${reasonOf(error)}` })
    }
  }
  const byPath = new Map(models.map((m) => [m.path, m]))
  const byName = new Map<string, PomModel[]>()
  const nameOf = (m: PomModel) => `${m.groupId ?? m.parent?.groupId ?? ''}:${m.artifactId ?? ''}`
  for (const m of models) byName.set(nameOf(m), [...(byName.get(nameOf(m)) ?? []), m])

  /** The parent POM in the repository: at <relativePath> when its coordinates match, else the one POM of that name. */
  const parentOf = (m: PomModel): PomModel | undefined => {
    const p = m.parent
    if (!p?.artifactId) return undefined
    const name = `${p.groupId ?? ''}:${p.artifactId}`
    const relative = p.relativePath ?? '../pom.xml'
    const atPath = relative === '' ? undefined : byPath.get(pomFileOf(m.path, relative) ?? '')
    if (atPath && atPath !== m && nameOf(atPath) === name) return atPath
    const named = (byName.get(name) ?? []).filter((c) => c !== m)
    const sameVersion = named.filter((c) => (c.version ?? c.parent?.version) === p.version)
    return sameVersion.length === 1 ? sameVersion[0] : named.length === 1 ? named[0] : undefined
  }

  const effective = new Map<PomModel, Effective>()
  const resolving = new Set<PomModel>()
  const effectiveOf = (m: PomModel, depth = 0): Effective => {
    const known = effective.get(m)
    if (known) return known
    let parent: Effective | undefined
    let external: string | undefined
    const inRepo = parentOf(m)
    if (inRepo && (resolving.has(inRepo) || depth >= MAX_PARENTS)) {
      graph.problems.push({
        path: m.path,
        message: resolving.has(inRepo)
          ? `the parent chain loops back to ${inRepo.path}; its parents are not read`
          : `more than ${MAX_PARENTS} parent POMs; the further parents are not read`,
        warning: true,
      })
    } else if (inRepo) {
      resolving.add(m)
      parent = effectiveOf(inRepo, depth + 1)
      resolving.delete(m)
    } else if (m.parent?.artifactId) {
      external = [m.parent.groupId, m.parent.artifactId, m.parent.version].filter(Boolean).join(':')
    }
    const properties = new Map(parent?.properties)
    for (const [k, v] of m.properties) properties.set(k, v)
    const withBuiltIns = new Map(properties)
    const version = m.version ?? m.parent?.version
    const groupId = m.groupId ?? m.parent?.groupId
    for (const [k, v] of [
      ['project.version', version],
      ['pom.version', version],
      ['version', version],
      ['project.groupId', groupId],
      ['pom.groupId', groupId],
      ['project.artifactId', m.artifactId],
      ['pom.artifactId', m.artifactId],
      ['project.parent.version', m.parent?.version],
      ['parent.version', m.parent?.version],
      ['project.parent.groupId', m.parent?.groupId],
      ['project.parent.artifactId', m.parent?.artifactId],
    ] as const)
      if (typeof v === 'string' && !m.properties.has(k)) withBuiltIns.set(k, v)
    const expand = propertyExpander(withBuiltIns)
    const resolved = (v: string | undefined) => {
      if (v === undefined) return undefined
      const e = expand(v)
      return e.ok && !e.value.includes('${') ? e.value : undefined
    }
    const result: Effective = {
      model: m,
      ...optional('groupId', resolved(groupId)),
      ...optional('artifactId', resolved(m.artifactId)),
      ...optional('version', resolved(version)),
      properties,
      expand,
      managedRaw: [],
      dependencies: [
        ...(parent?.dependencies ?? []).map((d) => ({ dep: d.dep, inherited: true })),
        ...m.dependencies.map((dep) => ({ dep, inherited: false })),
      ],
      ...optional('external', external ?? parent?.external),
      repoParents: parent !== undefined,
    }
    result.managedRaw = [...m.managed.map((dep) => ({ dep, owner: result })), ...(parent?.managedRaw ?? [])]
    effective.set(m, result)
    return result
  }
  for (const m of models) effectiveOf(m)

  /** A field of a dependency with the resolving POM's properties expanded; a refused expansion is a reason. */
  const field = (e: Effective, value: unknown): { value?: string; problem?: string } => {
    if (value === undefined) return {}
    const raw = textOf(value)
    if (raw === undefined) return { problem: 'holds elements, not text' }
    if (raw === '') return {}
    const expanded = e.expand(raw)
    return expanded.ok ? { value: expanded.value } : { problem: expanded.reason }
  }

  /** The versions and scopes managed for a POM: its chain's entries, then the BOMs they import from the repository. */
  const managedMemo = new Map<Effective, { map: Map<string, Managed>; externalBoms: string[] }>()
  const managedOf = (e: Effective, depth = 0): { map: Map<string, Managed>; externalBoms: string[] } => {
    const known = managedMemo.get(e)
    if (known) return known
    const map = new Map<string, Managed>()
    const externalBoms: string[] = []
    const result = { map, externalBoms }
    managedMemo.set(e, result)
    const imports: string[][] = []
    // the nearest POM's entry wins; entries are expanded with the properties of the POM that uses them
    for (const { dep } of e.managedRaw) {
      const [g, a, v] = [field(e, dep.groupId).value, field(e, dep.artifactId).value, field(e, dep.version).value]
      if (!g || !a) continue
      const scope = field(e, dep.scope).value
      if (scope === 'import') {
        imports.push([g, a, v ?? ''])
        continue
      }
      const key = `${g}:${a}`
      if (!map.has(key)) map.set(key, { ...optional('version', v), ...optional('scope', scope) })
    }
    for (const [g, a, v] of imports) {
      const bom = (byName.get(`${g}:${a}`) ?? []).find((b) => {
        const be = effective.get(b)
        return be !== undefined && (!v || be.version === v)
      })
      if (!bom || depth >= MAX_IMPORT_DEPTH) {
        externalBoms.push([g, a, v].filter(Boolean).join(':'))
        continue
      }
      const imported = managedOf(effective.get(bom)!, depth + 1)
      for (const [k, m] of imported.map) if (!map.has(k)) map.set(k, m)
      externalBoms.push(...imported.externalBoms)
    }
    return result
  }

  // the POMs another POM lists as a module; the others are the tops of reactors (the project itself)
  const listed = new Set<string>()
  for (const m of models) {
    for (const module of m.modules) {
      const file = pomFileOf(m.path, module)
      if (file && byPath.has(file)) listed.add(file)
      else
        graph.problems.push({
          path: m.path,
          message: `module ${module} has no POM in the repository${file ? ` (${file})` : ''}; its dependencies are not in the SBOM`,
          warning: true,
        })
    }
  }
  const purlOf = (g: string, a: string, v: string) => new PackageURL('maven', g, a, v, undefined, undefined).toString()
  const moduleByName = new Map<string, { purl?: string; version?: string }[]>()
  for (const m of models) {
    const e = effective.get(m)!
    if (!e.groupId || !e.artifactId) continue
    const purl = listed.has(m.path) && e.version ? purlOf(e.groupId, e.artifactId, e.version) : undefined
    const key = `${e.groupId}:${e.artifactId}`
    moduleByName.set(key, [...(moduleByName.get(key) ?? []), { ...optional('purl', purl), ...optional('version', e.version) }])
  }
  for (const m of models) {
    if (!listed.has(m.path)) continue
    const e = effective.get(m)!
    if (!e.groupId || !e.artifactId || !e.version) {
      graph.problems.push({
        path: m.path,
        message: `the module's coordinates (groupId, artifactId, version) are not all known; it is not listed as a component of its own`,
        warning: true,
      })
      continue
    }
    addComponent(graph, {
      purl: purlOf(e.groupId, e.artifactId, e.version),
      ecosystem: 'maven',
      namespace: e.groupId,
      name: e.artifactId,
      version: e.version,
      hashes: [],
      scope: 'required',
      dependsOn: new Set(),
      source: m.path,
    })
  }

  // versions managed outside the repository: one warning per parent and BOMs that manage them, for the whole reactor
  const unmanaged = new Map<string, { ids: Set<string>; poms: Set<string>; first: { path: string; line?: number } }>()
  for (const m of models) {
    const e = effective.get(m)!
    const self = listed.has(m.path) && e.groupId && e.artifactId && e.version ? purlOf(e.groupId, e.artifactId, e.version) : undefined
    const from = self ? graph.components.get(self) : undefined
    const link = (purl: string) => (from ? addEdge(from, purl) : graph.direct.add(purl))
    const managed = managedOf(e)
    const outside = [...(e.external ? [`the parent POM ${e.external}`] : []), ...managed.externalBoms.map((b) => `the BOM ${b}`)]
    let reported = 0
    let unreported = 0
    for (const { dep, inherited } of e.dependencies) {
      // a parent's own dependencies are reported where they are written, once
      const warn = (message: string) => {
        if (inherited) return
        if (++reported > MAX_REPORTED) unreported++
        else graph.problems.push({ path: m.path, ...(dep.line ? { line: dep.line } : {}), message, warning: true })
      }
      const group = field(e, dep.groupId)
      const artifact = field(e, dep.artifactId)
      if (!group.value || !artifact.value) {
        const problem = group.problem ?? artifact.problem
        warn(problem ? `a dependency whose groupId or artifactId ${problem}; left out` : 'a dependency without groupId or artifactId')
        continue
      }
      const id = `${group.value}:${artifact.value}`
      const declared = field(e, dep.version)
      if (declared.problem) {
        warn(`${id}: the version ${declared.problem}; left out`)
        continue
      }
      const reactor = moduleByName.get(id)
      const v = declared.value ?? managed.map.get(id)?.version
      // a dependency on another module of the build: an edge to that module, not a component of its own
      const module = reactor?.find((r) => v === undefined || r.version === v)
      if (module) {
        if (module.purl && module.purl !== self) link(module.purl)
        continue
      }
      if (!v) {
        if (outside.length && !inherited) {
          const key = outside.join(', ')
          const group = unmanaged.get(key) ?? { ids: new Set(), poms: new Set(), first: { path: m.path, ...optional('line', dep.line) } }
          unmanaged.set(key, group)
          group.ids.add(id)
          group.poms.add(m.path)
        } else if (!outside.length) warn(`${id} has no version: no POM of its parent chain in the repository manages it; left out`)
        continue
      }
      if (v.includes('${')) {
        const where = e.repoParents ? 'in this POM or its parents in the repository' : 'in this POM'
        warn(
          `${id}: version ${v} uses a property not defined ${where}${e.external ? ` (the parent POM ${e.external}, outside the repository, may define it)` : ''}; left out`,
        )
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
      const scope = field(e, dep.scope).value ?? managed.map.get(id)?.scope
      const purl = purlOf(group.value, artifact.value, v)
      addComponent(graph, {
        purl,
        ecosystem: 'maven',
        namespace: group.value,
        name: artifact.value,
        version: v,
        hashes: [],
        scope: scope === 'test' ? 'dev' : field(e, dep.optional).value === 'true' ? 'optional' : 'required',
        dependsOn: new Set(),
        source: m.path,
        declaredOnly: true,
      })
      link(purl)
    }
    if (unreported)
      graph.problems.push({ path: m.path, message: `${unreported} more warning(s) about dependencies not listed`, warning: true })
  }
  for (const [outside, { ids, poms, first }] of unmanaged) {
    const list = [...ids]
    graph.problems.push({
      ...first,
      warning: true,
      message:
        list.length === 1 && poms.size === 1
          ? `${list[0]} has no version here: it is managed outside the repository (${outside}), which ois-ready does not read; left out`
          : `${list.length} dependencies declared in ${poms.size} POM(s) have no version in the repository: they are managed outside it (${outside}), which ois-ready does not read; left out: ${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''}`,
    })
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}
