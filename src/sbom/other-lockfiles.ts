/**
 * Lockfiles of other ecosystems, read as data: Rust (Cargo.lock), Go (go.mod with go.sum),
 * Python (poetry.lock, uv.lock, Pipfile.lock, pinned requirements*.txt), PHP (composer.lock),
 * Ruby (Gemfile.lock) and .NET (packages.lock.json). Gradle and Maven builds: gradle.ts, maven-reactor.ts.
 */
import { PackageURL } from 'packageurl-js'
import { parseToml } from '../core/toml-source.js'
import { addComponent, edgesOf, type ComponentGraph, type ComponentHash } from './graph.js'
import { jsonErrorLine } from './npm-lock.js'
import { MAX_JSON_DEPTH, refuseDeepJson } from './json-depth.js'
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
  /** Only installed when an extra of the project asks for it (scope optional). */
  optional?: boolean
  /** The licence the lockfile records (composer.lock), as an SPDX expression. */
  licence?: string
  /** The project's own code in this folder (see GraphComponent.local). */
  local?: string
  /** purl qualifiers (a gem's platform). */
  qualifiers?: Record<string, string>
}

const keyOf = (e: { type: string; namespace?: string; name: string; version: string; qualifiers?: Record<string, string> }) =>
  `${e.type}:${e.namespace ?? ''}/${e.name}@${e.version}${e.qualifiers ? `?${new URLSearchParams(e.qualifiers).toString()}` : ''}`

