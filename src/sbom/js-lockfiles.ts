/**
 * pnpm-lock.yaml (lockfile versions 6 to 9) and yarn.lock (classic v1), read as data.
 * Neither marks development dependencies on each package, so the scope is worked out by
 * reachability from the project's own dependencies.
 */
import { LineCounter, parseDocument } from 'yaml'
import { MAX_ALIASES } from '../core/yaml-source.js'
import { addComponent, type ComponentGraph, type GraphComponent } from './graph.js'
import { integrityHashes, npmPurl } from './npm-lock.js'

/** The dependency fields of a package.json that say what is for development. */
export interface Manifest {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

export interface Parsed {
  name: string
  version: string
  integrity?: string
  resolved?: string
  /** Keys (in the same map) of the packages it depends on. */
  deps: string[]
  patch?: string
}

/** Adds packages to the graph, with scopes from reachability: from required roots, else dev. */
export function addWithScopes(path: string, graph: ComponentGraph, packages: Map<string, Parsed>, required: string[], dev: string[]): void {
  const reach = (roots: string[]) => {
    const seen = new Set<string>()
    const stack = [...roots]
    while (stack.length) {
      const key = stack.pop()!
      if (seen.has(key) || !packages.has(key)) continue
      seen.add(key)
      stack.push(...packages.get(key)!.deps)
    }
    return seen
  }
  const runtime = reach(required)
  for (const [key, p] of packages) {
    const scoped = p.name.startsWith('@') && p.name.includes('/')
    const component: GraphComponent = {
      purl: npmPurl(p.name, p.version),
      ecosystem: 'npm',
      ...(scoped ? { namespace: p.name.slice(0, p.name.indexOf('/')) } : {}),
      name: scoped ? p.name.slice(p.name.indexOf('/') + 1) : p.name,
      version: p.version,
      hashes: integrityHashes(p.integrity),
      ...(p.resolved && /^https?:/.test(p.resolved) ? { distribution: p.resolved.replace(/#.*$/, '') } : {}),
      scope: runtime.has(key) ? 'required' : 'dev',
      dependsOn: new Set(p.deps.filter((d) => packages.has(d)).map((d) => npmPurl(packages.get(d)!.name, packages.get(d)!.version))),
      source: path,
      ...(p.patch ? { patch: p.patch } : {}),
    }
    addComponent(graph, component)
  }
  for (const key of [...required, ...dev]) {
    const p = packages.get(key)
    if (p) graph.direct.add(npmPurl(p.name, p.version))
  }
}

/** `name@version` or `name@version(peer@1)(...)`, scoped names included. */
function splitKey(key: string): { name: string; version: string } | undefined {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '')
  const at = bare.lastIndexOf('@')
  if (at <= 0) return undefined
  return { name: bare.slice(0, at), version: bare.slice(at + 1) }
}

export function parsePnpmLock(path: string, text: string, graph: ComponentGraph): void {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter })
  if (doc.errors.length) {
    const e = doc.errors[0]!
    graph.problems.push({ path, line: lineCounter.linePos(e.pos[0]).line, message: `not valid YAML: ${e.message.split('\n')[0]}` })
    return
  }
  let lock: {
    lockfileVersion?: unknown
    importers?: Record<string, Record<string, Record<string, { version: string }>>>
    packages?: Record<
      string,
      {
        resolution?: { integrity?: string; tarball?: string }
        dependencies?: Record<string, string>
        optionalDependencies?: Record<string, string>
      }
    >
    snapshots?: Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }>
  }
  try {
    lock = (doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {}) as typeof lock
  } catch (error) {
    graph.problems.push({ path, line: 1, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` })
    return
  }
  const version = parseFloat(String(lock.lockfileVersion))
  if (!(version >= 6 && version < 10)) {
    graph.problems.push({
      path,
      line: 1,
      message: `unknown lockfileVersion ${JSON.stringify(lock.lockfileVersion)} (ois-ready reads pnpm lockfiles 6 to 9)`,
    })
    return
  }
  graph.sources.push(path)
  const packages = new Map<string, Parsed>()
  const keyOf = (name: string, ref: string) => `${name}@${ref.replace(/\(.*$/, '')}`
  const depsOf = (deps?: Record<string, string>) =>
    Object.entries(deps ?? {}).map(([n, v]) =>
      v.startsWith('link:') ? '' : keyOf(n, v.replace(/^\//, '').startsWith(`${n}@`) ? v.replace(/^\//, '').slice(n.length + 1) : v),
    )
  const snapshotsOf = new Map<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }[]>()
  for (const [k, snap] of Object.entries(lock.snapshots ?? {})) {
    const bare = k.replace(/\(.*$/, '')
    snapshotsOf.set(bare, [...(snapshotsOf.get(bare) ?? []), snap])
  }
  for (const [rawKey, info] of Object.entries(lock.packages ?? {})) {
    const id = splitKey(rawKey)
    if (!id) {
      graph.problems.push({ path, message: `package key ${rawKey} names no version` })
      continue
    }
    const key = `${id.name}@${id.version}`
    const snapshot = snapshotsOf.get(key) ?? []
    const deps =
      version >= 9
        ? snapshot.flatMap((s) => [...depsOf(s.dependencies), ...depsOf(s.optionalDependencies)])
        : [...depsOf(info.dependencies), ...depsOf(info.optionalDependencies)]
    packages.set(key, {
      name: id.name,
      version: id.version,
      ...(info.resolution?.integrity ? { integrity: info.resolution.integrity } : {}),
      ...(info.resolution?.tarball ? { resolved: info.resolution.tarball } : {}),
      deps: [...new Set(deps.filter(Boolean))],
    })
  }
  const required: string[] = []
  const dev: string[] = []
  for (const importer of Object.values(lock.importers ?? {})) {
    for (const [kind, deps] of Object.entries(importer ?? {})) {
      for (const [name, spec] of Object.entries(deps ?? {})) {
        if (typeof spec?.version !== 'string' || spec.version.startsWith('link:')) continue
        const key = keyOf(name, spec.version)
        ;(kind === 'devDependencies' ? dev : required).push(key)
      }
    }
  }
  addWithScopes(path, graph, packages, required, dev)
}

/** yarn.lock v1 (berry lockfiles, with `__metadata`, are read by yarn-berry.ts): `"spec1", spec2:` entries with indented `version`, `resolved`, `integrity` and `dependencies`. */
export function parseYarnLock(path: string, text: string, graph: ComponentGraph, manifest?: Manifest): void {
  if (!/# yarn lockfile v1/.test(text.slice(0, 500))) {
    graph.problems.push({ path, line: 1, message: 'not a yarn lockfile v1 (no "# yarn lockfile v1" header)' })
    return
  }
  graph.sources.push(path)
  const bySpec = new Map<string, Parsed>()
  const entries: { specs: string[]; p: Parsed; depSpecs: string[] }[] = []
  let current: { specs: string[]; p: Parsed; depSpecs: string[] } | undefined
  let inDeps = false
  const unquote = (s: string) => s.trim().replace(/^"(.*)"$/, '$1')
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return
    if (!line.startsWith(' ')) {
      if (!line.endsWith(':')) {
        graph.problems.push({ path, line: i + 1, message: `unexpected line: ${line.slice(0, 60)}` })
        current = undefined
        return
      }
      const specs = line.slice(0, -1).split(/,\s*/).map(unquote)
      const first = specs[0] ?? ''
      const at = first.lastIndexOf('@')
      current = { specs, p: { name: at > 0 ? first.slice(0, at) : first, version: '', deps: [] }, depSpecs: [] }
      entries.push(current)
      inDeps = false
      return
    }
    if (!current) return
    const trimmed = line.trim()
    if (/^\S/.test(line.slice(2)) && line.startsWith('  ') && !line.startsWith('    ')) {
      inDeps = trimmed === 'dependencies:' || trimmed === 'optionalDependencies:'
      const m = /^(\S+)\s+(.*)$/.exec(trimmed)
      if (m && !trimmed.endsWith(':')) {
        const [, key, value] = m
        if (key === 'version') current.p.version = unquote(value!)
        else if (key === 'resolved') current.p.resolved = unquote(value!)
        else if (key === 'integrity') current.p.integrity = unquote(value!)
      }
      return
    }
    if (inDeps) {
      const m = /^("?[^"\s]+"?)\s+(.+)$/.exec(trimmed)
      if (m) current.depSpecs.push(`${unquote(m[1]!)}@${unquote(m[2]!)}`)
    }
  })
  const packages = new Map<string, Parsed>()
  for (const e of entries) {
    if (!e.p.version) continue
    const key = `${e.p.name}@${e.p.version}`
    packages.set(key, e.p)
    for (const spec of e.specs) bySpec.set(spec, e.p)
  }
  for (const e of entries) {
    e.p.deps = e.depSpecs
      .map((spec) => bySpec.get(spec))
      .filter((p): p is Parsed => p !== undefined)
      .map((p) => `${p.name}@${p.version}`)
  }
  const roots = (deps?: Record<string, string>) =>
    Object.entries(deps ?? {})
      .map(([n, r]) => bySpec.get(`${n}@${r}`))
      .filter((p): p is Parsed => p !== undefined)
      .map((p) => `${p.name}@${p.version}`)
  addWithScopes(
    path,
    graph,
    packages,
    [...roots(manifest?.dependencies), ...roots(manifest?.optionalDependencies)],
    roots(manifest?.devDependencies),
  )
}
