/**
 * The licence of each component of the repository's component graph, from the first source
 * that has one:
 *
 * 1. the lockfile itself (package-lock.json `license`, composer.lock `license`);
 * 2. the installed package manifest, when the snapshot holds it (walk-mode snapshots and
 *    vendored trees): `node_modules/<name>/package.json`, `vendor/<vendor>/<pkg>/composer.json`,
 *    `vendor/<crate>/Cargo.toml`; read through the snapshot, never executed;
 * 3. the package registry, only when the run enables the network (resolvers.ts).
 *
 * Whatever is left is "missing", with the reason (which sources were tried).
 */
import { parseJson } from '../core/json-source.js'
import type { Snapshot } from '../core/snapshot.js'
import { parseToml } from '../core/toml-source.js'
import { declaredLicence, type Declared } from './declared.js'
import { packageName, resolveLicences, type DependencyRef, type ResolverOptions } from './resolvers.js'

export interface LicenceEvidence {
  declared: Declared
  /** Where it was read: the lockfile path, the manifest path, or the registry URL. */
  from: string
  source: 'lockfile' | 'manifest' | 'registry' | 'cache'
}

/** Installed manifests read at most, so that a huge vendored tree stays bounded. */
export const MAX_MANIFEST_READS = 5000
const MANIFEST_BYTES = 512 * 1024

const NPM_MANIFEST = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/
const COMPOSER_MANIFEST = /(?:^|\/)vendor\/([^/]+\/[^/]+)\/composer\.json$/
const CARGO_MANIFEST = /(?:^|\/)vendor\/([^/]+)\/Cargo\.toml$/

/** Evidence per component purl. */
export async function componentLicences(
  repo: Snapshot,
  components: DependencyRef[],
  network: ResolverOptions | undefined,
): Promise<Map<string, LicenceEvidence | { missing: string }>> {
  const out = new Map<string, LicenceEvidence | { missing: string }>()
  // one evidence object per distinct (lockfile, licence) and per distinct reason, shared by the
  // components that have it: 440,000 components hold a few dozen licences, and a few reasons
  const fromLockfile = new Map<string, Map<string, LicenceEvidence>>()
  const reasons = new Map<string, { missing: string }>()
  const pending: DependencyRef[] = []
  for (const c of components) {
    if (!c.licence) {
      pending.push(c)
      continue
    }
    let bySource = fromLockfile.get(c.source)
    if (!bySource) fromLockfile.set(c.source, (bySource = new Map()))
    let evidence = bySource.get(c.licence)
    if (!evidence) bySource.set(c.licence, (evidence = { declared: declaredLicence(c.licence), from: c.source, source: 'lockfile' }))
    out.set(c.purl, evidence)
  }
  const manifests = await installedManifests(repo, pending)
  const unresolved: DependencyRef[] = []
  for (const c of pending) {
    const found = manifests.get(c.purl)
    if (found && found.declared.kind !== 'missing') out.set(c.purl, found)
    else unresolved.push(c)
  }
  const resolved = network && unresolved.length > 0 ? await resolveLicences(unresolved, network) : undefined
  for (const c of unresolved) {
    const r = resolved?.get(c.purl)
    if (r?.ok) {
      out.set(c.purl, { declared: r.declared, from: r.url, source: r.cached ? 'cache' : 'registry' })
      continue
    }
    const tried = [`${c.source} records no licence`]
    const manifest = manifests.get(c.purl)
    if (manifest && manifest.declared.kind === 'missing') tried.push(`${manifest.from}: ${manifest.declared.reason}`)
    else tried.push('no installed manifest in the repository')
    tried.push(r ? `registry: ${r.reason}` : 'the registry was not asked (the network is off; run with --network)')
    const text = tried.join('; ')
    let missing = reasons.get(text)
    if (!missing) reasons.set(text, (missing = { missing: text }))
    out.set(c.purl, missing)
  }
  return out
}

/** Installed manifests of the components, found by path in the snapshot and matched by name (and version where it has one). */
async function installedManifests(repo: Snapshot, components: DependencyRef[]): Promise<Map<string, LicenceEvidence>> {
  const found = new Map<string, LicenceEvidence>()
  if (components.length === 0) return found
  const wanted = new Map<string, DependencyRef[]>()
  for (const c of components) {
    const key = `${c.ecosystem}:${packageName(c).toLowerCase()}`
    const same = wanted.get(key)
    if (same) same.push(c)
    else wanted.set(key, [c])
  }
  let reads = 0
  for (const entry of repo.files) {
    if (reads >= MAX_MANIFEST_READS) break
    const match = matchManifest(entry.path)
    if (!match) continue
    const candidates = wanted.get(`${match.ecosystem}:${match.name.toLowerCase()}`)
    if (!candidates || candidates.every((c) => found.has(c.purl))) continue
    reads++
    const read = await repo.readText(entry.path, { maxBytes: MANIFEST_BYTES })
    if (!read.ok) continue
    const manifest = readManifest(match.ecosystem, read.text)
    if (!manifest) continue
    for (const c of candidates) {
      // composer.json of an installed package carries no version: the lockfile's is the one installed
      if (manifest.version !== undefined && manifest.version.replace(/^v/, '') !== c.version) continue
      if (!found.has(c.purl)) found.set(c.purl, { declared: manifest.declared, from: entry.path, source: 'manifest' })
    }
  }
  return found
}

function matchManifest(path: string): { ecosystem: string; name: string } | undefined {
  let m = NPM_MANIFEST.exec(path)
  if (m) return { ecosystem: 'npm', name: m[1]! }
  m = COMPOSER_MANIFEST.exec(path)
  if (m) return { ecosystem: 'composer', name: m[1]! }
  m = CARGO_MANIFEST.exec(path)
  // vendored crates live in `<name>` or `<name>-<version>`; the manifest's own name decides
  if (m) return { ecosystem: 'cargo', name: m[1]!.replace(/-\d+\.\d+\.\d+.*$/, '') }
  return undefined
}

function readManifest(ecosystem: string, text: string): { version?: string; declared: Declared } | undefined {
  if (ecosystem === 'cargo') {
    const toml = parseToml(text)
    if (!toml.ok) return undefined
    const pkg = (toml.value as { package?: { version?: unknown; license?: unknown; 'license-file'?: unknown } }).package
    if (!pkg) return undefined
    const declared: Declared =
      pkg.license === undefined && typeof pkg['license-file'] === 'string'
        ? { kind: 'missing', reason: `only a licence file (${pkg['license-file']}) is named` }
        : declaredLicence(pkg.license)
    return { ...(typeof pkg.version === 'string' ? { version: pkg.version } : {}), declared }
  }
  const read = parseJson(text)
  const json = read.ok ? (read.value as { version?: unknown; license?: unknown; licenses?: unknown } | null) : undefined
  if (!json || typeof json !== 'object') return undefined
  const declared = declaredLicence(json.license !== undefined ? json.license : json.licenses)
  return { ...(ecosystem === 'npm' && typeof json.version === 'string' ? { version: json.version } : {}), declared }
}
