/**
 * yarn.lock of yarn 2 and later ("berry": `__metadata`, then one entry per resolution, keyed by
 * the descriptors that resolve to it), read as data. The file is YAML; it is parsed with the
 * same alias limit as pnpm-lock.yaml. Workspaces (`workspace:` resolutions) are the project's
 * own code: the root's dependencies are the direct ones, every other workspace is a component
 * with its own dependencies, named and versioned by its package.json (the lockfile says
 * `0.0.0-use.local`), which also says which dependencies are for development. Patched packages
 * (`patch:`) keep the purl of the package they patch. The root's `resolutions` rewrite the
 * ranges packages ask for before they are looked up, as yarn does (`"@types/node": "18.x"` turns
 * every `@types/node@npm:*` into `@types/node@npm:18.x`).
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml'
import { MAX_ALIASES } from '../core/yaml-source.js'
import type { ComponentGraph } from './graph.js'
import { loadLockfileYaml } from './lockfile-yaml.js'
import { addWithScopes, manifestLicence, type Manifest, type Parsed } from './js-lockfiles.js'
import { lineIndex, MAX_REPORTED } from './line-index.js'
import { registryTarball } from './graph.js'

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
    const inner = splitLocator(decodeLocator(hash >= 0 ? parts.rest.slice(0, hash) : parts.rest))
    const patch = hash >= 0 ? parts.rest.slice(hash + 1).replace(/::.*$/, '') : 'a patch'
    return inner ? { name: inner.name, version: versionOf(entry) ?? inner.rest, npm: inner.protocol === 'npm', patch } : undefined
  }
  return { name: parts.name, version: versionOf(entry) ?? parts.rest, npm: parts.protocol === 'npm' }
}

/** yarn percent-encodes the locator inside a patch; a malformed escape (`%ZZ`) stays as written. */
function decodeLocator(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** The entry's version, when it is text (a hand-edited `version: [1]` is not). */
const versionOf = (entry: BerryEntry) => (typeof entry.version === 'string' ? entry.version : undefined)

/** A dependency map, when it is one (`dependencies: [1, 2]` is not): name to range, text ranges only. */
const rangesOf = (deps: unknown): [string, string][] =>
  deps && typeof deps === 'object' && !Array.isArray(deps)
    ? Object.entries(deps).filter((e): e is [string, string] => typeof e[1] === 'string')
    : []

/** Local code, not a package from anywhere: the project's own or a folder beside it. */
const LOCAL = new Set(['workspace', 'link', 'portal', 'file'])

/** One rule of `resolutions`: `[parent[@range]/]name[@range]` to a range. */
interface ResolutionRule {
  parent?: string
  name: string
  range?: string
  to: string
}

/** `name` and `range` of a descriptor written in a resolution key (`lru-cache@^10.0.1`, `@types/node`). */
function splitSpec(spec: string): { name: string; range?: string } {
  const at = spec.indexOf('@', 1)
  return at < 0 ? { name: spec } : { name: spec.slice(0, at), range: spec.slice(at + 1) }
}

/** The rules of a package.json's `resolutions` (yarn 1's `**\/name` globs read as `name`). */
export function resolutionRules(resolutions: unknown): ResolutionRule[] {
  if (!resolutions || typeof resolutions !== 'object' || Array.isArray(resolutions)) return []
  const rules: ResolutionRule[] = []
  for (const [key, to] of Object.entries(resolutions)) {
    if (typeof to !== 'string') continue
    const parts = key.replace(/^\*\*\//, '').split('/')
    const specs: string[] = []
    for (let i = 0; i < parts.length; i++)
      specs.push(parts[i]!.startsWith('@') && i + 1 < parts.length ? `${parts[i]}/${parts[++i]}` : parts[i]!)
    if (specs.length === 1) rules.push({ ...splitSpec(specs[0]!), to })
    else if (specs.length === 2) rules.push({ parent: splitSpec(specs[0]!).name, ...splitSpec(specs[1]!), to })
  }
  return rules
}

const withoutNpm = (range: string) => range.replace(/^npm:/, '')

/**
 * A lockfile with a duplicate key, read with the yaml library, which keeps reading where js-yaml
 * stops, so that each duplicate is a finding at its line. It holds a node tree about 30 times
 * the text, so only lockfiles up to MAX_DOCUMENT_BYTES are read this way.
 */
const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024

function withDuplicates(
  text: string,
  entryProblem: (message: string, line?: number) => void,
): { ok: true; value: unknown } | { ok: false; line: number; message: string } {
  // duplicate keys are found below with a Set: the yaml library's own check is quadratic
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, lineCounter })
  if (doc.errors.length) {
    const e = doc.errors[0]!
    return { ok: false, line: lineCounter.linePos(e.pos[0]).line, message: `not valid YAML: ${e.message.split('\n')[0]}` }
  }
  if (isMap(doc.contents)) {
    const seen = new Set<string>()
    for (const item of doc.contents.items) {
      const key = isScalar(item.key) ? String(item.key.value) : undefined
      if (key === undefined) continue
      if (seen.has(key)) {
        const offset = isScalar(item.key) ? item.key.range?.[0] : undefined
        entryProblem(
          `duplicate key ${JSON.stringify(key)}: YAML readers keep one of the two entries, so the lockfile says two things`,
          offset === undefined ? undefined : lineCounter.linePos(offset).line,
        )
      }
      seen.add(key)
    }
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {} }
  } catch (error) {
    return { ok: false, line: 1, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }
  }
}

