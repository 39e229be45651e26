/**
 * Lockfiles of other ecosystems, read as data: Rust (Cargo.lock), Go (go.mod with go.sum),
 * Python (poetry.lock, uv.lock, Pipfile.lock, pinned requirements*.txt), PHP (composer.lock),
 * Ruby (Gemfile.lock) and .NET (packages.lock.json). Gradle and Maven builds: gradle.ts, maven-reactor.ts.
 */
import { PackageURL } from 'packageurl-js'
import { parse as parseToml } from 'smol-toml'
import { addComponent, type ComponentGraph, type ComponentHash } from './graph.js'
import { jsonErrorLine } from './npm-lock.js'
import { refuseDeepJson } from './json-depth.js'
import { reportDuplicateKeys } from './json-duplicates.js'

interface Entry {
  type: string
  namespace?: string
  name: string
  version: string
  hashes?: ComponentHash[]
  /** Keys (see keyOf) of the entries it depends on. */
  deps?: string[]
  dev?: boolean
  /** The licence the lockfile records (composer.lock), as an SPDX expression. */
  licence?: string
}

const keyOf = (e: { type: string; namespace?: string; name: string; version: string }) =>
  `${e.type}:${e.namespace ?? ''}/${e.name}@${e.version}`

/** Adds entries and their edges; `direct` are keys of the project's own dependencies. */
function addEntries(path: string, graph: ComponentGraph, entries: Entry[], direct: string[]): void {
  graph.sources.push(path)
  const purls = new Map(
    entries.map((e) => [keyOf(e), new PackageURL(e.type, e.namespace ?? undefined, e.name, e.version, undefined, undefined).toString()]),
  )
  for (const e of entries) {
    addComponent(graph, {
      purl: purls.get(keyOf(e))!,
      ecosystem: e.type,
      ...(e.namespace ? { namespace: e.namespace } : {}),
      name: e.name,
      version: e.version,
      hashes: e.hashes ?? [],
      scope: e.dev ? 'dev' : 'required',
      ...(e.licence ? { licence: e.licence } : {}),
      dependsOn: new Set((e.deps ?? []).map((d) => purls.get(d)).filter((p): p is string => p !== undefined)),
      source: path,
    })
  }
  for (const d of direct) {
    const p = purls.get(d)
    if (p) graph.direct.add(p)
  }
}

function problem(graph: ComponentGraph, path: string, message: string, line?: number): void {
  graph.problems.push({ path, ...(line ? { line } : {}), message })
}

function toml(graph: ComponentGraph, path: string, text: string): Record<string, unknown> | undefined {
  try {
    return parseToml(text) as Record<string, unknown>
  } catch (error) {
    const line = (error as { line?: number }).line
    problem(graph, path, `not valid TOML: ${(error as Error).message.split('\n')[0]}`, line)
    return undefined
  }
}

function json(graph: ComponentGraph, path: string, text: string): Record<string, unknown> | undefined {
  if (refuseDeepJson(path, text, graph)) return undefined
  try {
    const value = JSON.parse(text) as unknown
    if (!value || typeof value !== 'object') throw new Error('not an object')
    reportDuplicateKeys(path, text, graph)
    return value as Record<string, unknown>
  } catch (error) {
    problem(graph, path, `not valid JSON: ${(error as Error).message.split('\n')[0]}`, jsonErrorLine(text, error))
    return undefined
  }
}

const sha256 = (hex: unknown): ComponentHash[] =>
  typeof hex === 'string' && /^[0-9a-f]{64}$/.test(hex) ? [{ algorithm: 'SHA-256', content: hex }] : []

/** Cargo.lock (versions 3 and 4): packages without a source are the workspace's own crates. */
export function parseCargoLock(path: string, text: string, graph: ComponentGraph): void {
  const lock = toml(graph, path, text)
  if (!lock) return
  const packages = (lock.package ?? []) as { name: string; version: string; source?: string; checksum?: string; dependencies?: string[] }[]
  const byName = new Map<string, typeof packages>()
  for (const p of packages) byName.set(p.name, [...(byName.get(p.name) ?? []), p])
  // a dependency is "name", "name version" or "name version (source)"
  const resolve = (dep: string) => {
    const [name, version] = dep.split(' ')
    const candidates = byName.get(name!) ?? []
    const hit = version ? candidates.find((c) => c.version === version) : candidates[0]
    return hit ? keyOf({ type: 'cargo', name: hit.name, version: hit.version }) : undefined
  }
  const entries: Entry[] = []
  const direct: string[] = []
  for (const p of packages) {
    const deps = (p.dependencies ?? []).map(resolve).filter((k): k is string => k !== undefined)
    if (!p.source) {
      direct.push(...deps) // a workspace crate: its dependencies are the project's
      continue
    }
    entries.push({ type: 'cargo', name: p.name, version: p.version, hashes: sha256(p.checksum), deps })
  }
  addEntries(path, graph, entries, direct)
}

