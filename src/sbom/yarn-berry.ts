/**
 * yarn.lock of yarn 2 and later ("berry": `__metadata`, then one entry per resolution, keyed by
 * the descriptors that resolve to it), read as data. The file is YAML; it is parsed with the
 * same alias limit as pnpm-lock.yaml. Workspaces (`workspace:` resolutions) are the project's
 * own code: their dependencies are the direct ones, and their package.json files say which
 * are for development. Patched packages (`patch:`) keep the purl of the package they patch.
 */
import { parseDocument } from 'yaml'
import { MAX_ALIASES } from '../core/yaml-source.js'
import type { ComponentGraph } from './graph.js'
import { addWithScopes, type Manifest, type Parsed } from './js-lockfiles.js'
import { registryTarball } from './npm-lock.js'

interface BerryEntry {
  version?: string
  resolution?: string
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  checksum?: string
  languageName?: string
  linkType?: string
}

/** The lockfile format versions of yarn 2.0 (4) to 4.x (8 and later). */
const KNOWN_VERSIONS = [4, 5, 6, 7, 8, 9, 10]

/** `name@protocol:rest`, scoped names included. */
export function splitLocator(locator: string): { name: string; protocol: string; rest: string } | undefined {
  const at = locator.indexOf('@', 1)
  if (at < 0) return undefined
  const range = locator.slice(at + 1)
  const colon = range.indexOf(':')
  return colon < 0
    ? { name: locator.slice(0, at), protocol: '', rest: range }
    : { name: locator.slice(0, at), protocol: range.slice(0, colon), rest: range.slice(colon + 1) }
}

/**
 * The package a resolution stands for. A patch resolution names the patched package inside it
 * (`resolve@patch:resolve@npm%3A1.22.8#optional!builtin<compat/resolve>::version=1.22.8&hash=…`).
 */
function packageOf(resolution: string, entry: BerryEntry): { name: string; version: string; npm: boolean; patch?: string } | undefined {
  const parts = splitLocator(resolution)
  if (!parts) return undefined
  if (parts.protocol === 'patch') {
    const hash = parts.rest.indexOf('#')
    const inner = splitLocator(decodeURIComponent(hash >= 0 ? parts.rest.slice(0, hash) : parts.rest))
    const patch = hash >= 0 ? parts.rest.slice(hash + 1).replace(/::.*$/, '') : 'a patch'
    return inner ? { name: inner.name, version: entry.version ?? inner.rest, npm: inner.protocol === 'npm', patch } : undefined
  }
  return { name: parts.name, version: entry.version ?? parts.rest, npm: parts.protocol === 'npm' }
}

/** Local code, not a package from anywhere: the project's own or a folder beside it. */
const LOCAL = new Set(['workspace', 'link', 'portal', 'file'])

export function parseYarnBerryLock(
  path: string,
  text: string,
  graph: ComponentGraph,
  manifests: (folder: string) => Manifest | undefined,
): void {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false })
  if (doc.errors.length) {
    const e = doc.errors[0]!
    graph.problems.push({ path, line: e.linePos?.[0].line ?? 1, message: `not valid YAML: ${e.message.split('\n')[0]}` })
    return
  }
  let lock: Record<string, unknown> & { __metadata?: { version?: unknown } }
  try {
    lock = (doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {}) as typeof lock
  } catch (error) {
    graph.problems.push({ path, line: 1, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` })
    return
  }
  const version = Number(lock.__metadata?.version)
  if (!KNOWN_VERSIONS.includes(version)) {
    graph.problems.push({
      path,
      line: 1,
      message: `unknown __metadata.version ${JSON.stringify(lock.__metadata?.version)} (ois-ready reads yarn berry lockfiles ${KNOWN_VERSIONS[0]} to ${KNOWN_VERSIONS.at(-1)})`,
    })
    return
  }
  graph.sources.push(path)
  const lineOfKey = (key: string) => {
    const at = [`\n${JSON.stringify(key)}:`, `\n${key}:`].map((k) => text.indexOf(k)).find((i) => i >= 0)
    return at === undefined ? undefined : text.slice(0, at + 1).split('\n').length
  }
  // YAML cut short is often still YAML: yarn writes linkType last in every entry, so an entry
  // without a whole one is where the file was cut (or edited by hand)
  for (const [key, entry] of Object.entries(lock)) {
    if (key === '__metadata') continue
    const e = entry as BerryEntry | null
    if (typeof e?.resolution !== 'string' || (e.linkType !== 'hard' && e.linkType !== 'soft')) {
      const line = lineOfKey(key)
      graph.problems.push({
        path,
        ...(line ? { line } : {}),
        message: `entry ${key} is incomplete (no resolution or linkType): the lockfile is truncated or was edited by hand`,
      })
    }
  }
  const entries = Object.entries(lock).filter(
    (e): e is [string, BerryEntry & { resolution: string }] =>
      e[0] !== '__metadata' && typeof (e[1] as BerryEntry | null)?.resolution === 'string',
  )
  // every descriptor ("lib@workspace:*", "escape-string-regexp@npm:^5.0.0") to the resolution it got
  const resolutionOf = new Map<string, string>()
  for (const [key, entry] of entries) {
    for (const descriptor of key.split(/,\s*/)) resolutionOf.set(descriptor.trim(), entry.resolution)
  }
  const depKeys = (deps?: Record<string, string>) =>
    Object.entries(deps ?? {})
      .map(([name, range]) => resolutionOf.get(`${name}@${range}`))
      .filter((r): r is string => r !== undefined)
  const packages = new Map<string, Parsed>()
  const required: string[] = []
  const dev: string[] = []
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : ''
  for (const [key, entry] of entries) {
    const parts = splitLocator(entry.resolution)
    if (!parts) {
      graph.problems.push({ path, message: `${key}: resolution ${entry.resolution} names no package` })
      continue
    }
    if (parts.protocol === 'workspace') {
      // the workspace's manifest says which of its dependencies are for development
      const manifest = manifests(parts.rest === '.' ? folder : `${folder}${parts.rest}/`)
      const devNames = new Set(Object.keys(manifest?.devDependencies ?? {}))
      for (const [name, range] of Object.entries(entry.dependencies ?? {})) {
        const resolution = resolutionOf.get(`${name}@${range}`)
        if (resolution) (devNames.has(name) ? dev : required).push(resolution)
      }
      continue
    }
    if (LOCAL.has(parts.protocol)) continue
    const pkg = packageOf(entry.resolution, entry)
    if (!pkg) continue
    packages.set(entry.resolution, {
      name: pkg.name,
      version: pkg.version,
      // `checksum` is not the package's hash: it is the hash of yarn's own cache archive
      // (its cacheKey prefix says which), not of the registry tarball, so it is not reported
      ...(pkg.npm ? { resolved: registryTarball(pkg.name, pkg.version) } : {}),
      ...(pkg.patch ? { patch: pkg.patch } : {}),
      deps: depKeys(entry.dependencies),
    })
  }
  // workspaces depend on each other through workspace: descriptors, which are not packages
  addWithScopes(
    path,
    graph,
    packages,
    required.filter((r) => packages.has(r)),
    dev.filter((r) => packages.has(r)),
  )
}