/** Adds entries and their edges; `direct` are keys of the project's own dependencies. */
function addEntries(path: string, graph: ComponentGraph, entries: Entry[], direct: string[]): void {
  graph.sources.push(path)
  const purls = new Map(
    entries.map((e) => [
      keyOf(e),
      new PackageURL(e.type, e.namespace ?? undefined, e.name, e.version || undefined, e.qualifiers, undefined).toString(),
    ]),
  )
  for (const e of entries) {
    addComponent(graph, {
      purl: purls.get(keyOf(e))!,
      ecosystem: e.type,
      ...(e.namespace ? { namespace: e.namespace } : {}),
      name: e.name,
      version: e.version,
      hashes: e.hashes ?? [],
      scope: e.dev ? 'dev' : e.optional ? 'optional' : 'required',
      ...(e.licence ? { licence: e.licence } : {}),
      ...(e.local !== undefined ? { local: e.local } : {}),
      dependsOn: edgesOf(new Set((e.deps ?? []).map((d) => purls.get(d)).filter((p): p is string => p !== undefined))),
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
  const read = parseToml(text, MAX_JSON_DEPTH)
  if (read.ok) return read.value
  problem(graph, path, `not valid TOML: ${read.message}`, read.line)
  return undefined
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

/** A module path as go.mod writes it, quoted or not. */
const goPath = (token: string) => token.replace(/^"(.*)"$/, '$1')

/** A replacement by a folder rather than a module: `./x`, `../x`, `/abs`, `C:\\x` (go's own rule). */
const isLocalPath = (path: string) => /^(\.\.?(\/|\\|$)|\/|[A-Za-z]:[\\/])/.test(path)

/** The lines of a go.mod directive, in its one-line form or its block (`require ( ... )`). */
function goDirectives(text: string, verb: string): string[] {
  const out: string[] = []
  let inBlock = false
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    const line = raw.trim()
    if (inBlock) {
      if (line.startsWith(')')) inBlock = false
      else if (line && !line.startsWith('//')) out.push(line)
      continue
    }
    const m = new RegExp(`^${verb}\\s*(\\(|\\s)(.*)$`).exec(line)
    if (!m) continue
    if (m[1] === '(') {
      const rest = m[2]!.trim()
      // "require ( a v1 )" on one line is rare but valid
      if (rest.endsWith(')')) {
        if (rest.slice(0, -1).trim()) out.push(rest.slice(0, -1).trim())
      } else {
        inBlock = true
        if (rest && !rest.startsWith('//')) out.push(rest)
      }
    } else out.push(m[2]!.trim())
  }
  return out
}

/**
 * go.mod requirements (indirect ones marked `// indirect`), after its `replace` directives: a
 * module replaced by another module (`a => b v1.2.0`) is the replacement, which is what is built,
 * and the replaced module is not listed; one replaced by a folder (`a => ../a`) is the project's
 * own code: a local component, without a version, whose purl is not a registry's
 * (`pkg:generic/...`). A replacement that names a version of the module (`a v1.0.0 => ...`)
 * applies to that version only. go.sum's hashes are added by parseGoSum.
 */
export function parseGoMod(path: string, text: string, graph: ComponentGraph): void {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : ''
  const replacements: { from: string; fromVersion?: string; to: string; toVersion?: string }[] = []
  for (const line of goDirectives(text, 'replace')) {
    const m = /^(\S+)(?:\s+(\S+))?\s*=>\s*(\S+)(?:\s+(v\S+))?/.exec(line.replace(/\s*\/\/.*$/, ''))
    if (!m) continue
    replacements.push({
      from: goPath(m[1]!),
      ...(m[2] ? { fromVersion: m[2] } : {}),
      to: goPath(m[3]!),
      ...(m[4] ? { toVersion: m[4] } : {}),
    })
  }
  const module = (modulePath: string, version: string, local?: string): Entry => {
    const cut = modulePath.lastIndexOf('/')
    return {
      type: local === undefined ? 'golang' : 'generic',
      ...(cut > 0 ? { namespace: modulePath.slice(0, cut) } : {}),
      name: modulePath.slice(cut + 1),
      version,
      ...(local === undefined ? {} : { local }),
    }
  }
  const entries: Entry[] = []
  const direct: string[] = []
  for (const line of goDirectives(text, 'require')) {
    const m = /^(\S+)\s+(v\S+)(\s*\/\/\s*indirect)?/.exec(line)
    if (!m) continue
    const required = goPath(m[1]!)
    const version = m[2]!
    const replacement =
      replacements.find((r) => r.from === required && r.fromVersion === version) ??
      replacements.find((r) => r.from === required && !r.fromVersion)
    const entry = !replacement
      ? module(required, version)
      : isLocalPath(replacement.to)
        ? module(required, '', normalisePath(`${folder}${replacement.to.replace(/\\/g, '/')}`))
        : module(replacement.to, replacement.toVersion ?? version)
    entries.push(entry)
    if (!m[3]) direct.push(keyOf(entry))
  }
  addEntries(path, graph, entries, direct)
}

/** `a/b/../c` as `a/c`, from the repository's root; a folder outside it keeps its relative form. */
function normalisePath(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop()
    else out.push(part)
  }
  return out.join('/')
}

/**
 * go.sum: the `h1:` hash of each module's content (SHA-256 over the list of its files' SHA-256,
 * Go's "dirhash", what `go mod verify` and the checksum database check), given as written to the
 * modules the go.mod beside it requires (GraphComponent.goSum: no file has this hash, so it is
 * not a CycloneDX hash). The `/go.mod` lines hash only a module's go.mod, and are not the
 * module's hash. go.sum also lists modules of the build graph that are not built; they are not
 * components. Files are read in path order, so the go.mod of a folder is read before its go.sum.
 */
export function parseGoSum(path: string, text: string, graph: ComponentGraph): void {
  let used = false
  for (const line of text.replace(/\r/g, '').split('\n')) {
    const m = /^(\S+)\s+(v[^\s/]+)\s+(h1:[A-Za-z0-9+/]{43}=)\s*$/.exec(line)
    if (!m) continue
    const cut = m[1]!.lastIndexOf('/')
    const purl = new PackageURL(
      'golang',
      cut > 0 ? m[1]!.slice(0, cut) : undefined,
      m[1]!.slice(cut + 1),
      m[2]!,
      undefined,
      undefined,
    ).toString()
    const component = graph.components.get(purl)
    if (!component || component.goSum) continue
    component.goSum = m[3]!
    used = true
  }
  if (used) graph.sources.push(path)
}

/**
 * poetry.lock and uv.lock: [[package]] tables with name, version and dependencies. uv lists a
 * package in several versions when markers choose between them; a dependency names its version
 * then. A dependency on a package's extras (`{ name = "x", extra = ["all"] }`, from anywhere in
 * the lockfile) adds that package's [package.optional-dependencies] of those extras to its own.
 *
 * Scopes. uv marks no package as dev: its project packages (a virtual or editable source: the
 * root and the workspace members) list their runtime `dependencies`, their extras
 * (`[package.optional-dependencies]`) and their dependency groups (`[package.dev-dependencies]`:
 * PEP 735 `[dependency-groups]` and `tool.uv.dev-dependencies`, which are not in the package
 * built). So a package the runtime dependencies reach is required, one only the extras reach is
 * optional, and one only the groups reach is dev. Extras asked anywhere count as edges (above),
 * so a package can only be read as more needed than it is, never less. A uv.lock without a
 * project package (a script's lock) gives no roots: everything stays required. poetry writes the
 * scope: `category = "dev"` (poetry 1), `groups` without "main" (poetry 2), `optional = true` for
 * a package only an extra installs.
 */
export function parsePythonTomlLock(path: string, text: string, graph: ComponentGraph, kind: 'poetry' | 'uv'): void {
  const lock = toml(graph, path, text)
  if (!lock) return
  const norm = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-')
  type Dep = { name: string; version?: string; extra?: string[] }
  const packages = (lock.package ?? []) as {
    name: string
    version: string
    source?: { virtual?: string; editable?: string }
    dependencies?: unknown
    'optional-dependencies'?: Record<string, unknown>
    'dev-dependencies'?: Record<string, unknown>
    category?: string
    groups?: unknown
    optional?: unknown
    files?: { hash?: string }[]
    sdist?: { hash?: string }
  }[]
  const versionOf = new Map(packages.map((p) => [norm(p.name), p.version]))
  const known = new Set(packages.map((p) => `${norm(p.name)}@${p.version}`))
  const depsIn = (list: unknown): Dep[] =>
    Array.isArray(list)
      ? (list as unknown[]).filter((d): d is Dep => typeof d === 'object' && d !== null && typeof (d as Dep).name === 'string')
      : typeof list === 'object' && list !== null
        ? Object.keys(list).map((name) => ({ name }))
        : []
  const groupsOf = (table: Record<string, unknown> | undefined) => Object.values(table ?? {}).flatMap(depsIn)
  // the extras asked of each package, wherever it is asked
  const extrasOf = new Map<string, Set<string>>()
  for (const p of packages) {
    const lists = [p.dependencies, ...Object.values(p['optional-dependencies'] ?? {}), ...Object.values(p['dev-dependencies'] ?? {})]
    for (const d of lists.flatMap(depsIn)) {
      if (!Array.isArray(d.extra)) continue
      const set = extrasOf.get(norm(d.name)) ?? new Set<string>()
      for (const e of d.extra) if (typeof e === 'string') set.add(e)
      extrasOf.set(norm(d.name), set)
    }
  }
  const keysOf = (deps: Dep[]) =>
    deps
      .map((d) => ({ name: norm(d.name), version: typeof d.version === 'string' ? d.version : versionOf.get(norm(d.name)) }))
      .filter((d): d is { name: string; version: string } => d.version !== undefined && known.has(`${d.name}@${d.version}`))
      .map((d) => keyOf({ type: 'pypi', ...d }))
  const entries: Entry[] = []
  const roots = { required: [] as string[], optional: [] as string[], dev: [] as string[] }
  for (const p of packages) {
    const extras = [...(extrasOf.get(norm(p.name)) ?? [])].flatMap((e) => depsIn(p['optional-dependencies']?.[e]))
    const deps = [...new Set(keysOf([...depsIn(p.dependencies), ...(kind === 'uv' ? extras : [])]))]
    // uv lists the project itself (a virtual or editable source)
    if (kind === 'uv' && (p.source?.virtual !== undefined || p.source?.editable !== undefined)) {
      roots.required.push(...keysOf(depsIn(p.dependencies)))
      roots.optional.push(...keysOf(groupsOf(p['optional-dependencies'])))
      roots.dev.push(...keysOf(groupsOf(p['dev-dependencies'])))
      continue
    }
    const hash = p.sdist?.hash ?? p.files?.[0]?.hash
    const hashes = typeof hash === 'string' && hash.startsWith('sha256:') ? sha256(hash.slice(7)) : []
    const groups = Array.isArray(p.groups) ? p.groups : undefined
    const dev = p.category === 'dev' || (groups !== undefined && groups.length > 0 && !groups.includes('main'))
    entries.push({ type: 'pypi', name: norm(p.name), version: p.version, hashes, deps, dev, optional: p.optional === true })
  }
  if (kind === 'uv' && roots.required.length + roots.optional.length + roots.dev.length > 0) {
    const depsOf = new Map(entries.map((e) => [keyOf(e), e.deps ?? []]))
    const reach = (from: string[], seen = new Set<string>()) => {
      const stack = [...from]
      while (stack.length) {
        const key = stack.pop()!
        if (seen.has(key) || !depsOf.has(key)) continue
        seen.add(key)
        stack.push(...depsOf.get(key)!)
      }
      return seen
    }
    const required = reach(roots.required)
    const optional = reach(roots.optional)
    const dev = reach(roots.dev)
    for (const e of entries) {
      const key = keyOf(e)
      // a package no project package reaches: nothing says what it is for
      if (required.has(key) || !(optional.has(key) || dev.has(key))) continue
      if (optional.has(key)) e.optional = true
      else e.dev = true
    }
  }
  addEntries(path, graph, entries, [...roots.required, ...roots.optional, ...roots.dev])
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

/**
 * Gemfile.lock: the specs of its GEM, GIT and PATH sources (four-space names, six-space
 * dependencies), DEPENDENCIES as direct, and CHECKSUMS (Bundler 2.5+: the SHA-256 of each .gem).
 * A gem built for a platform (`nokogiri (1.19.1-x86_64-linux-gnu)`) is a component of its own, a
 * different file with its own checksum and dependencies: its purl has the `platform` qualifier, as
 * the purl spec's gem type says. The lockfile resolves for all its PLATFORMS, so a gem that depends
 * on nokogiri depends on each of its variants. The gems of a PATH source are the project's own code.
 */
export function parseGemfileLock(path: string, text: string, graph: ComponentGraph): void {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : ''
  const lines = text.replace(/\r/g, '').split('\n')
  /** Each spec by `name (version)` as the lockfile writes it. */
  const specs = new Map<string, { name: string; version: string; platform?: string; deps: string[]; local?: string }>()
  const variants = new Map<string, string[]>()
  const checksums = new Map<string, string>()
  let section = ''
  let remote = ''
  let current: string | undefined
  const direct: string[] = []
  for (const line of lines) {
    if (/^[A-Z]/.test(line)) {
      section = line.trim()
      remote = ''
      current = undefined
      continue
    }
    if (section === 'GEM' || section === 'GIT' || section === 'PATH') {
      const source = /^ {2}remote: (.+)$/.exec(line)
      if (source) remote = source[1]!.trim()
      const spec = /^ {4}(\S+) \(([^)\s]+)\)$/.exec(line)
      if (spec) {
        current = `${spec[1]!} (${spec[2]!})`
        if (specs.has(current)) continue
        // a platform follows the version after a hyphen (RubyGems versions have none)
        const cut = spec[2]!.indexOf('-')
        const platform = cut > 0 ? spec[2]!.slice(cut + 1) : undefined
        specs.set(current, {
          name: spec[1]!,
          version: cut > 0 ? spec[2]!.slice(0, cut) : spec[2]!,
          ...(platform && platform !== 'ruby' ? { platform } : {}),
          deps: [],
          ...(section === 'PATH' ? { local: normalisePath(`${folder}${remote}`) } : {}),
        })
        variants.set(spec[1]!, [...(variants.get(spec[1]!) ?? []), current])
        continue
      }
      const dep = /^ {6}(\S+)/.exec(line)
      if (dep && current) specs.get(current)!.deps.push(dep[1]!)
    } else if (section === 'DEPENDENCIES') {
      const m = /^ {2}(\S+?)!?(\s|$)/.exec(line)
      if (m) direct.push(m[1]!)
    } else if (section === 'CHECKSUMS') {
      const m = /^ {2}(\S+ \([^)\s]+\)) .*\bsha256=([0-9a-f]{64})\b/.exec(line)
      if (m) checksums.set(m[1]!, m[2]!)
    }
  }
  const entry = (key: string): Entry => {
    const s = specs.get(key)!
    return { type: 'gem', name: s.name, version: s.version, ...(s.platform ? { qualifiers: { platform: s.platform } } : {}) }
  }
  const keysOf = (names: string[]) => [...new Set(names)].flatMap((n) => (variants.get(n) ?? []).map((k) => keyOf(entry(k))))
  const entries = [...specs.entries()].map(([key, s]) => ({
    ...entry(key),
    deps: keysOf(s.deps),
    ...(checksums.has(key) ? { hashes: [{ algorithm: 'SHA-256' as const, content: checksums.get(key)! }] } : {}),
    ...(s.local !== undefined ? { local: s.local } : {}),
  }))
  addEntries(path, graph, entries, keysOf(direct))
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