export function parseYarnBerryLock(
  path: string,
  text: string,
  graph: ComponentGraph,
  manifests: (folder: string) => Manifest | undefined,
): void {
  let findings = 0
  /** A finding about one entry; a file with thousands of bad entries gives MAX_REPORTED and a count. */
  const entryProblem = (message: string, line?: number) => {
    if (++findings <= MAX_REPORTED) graph.problems.push({ path, ...(line ? { line } : {}), message })
  }
  const loaded = loadLockfileYaml(text)
  let lock: Record<string, unknown> & { __metadata?: { version?: unknown } }
  if (loaded.ok) lock = (loaded.value ?? {}) as typeof lock
  else if (loaded.duplicateKey && text.length <= MAX_DOCUMENT_BYTES) {
    // every duplicate with its line, and the rest of the lockfile still read
    const read = withDuplicates(text, entryProblem)
    if (!read.ok) {
      graph.problems.push({ path, line: read.line, message: read.message })
      return
    }
    lock = read.value as typeof lock
  } else {
    graph.problems.push({ path, ...(loaded.line ? { line: loaded.line } : {}), message: loaded.message })
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
  const lineAt = lineIndex(text)
  const lineOfKey = (key: string) => {
    const at = [`\n${JSON.stringify(key)}:`, `\n${key}:`].map((k) => text.indexOf(k)).find((i) => i >= 0)
    return at === undefined ? undefined : lineAt(at + 1)
  }
  // YAML cut short is often still YAML: yarn writes linkType last in every entry, so an entry
  // without a whole one is where the file was cut (or edited by hand)
  for (const [key, entry] of Object.entries(lock)) {
    if (key === '__metadata') continue
    const e = entry as BerryEntry | null
    if (typeof e?.resolution !== 'string' || (e.linkType !== 'hard' && e.linkType !== 'soft')) {
      // looking the key up is a search of the text: only for the findings that are reported
      entryProblem(
        `entry ${key} is incomplete (no resolution or linkType): the lockfile is truncated or was edited by hand`,
        findings < MAX_REPORTED ? lineOfKey(key) : undefined,
      )
    }
  }
  if (findings > MAX_REPORTED) graph.problems.push({ path, message: `${findings - MAX_REPORTED} more problem(s) with entries not listed` })
  const entries = Object.entries(lock).filter(
    (e): e is [string, BerryEntry & { resolution: string }] =>
      e[0] !== '__metadata' && typeof (e[1] as BerryEntry | null)?.resolution === 'string',
  )
  // every descriptor ("lib@workspace:*", "escape-string-regexp@npm:^5.0.0") to the resolution it got;
  // a patch with a relative path also names the workspace it is relative to ("…patch::locator=…")
  const resolutionOf = new Map<string, string>()
  for (const [key, entry] of entries) {
    for (const raw of key.split(/,\s*/)) {
      const descriptor = raw.trim()
      resolutionOf.set(descriptor, entry.resolution)
      const cut = descriptor.indexOf('::')
      if (cut > 0 && !resolutionOf.has(descriptor.slice(0, cut))) resolutionOf.set(descriptor.slice(0, cut), entry.resolution)
    }
  }
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : ''
  const rules = resolutionRules(manifests(folder)?.resolutions)
  /** The range a package asks for, after the root's resolutions (the most specific rule first). */
  const resolved = (parent: string, name: string, range: string) => {
    const rule =
      rules.find((r) => r.parent === parent && r.name === name && (r.range === undefined || withoutNpm(r.range) === withoutNpm(range))) ??
      rules.find((r) => r.parent === undefined && r.name === name && (r.range === undefined || withoutNpm(r.range) === withoutNpm(range)))
    return rule ? (/^[a-z]+:/.test(rule.to) ? rule.to : `npm:${rule.to}`) : undefined
  }
  // yarn 2 and 3 (lockfile versions 4 to 6) write `color-convert: ^2.0.1` for the entry keyed
  // "color-convert@npm:^2.0.1": a range without a protocol is an npm one
  const find = (name: string, range: string) =>
    resolutionOf.get(`${name}@${range}`) ??
    (/^[a-z]+:/.test(range)
      ? range.startsWith('npm:')
        ? resolutionOf.get(`${name}@${withoutNpm(range)}`)
        : undefined
      : resolutionOf.get(`${name}@npm:${range}`))
  const lookup = (parent: string, name: string, range: string) => {
    const rewritten = resolved(parent, name, range)
    return (rewritten === undefined ? undefined : find(name, rewritten)) ?? find(name, range)
  }
  const depKeys = (parent: string, deps: unknown) =>
    rangesOf(deps)
      .map(([name, range]) => lookup(parent, name, range))
      .filter((r): r is string => r !== undefined)
  const packages = new Map<string, Parsed>()
  const required: string[] = []
  const dev: string[] = []
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
      const runtime: string[] = []
      const development: string[] = []
      for (const [name, range] of rangesOf(entry.dependencies)) {
        const resolution = lookup(parts.name, name, range)
        if (resolution && resolution !== entry.resolution) (devNames.has(name) ? development : runtime).push(resolution)
      }
      if (parts.rest === '.') {
        required.push(...runtime)
        dev.push(...development)
        continue
      }
      // another workspace: a package of the project, with its own dependencies
      const version = typeof manifest?.version === 'string' ? manifest.version : versionOf(entry)
      packages.set(entry.resolution, {
        name: parts.name,
        version: version === undefined || version === '0.0.0-use.local' ? '' : version,
        deps: runtime,
        devDeps: development,
        local: `${folder}${parts.rest}`,
        ...(manifestLicence(manifest) ? { licence: manifestLicence(manifest)! } : {}),
      })
      required.push(entry.resolution)
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
      deps: depKeys(pkg.name, entry.dependencies),
    })
  }
  addWithScopes(
    path,
    graph,
    packages,
    required.filter((r) => packages.has(r)),
    dev.filter((r) => packages.has(r)),
  )
}
