/**
 * pnpm-lock.yaml (lockfile versions 6 to 9) and yarn.lock (classic v1), read as data.
 * Neither marks development dependencies on each package, so the scope is worked out by
 * reachability from the project's own dependencies.
 */
import picomatch from 'picomatch'
import { loadLockfileYaml } from './lockfile-yaml.js'
import { addComponent, edgesOf, type ComponentGraph, type GraphComponent } from './graph.js'
import { integrityHashes, npmPurl } from './npm-lock.js'

/** The fields of a package.json that the readers use. */
export interface Manifest {
  name?: string
  version?: string
  license?: unknown
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  /** npm and yarn: globs of the workspace folders (yarn 1 also `{ packages: [...] }`). */
  workspaces?: unknown
  /** yarn: rules that replace the ranges packages ask for (`"@types/node": "18.x"`). */
  resolutions?: Record<string, string>
}

/** The package.json files of a lockfile's folder and its sub-folders, by folder ("", "packages/lib/"), and the folders that have one. */
export type Manifests = ((folder: string) => Manifest | undefined) & { folders?: string[] }

export interface Parsed {
  name: string
  version: string
  integrity?: string
  resolved?: string
  /** Keys (in the same map) of the packages it depends on. */
  deps: string[]
  /** A workspace's development dependencies: edges, but not followed when working out what is required. */
  devDeps?: string[]
  patch?: string
  /** A workspace of the project: its folder from the repository's root (see GraphComponent.local). */
  local?: string
  licence?: string
}

/** A package.json's licence when it is an SPDX expression written as text. */
export const manifestLicence = (manifest: Manifest | undefined): string | undefined =>
  typeof manifest?.license === 'string' && manifest.license.trim() ? manifest.license.trim() : undefined

/**
 * Adds packages to the graph, with scopes from reachability: from required roots, else dev.
 * Workspaces are among the required roots: the project's own packages.
 */
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
  const purlOf = (p: Parsed) => npmPurl(p.name, p.version)
  for (const [key, p] of packages) {
    const scoped = p.name.startsWith('@') && p.name.includes('/')
    const component: GraphComponent = {
      purl: purlOf(p),
      ecosystem: 'npm',
      ...(scoped ? { namespace: p.name.slice(0, p.name.indexOf('/')) } : {}),
      name: scoped ? p.name.slice(p.name.indexOf('/') + 1) : p.name,
      version: p.version,
      hashes: integrityHashes(p.integrity),
      ...(p.resolved && /^https?:/.test(p.resolved) ? { distribution: p.resolved.replace(/#.*$/, '') } : {}),
      scope: runtime.has(key) ? 'required' : 'dev',
      dependsOn: edgesOf(
        new Set([...p.deps, ...(p.devDeps ?? [])].filter((d) => packages.has(d) && d !== key).map((d) => purlOf(packages.get(d)!))),
      ),
      source: path,
      ...(p.patch ? { patch: p.patch } : {}),
      ...(p.local !== undefined ? { local: p.local } : {}),
      ...(p.licence ? { licence: p.licence } : {}),
    }
    addComponent(graph, component)
  }
  for (const key of [...required, ...dev]) {
    const p = packages.get(key)
    if (p) graph.direct.add(purlOf(p))
  }
}

/** The folder of a path, with its trailing slash ("" at the root). */
export const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '')

/** `a/b/../c` as `a/c`; undefined when it leaves the root. */
function normalisePath(path: string): string | undefined {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length === 0) return undefined
      out.pop()
    } else out.push(part)
  }
  return out.join('/')
}

/**
 * A package reference of a pnpm lockfile: a version (`1.2.3`, `1.2.3(peer@1)`), or for an alias
 * the package it stands for (`string-width@4.2.3`; pnpm 6 to 8 wrote `/string-width@4.2.3`).
 */
export function pnpmRefKey(name: string, ref: string): string {
  const bare = ref.replace(/^\//, '').replace(/\(.*$/, '')
  if (bare.startsWith(`${name}@`)) return bare
  const alias = /^((?:@[^/@:]+\/)?[^/@:][^@:]*)@([^@:].*)$/.exec(bare)
  return alias ? `${alias[1]}@${alias[2]}` : `${name}@${bare}`
}

/** `name@version` or `name@version(peer@1)(...)`, scoped names included. */
function splitKey(key: string): { name: string; version: string } | undefined {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '')
  const at = bare.lastIndexOf('@')
  if (at <= 0) return undefined
  return { name: bare.slice(0, at), version: bare.slice(at + 1) }
}

/**
 * pnpm-lock.yaml. Each importer is a folder of the project: "." is the root, whose dependencies
 * are the project's direct ones; the others are workspaces, components of their own named by
 * their package.json (`manifests`). Overrides need nothing: pnpm writes the lockfile after
 * applying them. Aliases (`string-width-cjs: string-width@4.2.3`) name the package they stand for.
 */
