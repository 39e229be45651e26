/**
 * npm lockfiles (package-lock.json and npm-shrinkwrap.json, lockfileVersion 1, 2 and 3,
 * workspaces included), read as data: nothing is installed or run.
 */
import { PackageURL } from 'packageurl-js'
import type { ComponentGraph, ComponentHash, GraphComponent, ParseProblem } from './graph.js'
import { addComponent, edgesOf, registryTarball } from './graph.js'
import { refuseDeepJson } from './json-depth.js'
import { reportDuplicateKeys } from './json-duplicates.js'
import type { JSONVisitor } from 'jsonc-parser'

interface LockPackage {
  name?: string
  version?: string
  resolved?: string
  integrity?: string
  license?: string
  dev?: boolean
  optional?: boolean
  devOptional?: boolean
  link?: boolean
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

interface LockV1Dependency {
  version?: string
  resolved?: string
  integrity?: string
  dev?: boolean
  optional?: boolean
  requires?: Record<string, string>
  dependencies?: Record<string, LockV1Dependency>
}

const ALGORITHMS: Record<string, ComponentHash['algorithm']> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' }

/** Subresource-integrity strings (`sha512-<base64>`, several separated by spaces) as hex hashes. */
export function integrityHashes(integrity: string | undefined): ComponentHash[] {
  if (!integrity) return []
  const out: ComponentHash[] = []
  for (const part of integrity.split(/\s+/)) {
    const m = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=]+)$/.exec(part)
    if (m) out.push({ algorithm: ALGORITHMS[m[1]!]!, content: Buffer.from(m[2]!, 'base64').toString('hex') })
  }
  // a copy of its own length: an array grown by push keeps room for 17 (120 bytes a component)
  return out.slice()
}

/** The purl of an npm package; a workspace without a version gets one without a version. */
export function npmPurl(fullName: string, version: string): string {
  const scoped = fullName.startsWith('@') && fullName.includes('/')
  const namespace = scoped ? fullName.slice(0, fullName.indexOf('/')) : undefined
  const name = scoped ? fullName.slice(fullName.indexOf('/') + 1) : fullName
  return new PackageURL('npm', namespace, name, version || undefined, undefined, undefined).toString()
}

/** The registry tarball address that npm leaves out of lockfiles for the default registry. */

/** The line of a JSON.parse error ("... (line 3 column 5)" in Node 24, or a character position). */
export function jsonErrorLine(text: string, error: unknown): number | undefined {
  const message = (error as Error).message
  const line = /line (\d+)/.exec(message)
  if (line) return Number(line[1])
  const position = /position (\d+)/.exec(message)
  return position ? text.slice(0, Number(position[1])).split('\n').length : undefined
}

/** The lockfile's `resolved` address, unless it is the registry's usual one, which is not stored. */
function distribution(fullName: string, version: string, resolved: string | undefined): Partial<GraphComponent> {
  if (!resolved || !/^https?:/.test(resolved)) return { fromRegistry: true }
  return resolved === registryTarball(fullName, version) ? { fromRegistry: true } : { distribution: resolved }
}

export function parseNpmLock(path: string, text: string, graph: ComponentGraph): void {
  const problem = (message: string, line?: number): void =>
    void graph.problems.push({ path, ...(line ? { line } : {}), message } satisfies ParseProblem)
  // the scans first, so that what they hold is gone before the tree is built
  if (refuseDeepJson(path, text, graph)) return
  const problemsBefore = graph.problems.length
  // the duplicate-key scan also finds where each entry of `packages` is, so that a lockfile
  // of 440,000 packages is read one entry at a time: the whole tree of such a lockfile (about
  // 300 MB) would live through the reading and set how far the heap grows
  const members = new MemberOffsets()
  reportDuplicateKeys(path, text, graph, { also: members.visitor, strict: true })
  const lazy = members.packages(text)
  if (lazy) {
    graph.sources.push(path)
    return readPackages(path, lazy, graph, problem)
  }
  let lock: { lockfileVersion?: unknown; packages?: Record<string, LockPackage>; dependencies?: Record<string, LockV1Dependency> }
  try {
    lock = JSON.parse(text)
  } catch (error) {
    // not JSON: the scan's findings about it would only repeat the parse error
    graph.problems.length = problemsBefore
    return problem(`not valid JSON: ${(error as Error).message.split('\n')[0]}`, jsonErrorLine(text, error))
  }
  if (!lock || typeof lock !== 'object') return problem('not a lockfile: the document is not an object', 1)
  graph.sources.push(path)
  const version = lock.lockfileVersion
  if (version === 2 || version === 3) return readPackages(path, PackageEntries.of(lock.packages ?? {}), graph, problem)
  if (version === 1) return readV1(path, lock.dependencies ?? {}, graph)
  problem(`unknown lockfileVersion ${JSON.stringify(version)} (ois-ready reads versions 1, 2 and 3)`, 1)
}