/** go.mod requirements (indirect ones marked `// indirect`), with go.sum alongside when present. */
export function parseGoMod(path: string, text: string, graph: ComponentGraph): void {
  const entries: Entry[] = []
  const direct: string[] = []
  const body = text.replace(/\r/g, '')
  const requires = [...body.matchAll(/^require\s*\(([\s\S]*?)^\)/gm)]
    .flatMap((m) => m[1]!.split('\n'))
    .concat([...body.matchAll(/^require\s+(\S+\s+\S+.*)$/gm)].map((m) => m[1]!))
  for (const line of requires) {
    const m = /^\s*(\S+)\s+(v\S+)(\s*\/\/\s*indirect)?/.exec(line)
    if (!m) continue
    const module = m[1]!
    const cut = module.lastIndexOf('/')
    const entry: Entry = {
      type: 'golang',
      ...(cut > 0 ? { namespace: module.slice(0, cut) } : {}),
      name: module.slice(cut + 1),
      version: m[2]!,
    }
    entries.push(entry)
    if (!m[3]) direct.push(keyOf(entry))
  }
  addEntries(path, graph, entries, direct)
}

/** poetry.lock and uv.lock: [[package]] tables with name, version and dependencies. */
export function parsePythonTomlLock(path: string, text: string, graph: ComponentGraph, kind: 'poetry' | 'uv'): void {
  const lock = toml(graph, path, text)
  if (!lock) return
  const norm = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-')
  const packages = (lock.package ?? []) as {
    name: string
    version: string
    source?: { virtual?: string; editable?: string }
    dependencies?: unknown
    category?: string
    files?: { hash?: string }[]
    sdist?: { hash?: string }
  }[]
  const versionOf = new Map(packages.map((p) => [norm(p.name), p.version]))
  const entries: Entry[] = []
  const direct: string[] = []
  for (const p of packages) {
    const depNames = Array.isArray(p.dependencies)
      ? (p.dependencies as { name: string }[]).map((d) => d.name)
      : Object.keys((p.dependencies ?? {}) as object)
    const deps = depNames
      .filter((n) => versionOf.has(norm(n)))
      .map((n) => keyOf({ type: 'pypi', name: norm(n), version: versionOf.get(norm(n))! }))
    // uv lists the project itself (a virtual or editable source)
    if (kind === 'uv' && (p.source?.virtual !== undefined || p.source?.editable !== undefined)) {
      direct.push(...deps)
      continue
    }
    const hash = p.sdist?.hash ?? p.files?.[0]?.hash
    const hashes = typeof hash === 'string' && hash.startsWith('sha256:') ? sha256(hash.slice(7)) : []
    entries.push({ type: 'pypi', name: norm(p.name), version: p.version, hashes, deps, dev: p.category === 'dev' })
  }
  addEntries(path, graph, entries, direct)
}

/** Pipfile.lock: `default` and `develop` sections of pinned packages. */
export function parsePipfileLock(path: string, text: string, graph: ComponentGraph): void {
  const lock = json(graph, path, text)
  if (!lock) return
  const entries: Entry[] = []
  for (const [section, dev] of [
    ['default', false],
    ['develop', true],
  ] as const) {
    for (const [name, info] of Object.entries((lock[section] ?? {}) as Record<string, { version?: string; hashes?: string[] }>)) {
      const version = info.version?.replace(/^==/, '')
      if (!version) continue
      const hash = info.hashes?.find((h) => h.startsWith('sha256:'))
      entries.push({ type: 'pypi', name: name.toLowerCase(), version, hashes: hash ? sha256(hash.slice(7)) : [], dev })
    }
  }
  addEntries(path, graph, entries, entries.map(keyOf))
}

/** requirements*.txt: pinned lines `name==version` (with --hash=sha256:... when given). */
export function parseRequirements(path: string, text: string, graph: ComponentGraph): void {
  const entries: Entry[] = []
  const unpinned: string[] = []
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)
  for (const raw of lines) {
    const line = raw.replace(/\s#.*$/, '').trim()
    if (!line || line.startsWith('#') || line.startsWith('-')) continue
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*===?\s*([^\s;,]+)\s*(;|$|--)/.exec(line)
    if (!m) {
      // a requirement without an exact version: which version is installed is not known
      const name = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(line)?.[0]
      if (name && !line.includes('://')) unpinned.push(name)
      continue
    }
    const hash = /--hash=sha256:([0-9a-f]{64})/.exec(line)?.[1]
    entries.push({ type: 'pypi', name: m[1]!.toLowerCase().replace(/[-_.]+/g, '-'), version: m[3]!, hashes: hash ? sha256(hash) : [] })
  }
  // a file with no pinned requirement is a manifest, not a lockfile: the coverage says whether anything resolves it
  if (entries.length === 0) return
  addEntries(path, graph, entries, entries.map(keyOf))
  if (unpinned.length > 0)
    graph.problems.push({
      path,
      message: `${unpinned.length} requirement(s) without an exact version (name==version), left out of the SBOM: ${unpinned.slice(0, 5).join(', ')}${unpinned.length > 5 ? ', …' : ''}`,
      warning: true,
    })
}

interface ComposerPackage {
  name: string
  version: string
  require?: Record<string, string>
  dist?: { shasum?: string }
  license?: unknown[]
}