export function parsePnpmLock(path: string, text: string, graph: ComponentGraph, manifests?: Manifests): void {
  const loaded = loadLockfileYaml(text)
  if (!loaded.ok) {
    graph.problems.push({ path, ...(loaded.line ? { line: loaded.line } : {}), message: loaded.message })
    return
  }
  const lock = (loaded.value ?? {}) as {
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
  const base = folderOf(path)
  /** An importer's key in the packages map: the root is the project itself, not a package. */
  const importerKey = (id: string) => `workspace:${id}`
  /** A `link:` reference from a folder to another importer, as that importer's key. */
  const linkKey = (from: string, ref: string) => {
    const to = normalisePath(`${from === '.' ? '' : `${from}/`}${ref.slice('link:'.length)}`)
    return to !== undefined && to !== '' && lock.importers?.[to] ? importerKey(to) : ''
  }
  const depsOf = (deps?: Record<string, string>, from = '.') =>
    Object.entries(deps ?? {}).map(([n, v]) =>
      typeof v !== 'string' ? '' : v.startsWith('link:') ? linkKey(from, v) : v.startsWith('file:') ? '' : pnpmRefKey(n, v),
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
  for (const [id, importer] of Object.entries(lock.importers ?? {})) {
    const refs = (kind: string) =>
      depsOf(Object.fromEntries(Object.entries(importer?.[kind] ?? {}).map(([name, spec]) => [name, spec?.version])), id).filter(Boolean)
    const runtime = [...refs('dependencies'), ...refs('optionalDependencies')]
    const development = refs('devDependencies')
    if (id === '.') {
      required.push(...runtime)
      dev.push(...development)
      continue
    }
    // a workspace: named by its package.json, which the lockfile does not copy
    const manifest = manifests?.(`${base}${id}/`)
    packages.set(importerKey(id), {
      name: manifest?.name ?? id.slice(id.lastIndexOf('/') + 1),
      version: typeof manifest?.version === 'string' ? manifest.version : '',
      deps: [...new Set(runtime)],
      devDeps: [...new Set(development)],
      local: `${base}${id}`,
      ...(manifestLicence(manifest) ? { licence: manifestLicence(manifest)! } : {}),
    })
    required.push(importerKey(id))
  }
  addWithScopes(path, graph, packages, required, dev)
}

/**
 * A yarn descriptor's package: `name@range`, where an alias's range names the real package
 * (`prettier-2@npm:prettier@^2` is prettier).
 */
export function descriptorPackage(descriptor: string): string {
  const at = descriptor.indexOf('@', 1)
  if (at < 0) return descriptor
  const name = descriptor.slice(0, at)
  const range = descriptor.slice(at + 1)
  if (!range.startsWith('npm:')) return name
  const inner = range.slice('npm:'.length)
  const innerAt = inner.lastIndexOf('@')
  return innerAt > 0 ? inner.slice(0, innerAt) : name
}

/** The workspace globs of a package.json (`["packages/*"]`, or yarn 1's `{ packages: [...] }`). */
export function workspaceGlobs(manifest: Manifest | undefined): string[] {
  const w = manifest?.workspaces
  const list = Array.isArray(w)
    ? w
    : w && typeof w === 'object' && Array.isArray((w as { packages?: unknown }).packages)
      ? (w as { packages: unknown[] }).packages
      : []
  return list.filter((g): g is string => typeof g === 'string')
}

/**
 * yarn.lock v1 (berry lockfiles, with `__metadata`, are read by yarn-berry.ts): `"spec1", spec2:`
 * entries with indented `version`, `resolved`, `integrity` and `dependencies`. yarn 1 does not
 * write its workspaces into the lockfile: they are the folders the root package.json's
 * `workspaces` globs name (`manifests`), each a component with its own dependencies.
 */
export function parseYarnLock(path: string, text: string, graph: ComponentGraph, manifest?: Manifest, manifests?: Manifests): void {
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
      current = { specs, p: { name: descriptorPackage(specs[0] ?? ''), version: '', deps: [] }, depSpecs: [] }
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
  // the workspaces: folders matched by the root's globs, by the name in their package.json
  const base = folderOf(path)
  const globs = workspaceGlobs(manifest)
  const workspaces = new Map<string, { folder: string; manifest: Manifest }>()
  if (globs.length && manifests?.folders) {
    const matches = picomatch(globs.map((g) => g.replace(/^\.\//, '').replace(/\/$/, '')))
    for (const folder of manifests.folders) {
      if (!folder.startsWith(base) || folder === base) continue
      const relative = folder.slice(base.length, -1)
      const m = manifests(folder)
      if (m && typeof m.name === 'string' && matches(relative)) workspaces.set(m.name, { folder: relative, manifest: m })
    }
  }
  const workspaceKey = (name: string) => `workspace:${name}`
  /** What a package.json's dependency names: a locked package, or a workspace by its name. */
  const refs = (deps?: Record<string, string>) =>
    Object.entries(deps ?? {})
      .map(([n, r]) => {
        const p = bySpec.get(`${n}@${r}`)
        return p ? `${p.name}@${p.version}` : workspaces.has(n) ? workspaceKey(n) : undefined
      })
      .filter((k): k is string => k !== undefined)
  for (const [name, { folder, manifest: m }] of workspaces) {
    packages.set(workspaceKey(name), {
      name,
      version: typeof m.version === 'string' ? m.version : '',
      deps: [...new Set([...refs(m.dependencies), ...refs(m.optionalDependencies)])],
      devDeps: [...new Set(refs(m.devDependencies))],
      local: `${base}${folder}`,
      ...(manifestLicence(m) ? { licence: manifestLicence(m)! } : {}),
    })
  }
  addWithScopes(
    path,
    graph,
    packages,
    [...refs(manifest?.dependencies), ...refs(manifest?.optionalDependencies), ...[...workspaces.keys()].map(workspaceKey)],
    refs(manifest?.devDependencies),
  )
}