/** The entries of a lockfile's `packages`, by key, in the document's order (the last of equal keys, as JSON.parse). */
class PackageEntries {
  private constructor(
    private readonly read: (key: string) => unknown,
    /** The keys, in order: a new iteration at each call. */
    readonly keys: () => Iterable<string>,
    readonly has: (key: string) => boolean,
  ) {}

  static of(packages: Record<string, unknown>): PackageEntries {
    // for...in, not Object.entries: no copy of a list of 440,000 pairs
    function* keys(): Generator<string> {
      for (const key in packages) yield key
    }
    return new PackageEntries(
      (key) => packages[key],
      keys,
      (key) => Object.hasOwn(packages, key),
    )
  }

  static lazy(text: string, ranges: Map<string, [number, number]>): PackageEntries {
    return new PackageEntries(
      (key) => {
        const range = ranges.get(key)
        return range ? JSON.parse(text.slice(range[0], range[1])) : undefined
      },
      () => ranges.keys(),
      (key) => ranges.has(key),
    )
  }

  /** The entry, or a reason it is not one. */
  get(key: string): LockPackage | { notAnEntry: string } {
    const value = this.read(key)
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as LockPackage)
      : {
          notAnEntry: `${key || 'the root entry'} is ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}, not an object`,
        }
  }
}

/**
 * Where the members of a JSON lockfile are, from one pass of the duplicate-key scan: the value
 * of each member of the root, and of each entry of the root's `packages`, as offsets in the text.
 */
class MemberOffsets {
  private depth = 0
  private failed = false
  private rootIsObject = false
  private packagesSeen = 0
  private readonly root = new Map<string, [number, number]>()
  private readonly entries = new Map<string, [number, number]>()
  /** The member being read at the root (depth 1) and in `packages` (depth 2): its key and where its value starts. */
  private readonly open: [{ key?: string; start: number }, { key?: string; start: number }] = [{ start: -1 }, { start: -1 }]
  private inPackages = false

  readonly visitor: JSONVisitor = {
    onObjectBegin: () => {
      if (this.depth === 0) this.rootIsObject = true
      this.depth++
    },
    onArrayBegin: () => void this.depth++,
    onArrayEnd: () => void this.depth--,
    onObjectEnd: (offset) => {
      this.close(offset)
      this.depth--
    },
    onObjectProperty: (property) => {
      const level = this.level()
      if (level !== undefined) this.open[level].key = property
    },
    onSeparator: (character, offset) => {
      const level = this.level()
      if (level === undefined) return
      if (character !== ':') return this.close(offset)
      this.open[level].start = offset + 1
      if (level === 0 && this.open[0].key === 'packages') {
        this.inPackages = true
        this.packagesSeen++
      }
    },
    onError: () => void (this.failed = true),
  }

  /** 0 at the root's members, 1 at the entries of `packages`, else undefined. */
  private level(): 0 | 1 | undefined {
    return this.depth === 1 ? 0 : this.depth === 2 && this.inPackages ? 1 : undefined
  }

  /** The end of a member's value, at the `,` or `}` after it. */
  private close(offset: number): void {
    const level = this.level()
    if (level === undefined) return
    const member = this.open[level]
    if (member.key === undefined) return
    ;(level === 0 ? this.root : this.entries).set(member.key, [member.start, offset])
    member.key = undefined
    if (level === 0) this.inPackages = false
  }