/** composer.lock: `packages` and `packages-dev`, vendor/name, with their licences. */
export function parseComposerLock(path: string, text: string, graph: ComponentGraph): void {
  const lock = json(graph, path, text)
  if (!lock) return
  const all = [
    ...((lock.packages ?? []) as ComposerPackage[]).map((p) => ({ p, dev: false })),
    ...((lock['packages-dev'] ?? []) as ComposerPackage[]).map((p) => ({ p, dev: true })),
  ]
  const versionOf = new Map(all.map(({ p }) => [p.name.toLowerCase(), p.version.replace(/^v/, '')]))
  const entry = (name: string, version: string): Entry => {
    const [vendor, pkg] = name.toLowerCase().split('/')
    return { type: 'composer', namespace: vendor!, name: pkg ?? vendor!, version }
  }
  const entries = all.map(({ p, dev }) => {
    const deps = Object.keys(p.require ?? {})
      .filter((n) => versionOf.has(n.toLowerCase()))
      .map((n) => keyOf(entry(n, versionOf.get(n.toLowerCase())!)))
    const sha1 = p.dist?.shasum && /^[0-9a-f]{40}$/.test(p.dist.shasum) ? [{ algorithm: 'SHA-1' as const, content: p.dist.shasum }] : []
    // composer records each package's licences as a list of alternatives
    const licences = Array.isArray(p.license) ? p.license.filter((l): l is string => typeof l === 'string' && l.trim() !== '') : []
    const licence = licences.length > 1 ? licences.map((l) => (/\s/.test(l) ? `(${l})` : l)).join(' OR ') : licences[0]
    return { ...entry(p.name, p.version.replace(/^v/, '')), deps, dev, hashes: sha1, ...(licence ? { licence } : {}) }
  })
  addEntries(path, graph, entries, [])
}

/** Gemfile.lock: the GEM specs (four-space names, six-space dependencies) and DEPENDENCIES. */
export function parseGemfileLock(path: string, text: string, graph: ComponentGraph): void {
  const lines = text.replace(/\r/g, '').split('\n')
  const versions = new Map<string, string>()
  const depsOf = new Map<string, string[]>()
  let section = ''
  let current: string | undefined
  const direct: string[] = []
  for (const line of lines) {
    if (/^[A-Z]/.test(line)) {
      section = line.trim()
      current = undefined
      continue
    }
    if (section === 'GEM' || section === 'GIT' || section === 'PATH') {
      const spec = /^ {4}(\S+) \(([^)]+)\)$/.exec(line)
      if (spec) {
        current = spec[1]!
        versions.set(current, spec[2]!.replace(/-.*$/, ''))
        depsOf.set(current, [])
        continue
      }
      const dep = /^ {6}(\S+)/.exec(line)
      if (dep && current) depsOf.get(current)!.push(dep[1]!)
    } else if (section === 'DEPENDENCIES') {
      const m = /^ {2}(\S+?)!?(\s|$)/.exec(line)
      if (m) direct.push(m[1]!)
    }
  }
  const entry = (name: string): Entry => ({ type: 'gem', name, version: versions.get(name)! })
  const entries = [...versions.keys()].map((name) => ({
    ...entry(name),
    deps: (depsOf.get(name) ?? []).filter((d) => versions.has(d)).map((d) => keyOf(entry(d))),
  }))
  addEntries(
    path,
    graph,
    entries,
    direct.filter((d) => versions.has(d)).map((d) => keyOf(entry(d))),
  )
}

/** .NET packages.lock.json: per target framework, Direct and Transitive packages with their dependencies. */
export function parseNugetLock(path: string, text: string, graph: ComponentGraph): void {
  const lock = json(graph, path, text)
  if (!lock) return
  const found = new Map<string, { version: string; deps: string[]; direct: boolean; hash?: string }>()
  for (const framework of Object.values(
    (lock.dependencies ?? {}) as Record<
      string,
      Record<string, { type?: string; resolved?: string; contentHash?: string; dependencies?: Record<string, string> }>
    >,
  )) {
    for (const [name, info] of Object.entries(framework)) {
      if (!info.resolved || info.type === 'Project') continue
      const known = found.get(name.toLowerCase())
      found.set(name.toLowerCase(), {
        version: info.resolved,
        deps: [...(known?.deps ?? []), ...Object.keys(info.dependencies ?? {}).map((d) => d.toLowerCase())],
        direct: (known?.direct ?? false) || info.type === 'Direct',
        ...(info.contentHash ? { hash: info.contentHash } : {}),
      })
    }
  }
  const entry = (name: string): Entry => ({ type: 'nuget', name, version: found.get(name)!.version })
  const entries = [...found.entries()].map(([name, f]) => ({
    ...entry(name),
    deps: f.deps.filter((d) => found.has(d)).map((d) => keyOf(entry(d))),
    hashes: f.hash ? [{ algorithm: 'SHA-512' as const, content: Buffer.from(f.hash, 'base64').toString('hex') }] : [],
  }))
  addEntries(
    path,
    graph,
    entries,
    [...found.entries()].filter(([, f]) => f.direct).map(([n]) => keyOf(entry(n))),
  )
}
