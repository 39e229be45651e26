/**
 * bun.lock, the text lockfile of bun 1.2 and later (JSON with trailing commas), read as data.
 * `workspaces` lists each workspace's dependencies by kind; `packages` maps a key (the
 * package's name, or `parent/name` for a copy nested under another package) to
 * `[ "name@version", registry, { dependencies, ... }, integrity ]` for registry packages and
 * shorter arrays for workspaces, git and tarball sources. bun.lockb, the binary format of
 * older bun versions, is recognised but not read.
 */
import semverValid from 'semver/functions/valid.js'
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser'
import type { ComponentGraph } from './graph.js'
import { addWithScopes, type Parsed } from './js-lockfiles.js'
import { refuseDeepJson } from './json-depth.js'
import { reportDuplicateKeys } from './json-duplicates.js'
import { registryTarball } from './graph.js'

interface BunWorkspace {
  name?: string
  version?: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

interface BunInfo {
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

/** lockfileVersion 0 (bun 1.1's opt-in text lockfile) to 2 (bun 1.3). */
const KNOWN_VERSIONS = [0, 1, 2]

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length

/** A key's package names: "@scope/a/b" is ["@scope/a", "b"]. */
function names(key: string): string[] {
  const out: string[] = []
  const parts = key.split('/')
  for (let i = 0; i < parts.length; i++)
    out.push(parts[i]!.startsWith('@') && i + 1 < parts.length ? `${parts[i]}/${parts[++i]}` : parts[i]!)
  return out
}

export function parseBunLock(path: string, text: string, graph: ComponentGraph): void {
  if (refuseDeepJson(path, text, graph)) return
  const errors: ParseError[] = []
  const lock = parse(text, errors, { allowTrailingComma: true, disallowComments: false }) as {
    lockfileVersion?: unknown
    workspaces?: Record<string, BunWorkspace>
    packages?: Record<string, unknown[]>
  }
  if (errors.length) {
    const e = errors[0]!
    graph.problems.push({ path, line: lineAt(text, e.offset), message: `not valid JSON: ${printParseErrorCode(e.error)}` })
    return
  }
  if (!lock || typeof lock !== 'object') {
    graph.problems.push({ path, line: 1, message: 'not a lockfile: the document is not an object' })
    return
  }
  if (!KNOWN_VERSIONS.includes(lock.lockfileVersion as number)) {
    graph.problems.push({
      path,
      line: 1,
      message: `unknown lockfileVersion ${JSON.stringify(lock.lockfileVersion)} (ois-ready reads bun.lock versions ${KNOWN_VERSIONS.join(', ')})`,
    })
    return
  }
  reportDuplicateKeys(path, text, graph)
  graph.sources.push(path)
  const packages = lock.packages ?? {}
  /** bun's (and Node's) resolution: the nearest copy, from the requiring package's key upwards. */
  const resolve = (from: string, dep: string): string | undefined => {
    const chain = from ? names(from) : []
    for (let i = chain.length; i >= 0; i--) {
      const key = [...chain.slice(0, i), dep].join('/')
      if (packages[key]) return key
    }
    return undefined
  }
  const parsed = new Map<string, Parsed>()
  for (const [key, value] of Object.entries(packages)) {
    if (!Array.isArray(value) || typeof value[0] !== 'string') {
      graph.problems.push({ path, message: `package ${key} is not a [name@version, ...] entry` })
      continue
    }
    const ident = value[0]
    const at = ident.indexOf('@', 1)
    if (at < 0) {
      graph.problems.push({ path, message: `package ${key}: ${ident} names no version` })
      continue
    }
    const name = ident.slice(0, at)
    const spec = ident.slice(at + 1)
    // folders linked in: not packages from anywhere; the workspaces are added below, from `workspaces`
    if (/^(workspace|link|file):/.test(spec)) continue
    const source = versionFromSource(spec)
    if (!source) {
      graph.problems.push({
        path,
        warning: true,
        message: `package ${key}: ${ident} gives no version (a source without a commit or a version); left out`,
      })
      continue
    }
    const version = source.version
    const info = (value.find((v) => v !== null && typeof v === 'object' && !Array.isArray(v)) ?? {}) as BunInfo
    // registry packages: [ident, registry or tarball URL ("" for the default registry), info, integrity]
    const registry = value.length === 4 && typeof value[1] === 'string' ? value[1] : undefined
    const integrity = value.length === 4 && typeof value[3] === 'string' ? value[3] : undefined
    const deps = Object.keys({ ...info.dependencies, ...info.optionalDependencies, ...info.peerDependencies })
      .map((d) => resolve(key, d))
      .filter((k): k is string => k !== undefined)
    parsed.set(key, {
      name,
      version,
      ...(integrity ? { integrity } : {}),
      ...(source.resolved
        ? { resolved: source.resolved }
        : registry === ''
          ? { resolved: registryTarball(name, version) }
          : registry && /\.tgz$/.test(registry)
            ? { resolved: registry }
            : {}),
      deps,
    })
  }
  const required: string[] = []
  const dev: string[] = []
  const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : ''
  // a workspace is found under its name in `packages` ("lib": ["lib@workspace:packages/lib"])
  const workspaceKey = new Map<string, string>()
  for (const [folder, workspace] of Object.entries(lock.workspaces ?? {})) {
    if (folder !== '' && typeof workspace?.name === 'string') workspaceKey.set(workspace.name, `workspace:${folder}`)
  }
  for (const [folder, workspace] of Object.entries(lock.workspaces ?? {})) {
    const from = workspace.name ?? ''
    const refs = (deps: Record<string, string> | undefined) =>
      Object.entries(deps ?? {}).flatMap(([dep, spec]) => {
        if (typeof spec === 'string' && spec.startsWith('workspace:')) return workspaceKey.has(dep) ? [workspaceKey.get(dep)!] : []
        const key = resolve(from, dep)
        return key && parsed.has(key) ? [key] : []
      })
    const runtime = [...refs(workspace.dependencies), ...refs(workspace.optionalDependencies), ...refs(workspace.peerDependencies)]
    const development = refs(workspace.devDependencies)
    if (folder === '') {
      required.push(...runtime)
      dev.push(...development)
      continue
    }
    // another workspace: a package of the project, a component with its own dependencies
    if (typeof workspace.name !== 'string') continue
    parsed.set(`workspace:${folder}`, {
      name: workspace.name,
      version: typeof workspace.version === 'string' ? workspace.version : '',
      deps: runtime,
      devDeps: development,
      local: `${base}${folder}`,
    })
    required.push(`workspace:${folder}`)
  }
  // a package that depends on a workspace by name
  for (const p of parsed.values()) p.deps = p.deps.map((d) => (parsed.has(d) ? d : (workspaceKey.get(d) ?? d)))
  addWithScopes(path, graph, parsed, required, dev)
}

/**
 * The version of a bun package ident's spec: a registry version as it is; a git source
 * ("github:user/repo#abc1234", "git+https://...#<commit>") by its commit, with the repository as
 * where it comes from; a tarball URL by the version in its file name. A URL or a git spec is
 * never a purl version (scanners would look it up as a registry version).
 */
export function versionFromSource(spec: string): { version: string; resolved?: string } | undefined {
  if (semverValid(spec)) return { version: spec }
  const git = /^(github:|gitlab:|bitbucket:|git\+|git:|git@)([^#]+)#([0-9a-f]{7,40})$/i.exec(spec)
  if (git) {
    const host = { 'github:': 'https://github.com/', 'gitlab:': 'https://gitlab.com/', 'bitbucket:': 'https://bitbucket.org/' }[
      git[1]!.toLowerCase()
    ]
    return { version: git[3]!.toLowerCase(), resolved: host ? `${host}${git[2]}` : `${git[1]}${git[2]}`.replace(/^git\+/, '') }
  }
  const tarball = /^https?:\/\/[^\s#]+?-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.tgz$/.exec(spec)
  if (tarball) return { version: tarball[1]!, resolved: spec }
  return undefined
}