  /** The entries of `packages`, read one at a time, when the document is a lockfile of version 2 or 3 that the scan read whole. */
  packages(text: string): PackageEntries | undefined {
    if (this.failed || !this.rootIsObject || this.packagesSeen !== 1) return undefined
    const version = this.root.get('lockfileVersion')
    const packages = this.root.get('packages')
    if (!version || !packages) return undefined
    const v: unknown = JSON.parse(text.slice(version[0], version[1]))
    if (v !== 2 && v !== 3) return undefined
    if (!/^\s*\{/.test(text.slice(packages[0], Math.min(packages[1], packages[0] + 64)))) return undefined
    return PackageEntries.lazy(text, this.entries)
  }
}

function readPackages(path: string, packages: PackageEntries, graph: ComponentGraph, problem: (m: string, l?: number) => void): void {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : ''
  const nameOf = (key: string, pkg: LockPackage) =>
    pkg.name ??
    (key.includes('node_modules/')
      ? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)
      : key.slice(key.lastIndexOf('/') + 1))
  /** Link entries (workspaces) point at their folder's entry: where each points. */
  const links = new Map<string, string>()
  const target = (key: string): string | undefined => (packages.has(key) ? (links.get(key) ?? key) : undefined)
  /** A workspace: a folder of the project with its own package.json, not an installed package. */
  const isWorkspace = (key: string) => key !== '' && !key.includes('node_modules/')
  const purlOfKey = new Map<string, string>()
  for (const key of packages.keys()) {
    const raw = packages.get(key)
    if ('notAnEntry' in raw) {
      problem(raw.notAnEntry)
      continue
    }
    if (raw.link) {
      if (typeof raw.resolved === 'string') links.set(key, raw.resolved)
      continue
    }
    if (key === '') continue
    if (isWorkspace(key)) {
      // published under its name and version, like any package; its version may be left out
      purlOfKey.set(key, npmPurl(nameOf(key, raw), typeof raw.version === 'string' ? raw.version : ''))
      continue
    }
    if (!raw.version) {
      problem(`${key} has no version`)
      continue
    }
    purlOfKey.set(key, npmPurl(nameOf(key, raw), raw.version))
  }
  /** Node's resolution: the nearest node_modules/<name> walking up from the requiring package. */
  const resolve = (from: string, name: string): string | undefined => {
    let base = from
    for (;;) {
      const hit = target(base ? `${base}/node_modules/${name}` : `node_modules/${name}`)
      if (hit) return hit
      if (base === '') return undefined
      const cut = base.lastIndexOf('/node_modules/')
      base = cut >= 0 ? base.slice(0, cut) : ''
    }
  }
  for (const key of packages.keys()) {
    const raw = packages.get(key)
    if ('notAnEntry' in raw || raw.link) continue
    const purl = purlOfKey.get(key)
    // the project and its workspaces also name their development dependencies
    const own = !key.includes('node_modules/')
    const deps = {
      ...(raw.dependencies ?? {}),
      ...(raw.optionalDependencies ?? {}),
      ...(own ? ((raw as { devDependencies?: Record<string, string> }).devDependencies ?? {}) : {}),
    }
    const edges = new Set<string>()
    for (const name of Object.keys(deps)) {
      const resolved = resolve(key, name)
      if (resolved === undefined) {
        if (!raw.optionalDependencies?.[name]) problem(`${key || 'the root'} depends on ${name}, which the lockfile does not list`)
        continue
      }
      const p = purlOfKey.get(resolved)
      if (p) edges.add(p)
    }
    // peers are edges too, as npm's own tree has them (cyclonedx-npm): an optional peer may be absent
    for (const name of Object.keys(raw.peerDependencies ?? {})) {
      const resolved = resolve(key, name)
      const p = resolved === undefined ? undefined : purlOfKey.get(resolved)
      if (p && p !== purl) edges.add(p)
    }
    if (key === '') {
      // the root: its dependencies are the project's direct ones
      for (const e of edges) graph.direct.add(e)
      continue
    }
    if (!purl) continue
    const fullName = nameOf(key, raw)
    const scoped = fullName.startsWith('@') && fullName.includes('/')
    const common = {
      purl,
      ecosystem: 'npm',
      ...(scoped ? { namespace: fullName.slice(0, fullName.indexOf('/')) } : {}),
      name: scoped ? fullName.slice(fullName.indexOf('/') + 1) : fullName,
      dependsOn: edgesOf(edges),
      source: path,
      ...(typeof raw.license === 'string' ? { licence: raw.license } : {}),
    }
    if (isWorkspace(key)) {
      // a workspace is a package of the project: a component of its own, which the root links to
      addComponent(graph, {
        ...common,
        version: typeof raw.version === 'string' ? raw.version : '',
        hashes: [],
        scope: 'required',
        local: `${folder}${key}`,
      })
      graph.direct.add(purl)
      continue
    }
    const component: GraphComponent = {
      ...common,
      version: raw.version!,
      hashes: integrityHashes(raw.integrity),
      ...distribution(fullName, raw.version!, raw.resolved),
      scope: raw.dev ? 'dev' : raw.optional || raw.devOptional ? 'optional' : 'required',
    }
    addComponent(graph, component)
  }
}

/** lockfileVersion 1: a nested `dependencies` tree with `requires`. */
function readV1(path: string, dependencies: Record<string, LockV1Dependency>, graph: ComponentGraph): void {
  const walk = (deps: Record<string, LockV1Dependency>, scopeChain: Record<string, LockV1Dependency>[], top: boolean) => {
    for (const [name, dep] of Object.entries(deps)) {
      if (!dep.version || dep.version.startsWith('file:')) continue
      const purl = npmPurl(name, dep.version)
      const chain = dep.dependencies ? [dep.dependencies, ...scopeChain] : scopeChain
      const edges = new Set<string>()
      for (const req of Object.keys(dep.requires ?? {})) {
        const found = chain.find((level) => level[req])?.[req]
        if (found?.version) edges.add(npmPurl(req, found.version))
      }
      addComponent(graph, {
        purl,
        ecosystem: 'npm',
        ...(name.startsWith('@') ? { namespace: name.slice(0, name.indexOf('/')) } : {}),
        name: name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name,
        version: dep.version,
        hashes: integrityHashes(dep.integrity),
        ...distribution(name, dep.version, dep.resolved),
        scope: dep.dev ? 'dev' : dep.optional ? 'optional' : 'required',
        dependsOn: edgesOf(edges),
        source: path,
      })
      if (top) graph.direct.add(purl)
      if (dep.dependencies) walk(dep.dependencies, chain, false)
    }
  }
  walk(dependencies, [dependencies], true)
}
